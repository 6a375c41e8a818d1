// The crawl helpers of the "nobody exposed" test, on hand-written inputs.
#include <gtest/gtest.h>

#include "support/crawl_helpers.hpp"

namespace pacte::testing {
namespace {

using Paths = std::vector<std::string>;

TEST(DisclosureCrawlHelpers, LinksAreSameOriginDecodedAndWithoutFragments) {
  const std::string html =
      R"(<a href="/pilotage?date=2025-12-31&amp;territoire=3#carte">x</a>)"
      R"(<a href="https://exemple.fr/">y</a><a href="//cdn.fr/x">z</a><a href="#haut">h</a>)"
      R"(<script src="/assets/app.js"></script><div hx-get="/fragments/a"></div>)"
      R"(<a HREF="/pilotage?date=2025-12-31&amp;territoire=3">again</a>)";
  EXPECT_EQ(ExtractLinks(html), (Paths{"/pilotage?date=2025-12-31&territoire=3",
                                       "/assets/app.js", "/fragments/a"}));
}

TEST(DisclosureCrawlHelpers, GetFormsGiveTheirDefaultAndEveryOtherOption) {
  const std::string html = R"(
    <form method="get" action="/pilotage/tableau?x=1">
      <label for="d">Date</label><input id="d" type="date" name="date" value="2025-12-31">
      <select name="territoire"><option value="">Tous</option>
        <option value="3" selected>T3</option><option value="4">T4</option></select>
      <input type="checkbox" name="detail" value="1">
      <input type="checkbox" name="marges" value="oui" checked>
      <button type="submit">Afficher</button>
    </form>
    <form method="post" action="/pilotage/x"><input name="a" value="b"></form>
    <form><input type="search" name="q"></form>)";
  EXPECT_EQ(ExtractGetFormUrls(html, "/page"),
            (Paths{"/pilotage/tableau?date=2025-12-31&territoire=3&marges=oui",
                   "/pilotage/tableau?date=2025-12-31&territoire=&marges=oui",
                   "/pilotage/tableau?date=2025-12-31&territoire=4&marges=oui", "/page?q="}));
}

TEST(DisclosureCrawlHelpers, OpenApiGetPathsAndPatternExpansion) {
  const std::string yaml =
      "openapi: 3.1.0\npaths:\n  /api/v1/a:\n    post:\n      x: 1\n  /api/v1/b/{id}:\n"
      "    get:\n      x: 1\n    patch:\n      x: 1\ncomponents:\n  /api/v1/c:\n    get:\n";
  EXPECT_EQ(OpenApiGetPaths(yaml), (Paths{"/api/v1/b/{id}"}));
  EXPECT_EQ(PatternParameters("/x/{id}/y/{year}"), (Paths{"id", "year"}));
  auto values = [](const std::string& name) {
    return name == "id" ? Paths{"1", "2"} : Paths{"2025"};
  };
  EXPECT_EQ(ExpandPattern("/x/{id}/y/{year}", values, 10),
            (Paths{"/x/1/y/2025", "/x/2/y/2025"}));
  EXPECT_EQ(ExpandPattern("/x/{id}/{id}", values, 3), (Paths{"/x/1/1", "/x/1/2", "/x/2/1"}));
  EXPECT_EQ(ExpandPattern("/x", values, 3), (Paths{"/x"}));
}

TEST(DisclosureCrawlHelpers, ProbeMatchesCaseAccentsAndPunctuationInsensitively) {
  PersonalDataProbe probe;
  probe.Add("nom", "Zorglubinette");
  probe.Add("prénom", "Bérénixa");
  probe.Add("e-mail", "b.z@courriel-secret.fr");
  EXPECT_EQ(probe.FoundIn("<td>ZORGLUBINETTE</td>"), (Paths{"nom"}));
  EXPECT_EQ(probe.FoundIn("berenixa"), (Paths{"prénom"}));
  EXPECT_EQ(probe.FoundIn("mailto:B.Z@Courriel-Secret.fr"), (Paths{"e-mail"}));
  EXPECT_TRUE(probe.FoundIn("Berenice Zorglub, courriel secret").empty());
}

TEST(DisclosureCrawlHelpers, ResponseTextHoldsHeadersAndBody) {
  ClientResponse r;
  r.status = 200;
  r.headers.emplace("content-disposition", "attachment; filename=\"Zorglubinette.csv\"");
  r.body = "a;b";
  const std::string text = ResponseText(r);
  EXPECT_NE(text.find("Zorglubinette.csv"), std::string::npos);
  EXPECT_NE(text.find("a;b"), std::string::npos);
}

}  // namespace
}  // namespace pacte::testing
