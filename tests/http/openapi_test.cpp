// docs/api/openapi.yaml describes exactly the API routes that exist.

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "web/routes.hpp"
#include "web/server/embedded_files.hpp"

namespace pacte::testing {
namespace {

// "GET /api/v1/x/{id}" for every operation of the OpenAPI paths object.
std::set<std::string> DocumentedOperations(const std::string& yaml) {
  std::set<std::string> out;
  std::istringstream in(yaml);
  std::string line;
  std::string current;
  bool in_paths = false;
  std::regex path_re(R"(^  (/[^:]*):\s*$)");
  std::regex op_re(R"(^    (get|post|put|patch|delete):\s*$)");
  std::smatch m;
  while (std::getline(in, line)) {
    if (line.rfind("paths:", 0) == 0) {
      in_paths = true;
      continue;
    }
    if (in_paths && !line.empty() && line[0] != ' ' && line[0] != '#') in_paths = false;
    if (!in_paths) continue;
    if (std::regex_match(line, m, path_re)) {
      current = m[1];
    } else if (!current.empty() && std::regex_match(line, m, op_re)) {
      std::string method = m[1];
      for (auto& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      out.insert(method + " " + current);
    }
  }
  return out;
}

TEST(OpenApi, DescribesExactlyTheApiRoutes) {
  const auto& files = web::EmbeddedFiles();
  auto it = files.find("api/openapi.yaml");
  ASSERT_NE(it, files.end());
  auto documented = DocumentedOperations(std::string(it->second));
  std::set<std::string> existing;
  const web::Router router = web::BuildRouter();
  for (const auto& r : router.routes()) {
    if (r.pattern.rfind("/api/v1/", 0) == 0) existing.insert(r.method + " " + r.pattern);
  }
  for (const auto& op : existing) {
    EXPECT_TRUE(documented.count(op)) << op << " existe mais n'est pas décrite dans openapi.yaml";
  }
  for (const auto& op : documented) {
    EXPECT_TRUE(existing.count(op)) << op << " est décrite dans openapi.yaml mais n'existe pas";
  }
  EXPECT_FALSE(existing.empty());
}

}  // namespace
}  // namespace pacte::testing
