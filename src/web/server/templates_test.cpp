#include "web/server/templates.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace pacte::web {
namespace {

TEST(Templates, EscapesHtmlByDefault) {
  Templates t;
  auto html = t.Render("error_page", {{"title", "<script>x</script>"}, {"message", "a & b"}});
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("a &amp; b"), std::string::npos);
}

TEST(Templates, UnknownTemplateThrows) {
  Templates t;
  EXPECT_THROW(t.Render("nope", nlohmann::json::object()), std::runtime_error);
}

}  // namespace
}  // namespace pacte::web
