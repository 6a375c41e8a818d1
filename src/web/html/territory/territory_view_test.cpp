#include "web/html/territory/territory_view.hpp"

#include <gtest/gtest.h>

namespace pacte::web {
namespace {

TEST(TerritoryView, FrenchNumbersGroupDigitsWithNarrowSpaces) {
  EXPECT_EQ(FrenchNumber(0), "0");
  EXPECT_EQ(FrenchNumber(999), "999");
  EXPECT_EQ(FrenchNumber(1000),
            "1\xE2\x80\xAF"
            "000");
  EXPECT_EQ(FrenchNumber(1609306),
            "1\xE2\x80\xAF"
            "609\xE2\x80\xAF"
            "306");
  EXPECT_EQ(FrenchNumber(-12345),
            "-12\xE2\x80\xAF"
            "345");
}

TEST(TerritoryView, ScriptSafeJsonCannotCloseTheScriptElement) {
  nlohmann::json v{{"name", "</script><script>alert(1)</script> & co"}};
  std::string text = ScriptSafeJson(v);
  EXPECT_EQ(text.find('<'), std::string::npos);
  EXPECT_EQ(text.find('>'), std::string::npos);
  EXPECT_EQ(text.find('&'), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(text), v);
}

TEST(TerritoryView, FeatureCollectionSplicesStoredGeometries) {
  std::vector<app::CommuneShape> shapes{
      {"92050", "Nanterre", 1, "T1", "Ouest", R"({"type":"Polygon","coordinates":[]})"},
      {"92002", "Antony \"Sud\"", std::nullopt, "", "",
       R"({"type":"MultiPolygon","coordinates":[]})"}};
  auto geo = nlohmann::json::parse(CommuneFeatureCollection(shapes));
  ASSERT_EQ(geo["features"].size(), 2u);
  EXPECT_EQ(geo["features"][1]["properties"]["name"], "Antony \"Sud\"");
  EXPECT_EQ(geo["features"][1]["geometry"]["type"], "MultiPolygon");
  EXPECT_EQ(nlohmann::json::parse(CommuneFeatureCollection({}))["features"].size(), 0u);
}

TEST(TerritoryView, PageDataColoursCommunesByTerritory) {
  app::TerritoryOverview o;
  o.departements = {{"92", "Hauts-de-Seine"}};
  app::TerritorySummary t;
  t.territory = {7, "92", "T", "Ouest", TerritoryKind::kEpt, 1};
  t.commune_count = 1;
  t.population = 96000;
  o.territories = {t};
  app::CommuneListItem in, out;
  in.insee_code = "92050";
  in.departement_code = "92";
  in.name = "Nanterre";
  in.territory_id = 7;
  in.territory_name = "Ouest";
  out.insee_code = "92002";
  out.departement_code = "92";
  out.name = "Antony";
  o.communes = {in, out};
  auto data = TerritoryPageJson(o);
  EXPECT_EQ(data["departements"][0]["commune_count"], 2);
  EXPECT_EQ(data["territories"][0]["swatch"], "swatch-0");
  EXPECT_EQ(data["territories"][0]["population"],
            "96\xE2\x80\xAF"
            "000");
  EXPECT_EQ(data["communes"][1]["territory_name"], "aucun");
  EXPECT_EQ(data["communes"][1]["population"], "non renseignée");
  auto map = nlohmann::json::parse(data["map_data"].get<std::string>());
  EXPECT_EQ(map["communes"]["92050"]["color_index"], 0);
  EXPECT_FALSE(map["communes"]["92002"].contains("color_index"));
}

}  // namespace
}  // namespace pacte::web
