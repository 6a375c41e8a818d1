// Import of data·inclusion files on SQLite and PostgreSQL: upsert by id, idempotency, dry
// runs, the journal, and every bad input of the issue (nothing half-applied).

#include "storage/data_inclusion_fixture.hpp"

namespace pacte::testing {
namespace {

using Json = nlohmann::json;

class DataInclusionImport : public DataInclusionDb {};

TEST_F(DataInclusionImport, CreatesStructuresAndPublishedActionsWithTheirCodes) {
  auto r = Import(ArrayFile({DiStructureRecord(), DiServiceRecord("cd92--s1"),
                             DiServiceRecord("cd92--s2")}));
  EXPECT_FALSE(r.broken);
  EXPECT_TRUE(r.journal.applied);
  EXPECT_EQ(r.journal.structures_created, 1);
  EXPECT_EQ(r.journal.services_created, 2);
  EXPECT_EQ(r.journal.rejected, 0);
  EXPECT_EQ(r.journal.file_name, "services.json");
  EXPECT_EQ(r.journal.file_sha256.size(), 64u);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM structures s JOIN structure_di_details d ON "
                  "d.structure_id = s.id WHERE d.di_id = 'cd92--asso-lien' AND "
                  "s.is_action_operator AND s.commune_code = '92050' AND "
                  "s.drees_category = 'ccas_cias'"),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM institutions WHERE siret = '12345678901234' AND "
                  "kind = 'ccas'"),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions WHERE status = 'publiee' AND di_source = 'cd92' "
                  "AND objective = 'lever_freins_sociaux' AND search_text LIKE '%atelier numerique%'"),
            2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM action_codes ac JOIN actions a ON a.id = ac.action_id "
                  "WHERE a.di_id = 'cd92--s1'"),
            5);  // thematique, public, mode_accueil, zone_commune, barrier numerique
  EXPECT_EQ(Count("SELECT COUNT(*) FROM action_codes ac JOIN actions a ON a.id = ac.action_id "
                  "WHERE a.di_id = 'cd92--s1' AND ac.list = 'zone_commune' AND ac.code = '92050'"),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM catalogue_imports WHERE applied AND records = 3"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_events WHERE action = 'data_inclusion.import'"), 1);
}

TEST_F(DataInclusionImport, ReimportingTheSameFileChangesNothing) {
  auto file = LinesFile({DiStructureRecord(), DiServiceRecord("cd92--s1")});
  Import(file);
  auto again = Import(file);
  EXPECT_EQ(again.journal.unchanged, 2);
  EXPECT_EQ(again.journal.structures_created + again.journal.services_created +
                again.journal.structures_updated + again.journal.services_updated,
            0);
  EXPECT_EQ(again.records[1].outcome, app::RecordOutcome::kUnchanged);
  EXPECT_EQ(Count("SELECT MAX(version) FROM actions"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM structures"), 2);
}

TEST_F(DataInclusionImport, AChangedRecordIsUpdatedInPlaceKeepingCodesInStep) {
  Import(LinesFile({DiStructureRecord(), DiServiceRecord("cd92--s1")}));
  auto changed = DiServiceRecord("cd92--s1");
  changed["nom"] = "Atelier mobilité";
  changed["thematiques"] = {"mobilite--preparer-un-permis"};
  auto r = Import(LinesFile({changed}));
  EXPECT_EQ(r.journal.services_updated, 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions"), 1);
  EXPECT_EQ(Count("SELECT version FROM actions"), 2);
  EXPECT_EQ(Text("SELECT search_text FROM actions").rfind("atelier mobilite", 0), 0u);
  EXPECT_EQ(Text("SELECT code FROM action_codes WHERE list = 'thematique'"),
            "mobilite--preparer-un-permis");
}

TEST_F(DataInclusionImport, ADryRunWritesOnlyTheJournal) {
  auto r = Import(ArrayFile({DiStructureRecord(), DiServiceRecord("cd92--s1")}), true);
  EXPECT_TRUE(r.journal.dry_run);
  EXPECT_FALSE(r.journal.applied);
  EXPECT_EQ(r.journal.structures_created, 1);
  EXPECT_EQ(r.journal.services_created, 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM structure_di_details"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM catalogue_imports WHERE dry_run AND NOT applied"), 1);
  EXPECT_NE(app::ImportSummary(r.journal).find("rien n'a été écrit"), std::string::npos);
}

TEST_F(DataInclusionImport, RecordsWithErrorsAreReportedAndTheOthersApplied) {
  auto missing = DiServiceRecord("cd92--missing");
  missing.erase("description");
  auto wrong_type = DiServiceRecord("cd92--wrong-type");
  wrong_type["publics"] = "jeunes";
  auto unknown_code = DiServiceRecord("cd92--unknown-code");
  unknown_code["thematiques"] = {"numerique--inventer-internet"};
  auto bad_cog = DiServiceRecord("cd92--bad-cog");
  bad_cog["zone_eligibilite"] = {"92999"};
  auto r = Import(ArrayFile({DiStructureRecord(), missing, wrong_type, unknown_code, bad_cog,
                             DiServiceRecord("cd92--ok")}));
  EXPECT_EQ(r.journal.rejected, 4);
  EXPECT_EQ(r.journal.services_created, 1);
  EXPECT_TRUE(HasError(r.records[1], "description", "champ obligatoire manquant"));
  EXPECT_TRUE(HasError(r.records[2], "publics", "type incorrect"));
  EXPECT_TRUE(HasError(r.records[3], "thematiques[0]", "code inconnu"));
  EXPECT_TRUE(HasError(r.records[4], "zone_eligibilite[0]", "code COG invalide « 92999 »"));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions"), 1);
  EXPECT_EQ(Text("SELECT di_id FROM actions"), "cd92--ok");
  auto report = Json::parse(Text("SELECT report FROM catalogue_imports"));
  EXPECT_EQ(report["records"].size(), 4u);
  EXPECT_EQ(report["records"][0]["outcome"], "rejete");
}

TEST_F(DataInclusionImport, EveryOccurrenceOfADuplicateIdIsRejected) {
  auto r = Import(ArrayFile({DiStructureRecord(), DiServiceRecord("cd92--s1"),
                             DiServiceRecord("cd92--s1"), DiServiceRecord("cd92--s2")}));
  EXPECT_TRUE(HasError(r.records[1], "id", "identifiant en double dans le fichier (aussi "
                                           "enregistrement n° 3)"));
  EXPECT_TRUE(HasError(r.records[2], "id", "aussi enregistrement n° 2"));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions"), 1);
}

TEST_F(DataInclusionImport, ServicesOfUnknownOrRejectedStructuresAreRejected) {
  auto bad_structure = DiStructureRecord("cd92--sans-commune");
  bad_structure["code_insee"] = "35238";
  auto r = Import(ArrayFile({bad_structure, DiServiceRecord("cd92--a", "cd92--sans-commune"),
                             DiServiceRecord("cd92--b", "cd92--fantome")}));
  EXPECT_TRUE(HasError(r.records[0], "code_insee", "commune du département"));
  EXPECT_TRUE(HasError(r.records[1], "structure_id", "rejetée dans ce fichier"));
  EXPECT_TRUE(HasError(r.records[2], "structure_id", "inconnue : ni dans pacte ni dans ce fichier"));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions"), 0);
}

TEST_F(DataInclusionImport, AServiceMayBelongToAPacteStructureByItsExportedId) {
  auto r = Import(LinesFile({DiServiceRecord("cd92--s1", "pacte-92--" + std::to_string(org.structure_id))}));
  EXPECT_EQ(r.journal.services_created, 1);
  EXPECT_EQ(Count("SELECT structure_id FROM actions"), org.structure_id);
}

TEST_F(DataInclusionImport, ATruncatedFileAppliesNothing) {
  auto file = ArrayFile({DiStructureRecord(), DiServiceRecord("cd92--s1")});
  file = file.substr(0, file.size() - 30);
  auto r = Import(file);
  ASSERT_TRUE(r.broken);
  EXPECT_NE(r.broken->find("Fichier tronqué"), std::string::npos);
  EXPECT_FALSE(r.journal.applied);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM structure_di_details"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM catalogue_imports WHERE NOT applied"), 1);
  EXPECT_NE(Text("SELECT report FROM catalogue_imports").find("Fichier tronqu"), std::string::npos);
}

