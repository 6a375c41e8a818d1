#include "main/config_loader.hpp"

#include <filesystem>
#include <fstream>
#include <map>

#include <gtest/gtest.h>

namespace pacte::main {
namespace {

auto Env(std::map<std::string, std::string> vars) {
  return [vars = std::move(vars)](const char* name) -> const char* {
    auto it = vars.find(name);
    return it == vars.end() ? nullptr : it->second.c_str();
  };
}

const std::string kKey = "0123456789abcdef0123456789abcdef";

bool HasField(const Error& e, const std::string& field) {
  for (const auto& f : e.fields) {
    if (f.field == field) return true;
  }
  return false;
}

std::string WriteFile(const std::string& content) {
  auto path = std::filesystem::temp_directory_path() / "pacte-config-test.toml";
  std::ofstream(path) << content;
  return path.string();
}

TEST(Config, SecretKeyIsRequired) {
  auto s = LoadSettings("", Env({}));
  ASSERT_FALSE(s);
  EXPECT_TRUE(HasField(s.error(), "PACTE_SECRET_KEY"));
  EXPECT_NE(s.error().fields[0].message.find("32 caractères"), std::string::npos);
}

TEST(Config, EnvironmentOverridesTheFile) {
  auto path = WriteFile("[database]\nurl = \"a.db\"\n[server]\nlisten = \"0.0.0.0:9000\"\n");
  auto s = LoadSettings(path, Env({{"PACTE_SECRET_KEY", kKey},
                                   {"PACTE_DATABASE", "postgresql://u@h/db"}}));
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->database, "postgresql://u@h/db");
  EXPECT_EQ(s->listen_address, "0.0.0.0");
  EXPECT_EQ(s->listen_port, 9000);
}

TEST(Config, BadListenAddressIsNamed) {
  auto s = LoadSettings("", Env({{"PACTE_SECRET_KEY", kKey}, {"PACTE_LISTEN", "8080"}}));
  ASSERT_FALSE(s);
  EXPECT_TRUE(HasField(s.error(), "PACTE_LISTEN"));
}

TEST(Config, SyntaxErrorGivesTheLine) {
  auto path = WriteFile("[server]\nworkers = 4\nlisten = \n");
  auto s = LoadSettings(path, Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("ligne 3"), std::string::npos) << s.error().message;
}

TEST(Config, WrongTypesAndRangesAreReportedTogether) {
  auto path = WriteFile("[server]\nworkers = \"huit\"\n[security]\npassword_min_length = 6\n");
  auto s = LoadSettings(path, Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_FALSE(s);
  EXPECT_TRUE(HasField(s.error(), "server.workers"));
  EXPECT_TRUE(HasField(s.error(), "security.password_min_length"));
}

TEST(Config, MissingFileIsReported) {
  auto s = LoadSettings("/nonexistent/pacte.toml", Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("introuvable"), std::string::npos);
}

}  // namespace
}  // namespace pacte::main
