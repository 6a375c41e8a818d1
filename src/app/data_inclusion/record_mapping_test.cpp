#include "app/data_inclusion/record_mapping.hpp"

#include <gtest/gtest.h>

#include "app/data_inclusion/json_schema.hpp"

namespace pacte::app {
namespace {

DiService FullService() {
  DiService s;
  s.di_id = "pacte-92--4";
  s.di_source = "pacte-92";
  s.structure_di_id = "pacte-92--2";
  s.name = "Atelier mobilité";
  s.description = "Ok";  // too short for the schema: completed on export
  s.date_maj = "2026-11-01";
  s.type = "atelier";
  s.frais = "gratuit";
  s.commune_code = "92050";
  s.commune_name = "Nanterre";
  s.code_postal = "92000";
  s.courriel = "contact@exemple.fr";
  s.lien_mobilisation = "https://exemple.fr/inscription";
  s.volume_horaire_hebdomadaire = 12.5;
  s.nombre_semaines = 8;
  s.thematiques = {"mobilite--preparer-un-permis"};
  s.publics = {"beneficiaires-des-minimas-sociaux", "jeunes"};
  s.modes_accueil = {"en-presentiel"};
  s.modes_mobilisation = {"telephoner"};
  s.mobilisable_par = {"professionnels"};
  s.zone_communes = {"92050", "92012"};
  s.zone_departements = {"92"};
  return s;
}

TEST(RecordMapping, AnExportedServiceIsValidAndCarriesEveryProperty) {
  auto json = ServiceRecordJson(FullService());
  auto issues = ServiceSchema().Validate(json);
  EXPECT_TRUE(issues.empty()) << (issues.empty() ? "" : issues[0].path + " " + issues[0].message);
  EXPECT_EQ(json.size(), ServiceSchema().PropertyNames().size());
  EXPECT_EQ(json["description"], "Atelier mobilité : description à compléter.");
  EXPECT_EQ(json["zone_eligibilite"], nlohmann::json({"92", "92050", "92012"}));
  EXPECT_TRUE(json["telephone"].is_null());
}

TEST(RecordMapping, AnExportedStructureIsValid) {
  DiStructure s;
  s.di_id = "pacte-92--2";
  s.di_source = "pacte-92";
  s.name = "Association Lien";
  s.date_maj = "2026-11-01";
  s.commune_code = "92050";
  s.commune_name = "Nanterre";
  s.siret = "123";  // not a SIRET: left out
  s.description = "Abc";  // too short: left out
  s.reseaux_porteurs = {"ccas-cias"};
  auto json = StructureRecordJson(s);
  EXPECT_TRUE(StructureSchema().Validate(json).empty());
  EXPECT_TRUE(json["siret"].is_null());
  EXPECT_TRUE(json["description"].is_null());
}

TEST(RecordMapping, CsvJoinsListsWithCommasAndQuotes) {
  auto service = FullService();
  service.name = "Atelier \"permis\", code";
  auto csv = RecordsCsv(DiKind::kServices, {ServiceRecordJson(service)});
  auto header_end = csv.find("\r\n");
  EXPECT_EQ(csv.substr(0, header_end).find("adresse,code_insee,code_postal"), 0u)
      << csv.substr(0, header_end);
  EXPECT_NE(csv.find("\"Atelier \"\"permis\"\", code\""), std::string::npos) << csv;
  EXPECT_NE(csv.find("\"beneficiaires-des-minimas-sociaux,jeunes\""), std::string::npos);
  EXPECT_NE(csv.find(",12.5,"), std::string::npos);
}

TEST(RecordMapping, NewStructuresGetCodesFromTheirNetworks) {
  DiStructure s;
  s.reseaux_porteurs = {"ccas-cias"};
  EXPECT_EQ(NewStructureCodesOf(s).institution_kind, "ccas");
  EXPECT_EQ(NewStructureCodesOf(s).drees_category, "ccas_cias");
  s.reseaux_porteurs = {"emmaus"};
  EXPECT_EQ(NewStructureCodesOf(s).institution_kind, "autre");
  EXPECT_EQ(NewStructureCodesOf(s).drees_category, "autre_hors_spe");
}

TEST(RecordMapping, ImportedServicesGetAnObjectiveAndBarriers) {
  auto extras = ExtrasOf(FullService());
  EXPECT_EQ(extras.objective, "lever_freins_sociaux");
  EXPECT_EQ(extras.barriers, std::vector<std::string>{"mobilite"});
}

}  // namespace
}  // namespace pacte::app
