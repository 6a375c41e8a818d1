#include "main/config_loader.hpp"

#include <filesystem>
#include <fstream>
#include <map>

#include <unistd.h>

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

TEST(Config, OfferDelaysAreReadAndChecked) {
  auto ok = LoadSettings(WriteFile("[offer]\nprescription_expiry_days = 45\n"
                                   "prescription_reminder_days = 15\ndi_source = \"cd92\"\n"),
                         Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(ok->prescription_expiry_days, 45);
  EXPECT_EQ(ok->prescription_reminder_days, 15);
  EXPECT_EQ(ok->di_source, "cd92");
  auto bad = LoadSettings(WriteFile("[offer]\nprescription_expiry_days = 10\n"
                                    "prescription_reminder_days = 10\ndi_source = \"a--b\"\n"),
                          Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_FALSE(bad);
  EXPECT_TRUE(HasField(bad.error(), "offer.prescription_reminder_days"));
  EXPECT_TRUE(HasField(bad.error(), "offer.di_source"));
}

TEST(Config, IntakeSettingsAreReadAndChecked) {
  auto ok = LoadSettings(WriteFile("[intake]\nimport_dir = \"/srv/pacte/imports\"\n"
                                   "max_upload_bytes = 1048576\nimport_batch = 50\n"),
                         Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(ok->import_dir, "/srv/pacte/imports");
  EXPECT_EQ(ok->max_upload_bytes, 1048576u);
  EXPECT_EQ(ok->import_batch, 50);
  auto bad = LoadSettings(WriteFile("[intake]\nimport_dir = \"\"\nimport_batch = 0\n"
                                    "max_xlsx_uncompressed_bytes = 10\n"),
                          Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_FALSE(bad);
  EXPECT_TRUE(HasField(bad.error(), "intake.import_dir"));
  EXPECT_TRUE(HasField(bad.error(), "intake.import_batch"));
  EXPECT_TRUE(HasField(bad.error(), "intake.max_xlsx_uncompressed_bytes"));
}

TEST(Config, StatsSettingsAreReadAndChecked) {
  auto ok = LoadSettings(WriteFile("[stats]\nsmall_cell_threshold = 5\ncache_seconds = 0\n"),
                         Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(ok->small_cell_threshold, 5);
  EXPECT_EQ(ok->stats_cache_seconds, 0);
  auto bad = LoadSettings(WriteFile("[stats]\nsmall_cell_threshold = 1\ncache_seconds = -3\n"),
                          Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_FALSE(bad);
  EXPECT_TRUE(HasField(bad.error(), "stats.small_cell_threshold"));
  EXPECT_TRUE(HasField(bad.error(), "stats.cache_seconds"));
}

TEST(Config, MissingFileIsReported) {
  auto s = LoadSettings("/nonexistent/pacte.toml", Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("introuvable"), std::string::npos);
}

// A file of its own (unit tests of several checkouts may run at once).
std::string WriteRulesFile(const std::string& content) {
  auto path = std::filesystem::temp_directory_path() /
              ("pacte-config-rules-" + std::to_string(::getpid()) + ".toml");
  std::ofstream(path) << content;
  return path.string();
}

TEST(ConfigDeadlineRules, DatedChangesAreReadInOrder) {
  auto path = WriteRulesFile(
      "[[deadline_rules]]\nrule = \"orientation_delay\"\nduration = \"1m\"\n"
      "effective_from = \"2026-01-01\"\n"
      "[[deadline_rules]]\nrule = \"no_appointment_delay\"\nduration = \"4m\"\n"
      "effective_from = 2026-03-01\n");
  auto s = LoadSettings(path, Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_TRUE(s) << s.error().message;
  ASSERT_EQ(s->deadline_rules.size(), 2u);
  EXPECT_EQ(s->deadline_rules[0], (RuleSetting{"orientation_delay", "1m", "2026-01-01"}));
  EXPECT_EQ(s->deadline_rules[1], (RuleSetting{"no_appointment_delay", "4m", "2026-03-01"}));
}

TEST(ConfigDeadlineRules, NoTableMeansTheDefaults) {
  auto s = LoadSettings("", Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_TRUE(s->deadline_rules.empty());
}

TEST(ConfigDeadlineRules, BadValuesAreNamedByKeyInFrench) {
  auto path = WriteRulesFile(
      "[[deadline_rules]]\nrule = \"orientation_delay\"\nduration = \"6w\"\n"
      "effective_from = \"2025-01-01\"\n"
      "[[deadline_rules]]\nrule = \"delai_inconnu\"\nduration = \"deux mois\"\n"
      "effective_from = \"2025-13-01\"\n");
  auto s = LoadSettings(path, Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_FALSE(s);
  EXPECT_TRUE(HasField(s.error(), "deadline_rules[1].rule"));
  EXPECT_TRUE(HasField(s.error(), "deadline_rules[1].duration"));
  EXPECT_TRUE(HasField(s.error(), "deadline_rules[1].effective_from"));
  EXPECT_FALSE(HasField(s.error(), "deadline_rules[0].rule"));
  std::string all;
  for (const auto& f : s.error().fields) all += f.message + "\n";
  EXPECT_NE(all.find("delai_inconnu"), std::string::npos) << all;
  EXPECT_NE(all.find("Date d'effet invalide"), std::string::npos) << all;
}

TEST(ConfigDeadlineRules, MissingKeysUnknownKeysAndWrongTypesAreNamed) {
  auto path = WriteRulesFile(
      "[[deadline_rules]]\nrule = \"orientation_delay\"\ndelai = \"6w\"\n"
      "[[deadline_rules]]\nrule = 3\nduration = \"1m\"\n");
  auto s = LoadSettings(path, Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_FALSE(s);
  EXPECT_TRUE(HasField(s.error(), "deadline_rules[0].duration"));
  EXPECT_TRUE(HasField(s.error(), "deadline_rules[0].delai"));
  EXPECT_TRUE(HasField(s.error(), "deadline_rules[1].rule"));
}

TEST(ConfigDeadlineRules, ANonTableValueIsRefused) {
  auto path = WriteRulesFile("deadline_rules = \"6w\"\n");
  auto s = LoadSettings(path, Env({{"PACTE_SECRET_KEY", kKey}}));
  ASSERT_FALSE(s);
  EXPECT_TRUE(HasField(s.error(), "deadline_rules"));
}

}  // namespace
}  // namespace pacte::main
