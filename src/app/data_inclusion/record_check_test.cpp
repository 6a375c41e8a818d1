#include "app/data_inclusion/record_check.hpp"

#include <gtest/gtest.h>

#include <chrono>

#include "app/data_inclusion/v0_mapping.hpp"

namespace pacte::app {
namespace {

using Json = nlohmann::json;

Geography Geo() {
  Geography g;
  g.departements = {"92"};
  g.communes["92050"] = {"Nanterre", "92"};
  g.communes["92012"] = {"Boulogne-Billancourt", "92"};
  g.commune_of_postal["92000"] = "92050";
  return g;
}

Date Today() { return *ParseIsoDate("2026-11-27"); }

Json Service() {
  return {{"source", "cd92"},
          {"structure_id", "cd92--asso"},
          {"id", "cd92--atelier"},
          {"nom", "Atelier numérique"},
          {"description", std::string(80, 'd')},
          {"date_maj", "2026-10-01"},
          {"thematiques", {"numerique--acquerir-un-equipement"}},
          {"publics", {"tous-publics"}},
          {"telephone", "0102030405"}};
}

Json Structure() {
  return {{"source", "cd92"}, {"id", "cd92--asso"}, {"nom", "Association Lien"},
          {"date_maj", "2026-10-01"}, {"code_insee", "92050"}, {"telephone", "0102030405"}};
}

CheckedRecord Check(const Json& record) {
  static std::string text;
  text = record.dump();
  return CheckRecord(RawRecord{1, 1, text}, Geo(), Today());
}

bool Has(const std::vector<RecordIssue>& issues, const std::string& field,
         const std::string& fragment) {
  for (const auto& i : issues) {
    if (i.field == field && i.message.find(fragment) != std::string::npos) return true;
  }
  return false;
}

std::string All(const std::vector<RecordIssue>& issues) {
  std::string out;
  for (const auto& i : issues) out += i.field + ": " + i.message + "\n";
  return out;
}

TEST(RecordCheck, AValidServiceHasNoErrorAndIsMapped) {
  auto c = Check(Service());
  EXPECT_EQ(c.report.kind, RecordKind::kService);
  EXPECT_TRUE(c.report.errors.empty()) << All(c.report.errors);
  EXPECT_TRUE(c.report.warnings.empty()) << All(c.report.warnings);
  ASSERT_TRUE(c.service);
  EXPECT_EQ(c.service->structure_di_id, "cd92--asso");
  EXPECT_EQ(c.service->thematiques, std::vector<std::string>{"numerique--acquerir-un-equipement"});
}

TEST(RecordCheck, AStructureIsToldFromAServiceAndGetsItsCommune) {
  auto c = Check(Structure());
  EXPECT_EQ(c.report.kind, RecordKind::kStructure);
  ASSERT_TRUE(c.structure) << All(c.report.errors);
  EXPECT_EQ(c.structure->commune_code, "92050");
  EXPECT_EQ(c.structure->commune_name, "Nanterre");
}

TEST(RecordCheck, SchemaErrorsRejectTheRecord) {
  auto r = Service();
  r.erase("description");
  r["nom"] = 3;
  r["publics"] = {"martiens"};
  auto c = Check(r);
  EXPECT_FALSE(c.service);
  EXPECT_TRUE(Has(c.report.errors, "description", "champ obligatoire manquant"));
  EXPECT_TRUE(Has(c.report.errors, "nom", "type incorrect"));
  EXPECT_TRUE(Has(c.report.errors, "publics[0]", "code inconnu « martiens »")) << All(c.report.errors);
}

TEST(RecordCheck, InvalidCogCodesAreErrorsAndOtherDepartementsWarnings) {
  auto r = Service();
  r["zone_eligibilite"] = {"92999", "20", "75056", "99134", "92012", "200054781", "92", "france"};
  auto c = Check(r);
  EXPECT_FALSE(c.service);
  EXPECT_TRUE(Has(c.report.errors, "zone_eligibilite[0]", "aucune commune du département"))
      << All(c.report.errors);
  EXPECT_TRUE(Has(c.report.errors, "zone_eligibilite[1]", "aucun département"));
  EXPECT_EQ(c.report.errors.size(), 2u) << All(c.report.errors);
  EXPECT_TRUE(Has(c.report.warnings, "zone_eligibilite[2]", "hors du département"));
  EXPECT_TRUE(Has(c.report.warnings, "zone_eligibilite[3]", "hors de France"));

  r["zone_eligibilite"] = {"75056", "92012", "200054781", "92", "france", "99100"};
  c = Check(r);
  ASSERT_TRUE(c.service) << All(c.report.errors);
  EXPECT_EQ(c.service->zone_communes, (std::vector<std::string>{"75056", "92012"}));
  EXPECT_EQ(c.service->zone_epcis, std::vector<std::string>{"200054781"});
  EXPECT_EQ(c.service->zone_departements, std::vector<std::string>{"92"});
  EXPECT_TRUE(c.service->zone_france);
}

TEST(RecordCheck, AnUnknownCodeInseeOfTheDepartementIsAnError) {
  auto r = Service();
  r["code_insee"] = "92998";
  EXPECT_TRUE(Has(Check(r).report.errors, "code_insee", "aucune commune du département"));
  auto s = Structure();
  s["code_insee"] = "92998";
  EXPECT_TRUE(Has(Check(s).report.errors, "code_insee", "aucune commune du département"));
  s["code_insee"] = "35238";
  EXPECT_TRUE(Has(Check(s).report.errors, "code_insee", "commune du département"));
  s["code_postal"] = "92000";
  auto c = Check(s);
  ASSERT_TRUE(c.structure) << All(c.report.errors);
  EXPECT_EQ(c.structure->commune_code, "92050");
  EXPECT_TRUE(Has(c.report.warnings, "code_insee", "déduite du code postal"));
}

TEST(RecordCheck, QualityIssuesAreWarningsNotErrors) {
  auto r = Service();
  r["description"] = "Court texte";
  r.erase("thematiques");
  r.erase("publics");
  r.erase("telephone");
  r["modes_accueil"] = {"en-presentiel"};
  r["frais"] = "payant";
  r["date_maj"] = "2025-01-01";
  r["id"] = "autre--atelier";
  r["inconnu"] = 1;
  auto c = Check(r);
  ASSERT_TRUE(c.service) << All(c.report.errors);
  for (const char* f : {"description", "thematiques", "publics", "telephone", "adresse",
                        "frais_precisions", "date_maj", "id", "inconnu"}) {
    EXPECT_TRUE(Has(c.report.warnings, f, "")) << f << "\n" << All(c.report.warnings);
  }
}

TEST(RecordCheck, UnreadableRecordsAreErrorsOfTheWholeRecord) {
  std::string bad = "{\"nom\": \"\xFF\"}";
  auto c = CheckRecord(RawRecord{3, 7, bad}, Geo(), Today());
  ASSERT_EQ(c.report.errors.size(), 1u);
  EXPECT_EQ(c.report.errors[0].field, "");
  EXPECT_NE(c.report.errors[0].message.find("non UTF-8"), std::string::npos);
  EXPECT_EQ(c.report.line, 7u);
}

TEST(RecordCheck, V0RecordsAreMappedWhereUnambiguous) {
  Json r{{"source", "dora"},
         {"structure_id", "dora--s1"},
         {"id", "dora--v0"},
         {"nom", "Aide au permis"},
         {"description", std::string(80, 'x')},
         {"date_maj", "2026-10-01T08:00:00+00:00"},
         {"profils", {"beneficiaires-rsa", "jeunes-16-26", "adultes"}},
         {"types", {"accompagnement"}},
         {"thematiques", {"mobilite--preparer-son-permis-de-conduire-se-reentrainer-a-la-conduite",
                          "mobilite", "numerique--acquerir-un-equipement"}},
         {"frais", {"gratuit"}},
         {"zone_diffusion_type", "commune"},
         {"zone_diffusion_code", "92050"},
         {"telephone", "0102030405"}};
  auto c = Check(r);
  EXPECT_TRUE(c.report.v0);
  ASSERT_TRUE(c.service) << All(c.report.errors);
  EXPECT_EQ(c.service->publics,
            (std::vector<std::string>{"beneficiaires-des-minimas-sociaux", "jeunes"}));
  EXPECT_EQ(c.service->type, "accompagnement");
  EXPECT_EQ(c.service->thematiques, (std::vector<std::string>{"mobilite--preparer-un-permis",
                                                              "numerique--acquerir-un-equipement"}));
  EXPECT_EQ(c.service->frais, "gratuit");
  EXPECT_EQ(c.service->zone_communes, std::vector<std::string>{"92050"});
  EXPECT_EQ(c.service->date_maj, "2026-10-01");
  EXPECT_TRUE(Has(c.report.warnings, "profils", "« adultes »")) << All(c.report.warnings);
  EXPECT_TRUE(Has(c.report.warnings, "thematiques", "« mobilite »")) << All(c.report.warnings);
}

TEST(RecordCheck, V0TypologieBecomesANetworkOfTheStructure) {
  auto s = Structure();
  s["typologie"] = "CCAS";
  auto c = Check(s);
  EXPECT_TRUE(c.report.v0);
  ASSERT_TRUE(c.structure) << All(c.report.errors);
  EXPECT_EQ(c.structure->reseaux_porteurs, std::vector<std::string>{"ccas-cias"});
  s["typologie"] = "ASSO";
  c = Check(s);
  ASSERT_TRUE(c.structure);
  EXPECT_TRUE(c.structure->reseaux_porteurs.empty());
  EXPECT_TRUE(Has(c.report.warnings, "typologie", "« ASSO »"));
}

TEST(RecordCheck, DepartementCodes) {
  for (const char* ok : {"01", "2A", "2B", "92", "95", "971", "976"}) EXPECT_TRUE(IsDepartementCode(ok)) << ok;
  for (const char* bad : {"00", "20", "96", "975", "977", "9", "2C", "ab"}) EXPECT_FALSE(IsDepartementCode(bad)) << bad;
}

// 100,000 records are checked without a database, record by record, in a few seconds.
TEST(RecordCheck, OneHundredThousandRecordsAreCheckedOneByOne) {
  std::string file = "[";
  for (int i = 0; i < 100000; ++i) {
    auto r = Service();
    r["id"] = "cd92--s" + std::to_string(i);
    if (i % 1000 == 7) r["publics"] = {"inconnu"};
    file += (i ? ",\n" : "\n") + r.dump();
  }
  file += "\n]";
  auto started = std::chrono::steady_clock::now();
  auto split = SplitRecords(file);
  ASSERT_FALSE(split.broken);
  ASSERT_EQ(split.records.size(), 100000u);
  auto geo = Geo();
  std::size_t rejected = 0;
  for (const auto& raw : split.records) rejected += CheckRecord(raw, geo, Today()).service ? 0 : 1;
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(rejected, 100u);
  EXPECT_LT(seconds, 30.0);
}

}  // namespace
}  // namespace pacte::app