TEST_F(DataInclusionImport, ANonUtf8RecordIsRejectedAndTheOthersApplied) {
  auto latin1 = DiServiceRecord("cd92--latin1").dump();
  latin1.replace(latin1.find("numérique"), std::string("numérique").size(), "num\xE9rique");
  std::string file = DiStructureRecord().dump() + "\n" + latin1 + "\n" +
                     DiServiceRecord("cd92--ok").dump() + "\n";
  auto r = Import(file);
  EXPECT_TRUE(HasError(r.records[1], "", "non UTF-8"));
  EXPECT_EQ(r.journal.services_created, 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions"), 1);
}

TEST_F(DataInclusionImport, V0RecordsAreMappedAndApplied) {
  Json v0{{"source", "cd92"}, {"structure_id", "cd92--asso-lien"}, {"id", "cd92--v0"},
          {"nom", "Permis solidaire"}, {"description", std::string(60, 'p')},
          {"date_maj", "2026-10-01"}, {"profils", {"beneficiaires-rsa"}},
          {"thematiques", {"mobilite--preparer-son-permis-de-conduire-se-reentrainer-a-la-conduite"}},
          {"telephone", "0102030405"}};
  auto r = Import(LinesFile({DiStructureRecord(), v0}));
  EXPECT_TRUE(r.records[1].v0);
  EXPECT_EQ(r.journal.services_created, 1);
  EXPECT_EQ(Text("SELECT code FROM action_codes WHERE list = 'public'"),
            "beneficiaires-des-minimas-sociaux");
  EXPECT_EQ(Text("SELECT code FROM action_codes WHERE list = 'thematique'"),
            "mobilite--preparer-un-permis");
}

TEST_F(DataInclusionImport, OnlyManagersMayImportOrReadTheJournal) {
  app::Actor referent;
  referent.agent_id = 99;
  referent.roles = {Role::kReferent};
  auto r = app::ImportCatalogue(db.store(), clock, settings, referent,
                                {"x.json", ArrayFile({DiStructureRecord()}), false});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM catalogue_imports"), 0);
  auto id = Import(ArrayFile({DiStructureRecord()})).journal.id;
  EXPECT_EQ(app::GetCatalogueImport(db.store(), referent, id).error().kind, ErrorKind::kForbidden);
  auto found = app::GetCatalogueImport(db.store(), system, id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->structures_created, 1);
  EXPECT_EQ(app::GetCatalogueImport(db.store(), system, id + 100).error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(app::ListCatalogueImports(db.store(), system, {})->total, 1);
}

}  // namespace
}  // namespace pacte::testing
