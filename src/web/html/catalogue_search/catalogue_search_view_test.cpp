#include "web/html/catalogue_search/catalogue_search_view.hpp"

#include <gtest/gtest.h>

namespace pacte::web {
namespace {

TEST(CatalogueSearchView, ReadsRepeatedAndCommaSeparatedBarriers) {
  Params q{{"barrier", "logement,mobilite"}, {"barrier", "sante"}, {"q", "permis"},
           {"public", "tous-publics"}};
  auto c = CriteriaFromQuery(q);
  EXPECT_EQ(c.barriers, (std::vector<std::string>{"logement", "mobilite", "sante"}));
  EXPECT_EQ(c.q, "permis");
  EXPECT_EQ(c.public_code, "tous-publics");
}

TEST(CatalogueSearchView, QueryStringRoundTrips) {
  app::ActionSearchCriteria c;
  c.q = "garde d'enfants";
  c.barriers = {"logement", "contraintes_familiales"};
  c.commune = "92050";
  const std::string text = QueryOfCriteria(c);
  EXPECT_EQ(text,
            "q=garde%20d%27enfants&barrier=logement&barrier=contraintes_familiales&"
            "commune=92050");
  auto back = CriteriaFromQuery(ParseUrlEncoded(text));
  EXPECT_EQ(back.q, c.q);
  EXPECT_EQ(back.barriers, c.barriers);
  EXPECT_EQ(back.commune, "92050");
  EXPECT_EQ(QueryOfCriteria({}), "");
}

TEST(CatalogueSearchView, FrenchDecimals) {
  EXPECT_EQ(FrenchDecimal(12.0), "12");
  EXPECT_EQ(FrenchDecimal(3.25), "3,3");
  EXPECT_EQ(FrenchDecimal(0.04), "0");
}

TEST(CatalogueSearchView, ItemCarriesDistanceFromTheCommuneAndQuality) {
  app::ActionSearchItem it;
  it.id = 7;
  it.name = "Atelier";
  it.latitude = 48.7540;
  it.longitude = 2.2975;
  it.date_maj = "2026-05-01";
  app::CommunePlace from{"92050", "Nanterre", "92", 1, 48.8924, 2.2071};
  auto j = ActionSearchItemJson(it, *ParseIsoDate("2026-06-01"), from);
  EXPECT_NEAR(j["distance_km"].get<double>(), 16.9, 0.2);
  EXPECT_EQ(j["structure"]["id"], 0);
  EXPECT_TRUE(j["free_places"].is_null());
  EXPECT_EQ(j["quality"]["level"], "faible");
  auto no_place = ActionSearchItemJson(it, *ParseIsoDate("2026-06-01"), std::nullopt);
  EXPECT_TRUE(no_place["distance_km"].is_null());
}

}  // namespace
}  // namespace pacte::web
