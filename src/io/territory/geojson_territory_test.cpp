// Parsing territory files without a database: GeoJSON properties and postal-code CSV files.

#include <gtest/gtest.h>

#include "io/territory/geojson_territory.hpp"
#include "io/territory/postal_codes_csv.hpp"

namespace pacte::io {
namespace {

const char* kSquare =
    R"({"type":"Polygon","coordinates":[[[2.2,48.8],[2.4,48.8],[2.4,49.0],[2.2,49.0],[2.2,48.8]]]})";

std::string Feature(const std::string& properties) {
  return R"({"type":"Feature","properties":)" + properties + R"(,"geometry":)" + kSquare + "}";
}

TEST(TerritoryGeoJson, ReadsArrayOrStringPropertiesAndEptTerritories) {
  std::string doc =
      R"({"type":"FeatureCollection","features":[)" +
      Feature(R"({"com_code":["92050"],"com_name":["Nanterre"],"dep_name":["Hauts-de-Seine"],
                                "ept_code":["200057982"],"ept_name":["Paris Ouest La Défense"],
                                "epci_code":["200054781"],"epci_name":["MGP"]})") +
      "," + Feature(R"({"com_code":"92063","com_name":"Rueil-Malmaison",
                                "ept_code":"200057982","ept_name":"Paris Ouest La Défense"})") +
      "," + Feature(R"({"com_code":"92999","com_name":"Sans territoire"})") + "]}";
  auto parsed = ParseTerritoryGeoJson(doc, "f.geojson");
  ASSERT_TRUE(parsed) << parsed.error().message;
  EXPECT_EQ(parsed->departement_code, "92");
  EXPECT_EQ(parsed->departement_name, "Hauts-de-Seine");
  EXPECT_EQ(parsed->source_name, "f.geojson");
  ASSERT_EQ(parsed->territories.size(), 1u);
  EXPECT_EQ(parsed->territories[0].code, "200057982");
  EXPECT_EQ(parsed->territories[0].kind, TerritoryKind::kEpt);
  ASSERT_EQ(parsed->communes.size(), 3u);
  EXPECT_EQ(parsed->communes[0].territory_code, "200057982");
  EXPECT_FALSE(parsed->communes[2].territory_code);
  EXPECT_NEAR(*parsed->communes[0].lon, 2.3, 1e-9);
  EXPECT_NEAR(*parsed->communes[0].lat, 48.9, 1e-9);
  EXPECT_NE(parsed->communes[0].geometry.find("\"Polygon\""), std::string::npos);
  EXPECT_FALSE(parsed->communes[0].population);
  EXPECT_FALSE(parsed->communes[0].postal_codes);
}

TEST(TerritoryGeoJson, FallsBackToIntercommunalities) {
  std::string doc =
      R"({"type":"FeatureCollection","features":[)" +
      Feature(
          R"({"com_code":"97411","com_name":"Saint-Denis","epci_code":"249740119","epci_name":"CINOR"})") +
      "]}";
  auto parsed = ParseTerritoryGeoJson(doc, "f");
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->territories.size(), 1u);
  EXPECT_EQ(parsed->territories[0].kind, TerritoryKind::kCustom);
  EXPECT_EQ(parsed->territories[0].name, "CINOR");
  EXPECT_EQ(parsed->departement_code, "974");
  EXPECT_FALSE(parsed->departement_name);
}

TEST(TerritoryGeoJson, MalformedInputsAreMalformedErrors) {
  for (const char* bad : {"", "{", "null", "{\"type\":\"Feature\"}",
                          "{\"type\":\"FeatureCollection\",\"features\":{}}"}) {
    auto parsed = ParseTerritoryGeoJson(bad, "f");
    ASSERT_FALSE(parsed) << bad;
    EXPECT_EQ(parsed.error().kind, ErrorKind::kMalformed) << bad;
  }
}

TEST(TerritoryGeoJson, RejectsInvalidUtf8) {
  std::string doc = "{\"type\":\"FeatureCollection\",\"features\":[" +
                    Feature("{\"com_code\":\"92050\",\"com_name\":\"Nan\xFFterre\"}") + "]}";
  auto parsed = ParseTerritoryGeoJson(doc, "f");
  ASSERT_FALSE(parsed);
  EXPECT_NE(parsed.error().message.find("JSON valide"), std::string::npos);
}

TEST(PostalCodesCsv, ReadsTheProjectFormat) {
  auto codes = ParsePostalCodesCsv(
      "code_insee,nom_commune,code_postal\r\n92048,Meudon,92190\r\n92048,Meudon,92360\r\n"
      "92048,Meudon,92190\r\n\r\n92050,Nanterre,92000\r\n");
  ASSERT_TRUE(codes) << codes.error().message;
  EXPECT_EQ(codes->at("92048"), (std::vector<std::string>{"92190", "92360"}));
  EXPECT_EQ(codes->at("92050"), (std::vector<std::string>{"92000"}));
}

TEST(PostalCodesCsv, ReadsLaPosteBase) {
  auto codes = ParsePostalCodesCsv(
      "\xEF\xBB\xBF"
      "Code_commune_INSEE;Nom_de_la_commune;Code_postal;Libell\xC3\xA9_d_acheminement;Ligne_5\n"
      "97422;LE TAMPON;97430;LE TAMPON;\n97422;LE TAMPON;97418;LE TAMPON;PLAINE DES CAFRES\n");
  ASSERT_TRUE(codes) << codes.error().message;
  EXPECT_EQ(codes->at("97422"), (std::vector<std::string>{"97430", "97418"}));
}

TEST(PostalCodesCsv, RefusesBrokenFilesNamingTheLine) {
  auto no_header = ParsePostalCodesCsv("insee,cp\n92050,92000\n");
  ASSERT_FALSE(no_header);
  EXPECT_NE(no_header.error().message.find("code_insee et code_postal"), std::string::npos);
  auto bad_code = ParsePostalCodesCsv("code_insee,code_postal\n92050,92000\n9205,92000\n");
  ASSERT_FALSE(bad_code);
  EXPECT_NE(bad_code.error().message.find("ligne 3 : code INSEE invalide « 9205 »"),
            std::string::npos);
  auto short_row = ParsePostalCodesCsv("code_insee,nom,code_postal\n92050\n");
  ASSERT_FALSE(short_row);
  EXPECT_NE(short_row.error().message.find("ligne 2 : colonnes manquantes"), std::string::npos);
  EXPECT_FALSE(ParsePostalCodesCsv(""));
}

TEST(PostalCodesCsv, AttachOnlyToCommunesOfTheImport) {
  app::TerritoryImport import;
  import.communes.resize(2);
  import.communes[0].insee_code = "92050";
  import.communes[1].insee_code = "92063";
  std::map<std::string, std::vector<std::string>> codes{{"92050", {"92000"}}, {"75056", {"75001"}}};
  EXPECT_EQ(AttachPostalCodes(import, codes), 1u);
  EXPECT_EQ(import.communes[0].postal_codes, (std::vector<std::string>{"92000"}));
  EXPECT_FALSE(import.communes[1].postal_codes);
}

}  // namespace
}  // namespace pacte::io
