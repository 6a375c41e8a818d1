// Template names double as partial names at the root of every context: a template named like
// a common data key would shadow that key in nested sections. Pin the names in use.

#include <gtest/gtest.h>

#include "web/server/embedded_files.hpp"

namespace pacte::web {
namespace {

TEST(TemplateNames, NoTemplateIsNamedLikeACommonDataKey) {
  for (const auto& [path, content] : EmbeddedFiles()) {
    if (path.rfind("html/templates/", 0) != 0) continue;
    std::string name = path.substr(15, path.size() - 15 - 9);
    for (const char* key : {"error", "errors", "title", "message", "name", "id", "items",
                            "fields", "value", "label", "summary", "notice", "content", "user"}) {
      EXPECT_NE(name, key) << path << " porte le nom d'une clé de données courante";
    }
  }
}

}  // namespace
}  // namespace pacte::web
