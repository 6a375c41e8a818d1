// The import jobs (app/intake/imports.hpp) on SQLite and PostgreSQL, with fake runners.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "app/intake/imports.hpp"
#include "app/ports/audit_repository.hpp"
#include "app/ports/import_mapping_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "io/intake_files/disk_import_files.hpp"
#include "io/tables/spreadsheet_table_writer.hpp"
#include "support/auth_helpers.hpp"
#include "support/fake_import_runners.hpp"
#include "support/test_database.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {
namespace {

namespace fs = std::filesystem;

class ImportsTest : public ::testing::Test {
 protected:
  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-11-27T09:00:00Z")};
  app::Settings settings = TestSettings();
  std::string folder;
  std::unique_ptr<io::DiskImportFiles> files;
  io::SpreadsheetTableWriter tables;
  app::IntakeDeps deps;
  app::Actor coordinator, officer, other_officer, referent;
  std::int64_t mapping_id = 0;

  void SetUp() override {
    folder = (fs::temp_directory_path() / "pacte-tests" /
              ("imports-db-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name()))
                 .string();
    fs::remove_all(folder);
    files = std::make_unique<io::DiskImportFiles>(folder);
    deps.files = files.get();
    deps.tables = &tables;
    deps.runner = "srv-test";
    coordinator = ActorOf(Role::kCoordinateur, "coord@cd92.fr");
    officer = ActorOf(Role::kChargeOrientation, "co1@cd92.fr");
    other_officer = ActorOf(Role::kChargeOrientation, "co2@cd92.fr");
    referent = ActorOf(Role::kReferent, "ref@cd92.fr");
    mapping_id = app::Write(db.store(), [&](app::UnitOfWork& uow) {
      return *uow.ImportMappings().Insert({"Liste FT", "France Travail", {{"Nom", "last_name"}}, {}},
                                          std::nullopt, clock.Now());
    });
  }
  void TearDown() override { fs::remove_all(folder); }

  app::Actor ActorOf(Role role, const std::string& email) {
    app::Actor a;
    a.agent_id = CreateAgent(db.store(), clock, settings, email, {role});
    a.roles = {role};
    return a;
  }
  app::ImportFile Upload(const std::string& content = "Nom;Prénom\nDUPONT;Jean\n") {
    return *files->Keep(content, "liste.csv");
  }
  app::IntakeImportRequest Sheet(bool dry_run = true) {
    app::IntakeImportRequest r;
    r.kind = app::kImportKindSpreadsheet;
    r.file = Upload();
    r.mapping = "Liste FT";
    r.dry_run = dry_run;
    r.sheet = "Feuil1";
    return r;
  }
  app::ImportRunners Runners(app::ImportRunner sheet, app::ImportRunner caf = nullptr) {
    return {caf ? caf : FinishingRunner(db.store(), clock), sheet};
  }
  std::int64_t AuditCount(const std::string& action) {
    return app::Read(db.store(), [&](app::UnitOfWork& uow) {
      app::AuditSearch q;
      q.action_prefix = action;
      return uow.Audit().Search(q, {1, 200}).total;
    });
  }
};

TEST_F(ImportsTest, StartQueuesASpreadsheetRunWithItsMappingOptionsAndAudit) {
  auto r = app::StartImport(db.store(), clock, officer, deps, Sheet());
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->status, app::kImportQueued);
  EXPECT_EQ(r->kind, "spreadsheet");
  EXPECT_TRUE(r->dry_run);
  EXPECT_EQ(r->mapping_id, mapping_id);
  EXPECT_EQ(r->options["sheet"], "Feuil1");
  EXPECT_EQ(r->created_by, officer.agent_id);
  EXPECT_EQ(r->runner, "srv-test");
  EXPECT_EQ(r->file_name, "liste.csv");
  EXPECT_EQ(r->file_bytes, 24);
  EXPECT_EQ(AuditCount("import.start"), 1);
  // The mapping may be given by its id too.
  auto by_id = Sheet();
  by_id.mapping = std::to_string(mapping_id);
  EXPECT_TRUE(app::StartImport(db.store(), clock, officer, deps, by_id));
}

void ExpectFieldError(const Result<app::ImportRecord>& r, const std::string& field,
                      const std::string& words) {
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  bool found = false;
  for (const auto& f : r.error().fields) {
    if (f.field == field && f.message.find(words) != std::string::npos) found = true;
  }
  EXPECT_TRUE(found) << r.error().message << " / " << (r.error().fields.empty() ? "" : r.error().fields[0].message);
}

TEST_F(ImportsTest, BadRequestsAreRefusedInFrenchAndQueueNothing) {
  auto no_mapping = Sheet();
  no_mapping.mapping = "";
  ExpectFieldError(app::StartImport(db.store(), clock, officer, deps, no_mapping), "mapping",
                   "Choisissez la correspondance");
  auto unknown = Sheet();
  unknown.mapping = "Inconnue";
  ExpectFieldError(app::StartImport(db.store(), clock, officer, deps, unknown), "mapping",
                   "Correspondance inconnue : Inconnue");
  auto kind = Sheet();
  kind.kind = "pdf";
  ExpectFieldError(app::StartImport(db.store(), clock, officer, deps, kind), "kind", "inconnu");
  app::IntakeImportRequest caf_dry{app::kImportKindCaf, Upload(), "", true};
  ExpectFieldError(app::StartImport(db.store(), clock, coordinator, deps, caf_dry), "dry_run",
                   "tableurs");
  auto empty = Sheet();
  empty.file.bytes = 0;
  ExpectFieldError(app::StartImport(db.store(), clock, officer, deps, empty), "file", "vide");
  auto missing = Sheet();
  missing.file = {};
  ExpectFieldError(app::StartImport(db.store(), clock, officer, deps, missing), "file",
                   "Choisissez le fichier");
  auto list = app::ListImports(db.store(), coordinator, std::nullopt, {});
  ASSERT_TRUE(list);
  EXPECT_EQ(list->total, 0);
  EXPECT_EQ(AuditCount("import.start"), 0);
}

TEST_F(ImportsTest, PolicyDecidesWhoImportsWhat) {
  auto caf = app::StartImport(db.store(), clock, officer, deps,
                              {app::kImportKindCaf, Upload(), "", false});
  ASSERT_FALSE(caf);
  EXPECT_EQ(caf.error().kind, ErrorKind::kForbidden);
  auto sheet = app::StartImport(db.store(), clock, referent, deps, Sheet());
  ASSERT_FALSE(sheet);
  EXPECT_EQ(sheet.error().kind, ErrorKind::kForbidden);
  EXPECT_TRUE(app::StartImport(db.store(), clock, coordinator, deps,
                               {app::kImportKindCaf, Upload(), "", false, true, true}));
}

TEST_F(ImportsTest, RunDispatchesOnTheKindAndDiscardsTheUpload) {
  app::IntakeImportRequest caf_request{app::kImportKindCaf, Upload(), "", false, true, false};
  auto caf = app::StartImport(db.store(), clock, coordinator, deps, caf_request);
  ASSERT_TRUE(caf);
  EXPECT_EQ(caf->options["force"], true);
  bool sheet_called = false;
  auto runners = Runners(
      [&](std::int64_t) -> Result<app::ImportRecord> {
        sheet_called = true;
        return Fail(Error::Invalid("x", "x"));
      },
      FinishingRunner(db.store(), clock, {}, {{"households_created", 3}}));
  auto ended = app::RunQueuedImport(db.store(), clock, runners, deps, caf->id);
  ASSERT_TRUE(ended) << ended.error().message;
  EXPECT_FALSE(sheet_called);
  EXPECT_EQ(ended->status, app::kImportDone);
  EXPECT_EQ(ended->counts["households_created"], 3);
  EXPECT_FALSE(fs::exists(caf->file_path));
  // Not queued any more: a second run is refused.
  auto again = app::RunQueuedImport(db.store(), clock, runners, deps, caf->id);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "import.not_queued");
}

TEST_F(ImportsTest, ARunnerThatThrowsOrFailsEndsTheRunFailedInFrench) {
  auto thrown = app::StartImport(db.store(), clock, officer, deps, Sheet(false));
  auto ended = app::RunQueuedImport(db.store(), clock, Runners(ThrowingRunner()), deps, thrown->id);
  ASSERT_TRUE(ended);
  EXPECT_EQ(ended->status, app::kImportFailed);
  EXPECT_NE(ended->error->find("erreur interne"), std::string::npos);
  EXPECT_EQ(ended->error->find("disque plein"), std::string::npos);  // details stay in the log
  EXPECT_FALSE(fs::exists(thrown->file_path));

  auto failed = app::StartImport(db.store(), clock, officer, deps, Sheet());
  ended = app::RunQueuedImport(db.store(), clock, Runners(FailingRunner()), deps, failed->id);
  ASSERT_TRUE(ended);
  EXPECT_EQ(ended->status, app::kImportFailed);
  EXPECT_EQ(ended->error, "Fichier illisible (test).");
  EXPECT_FALSE(fs::exists(failed->file_path));
}

TEST_F(ImportsTest, AFinishedDryRunKeepsItsFileAndIsAppliedWithPlanOf) {
  auto dry = app::StartImport(db.store(), clock, officer, deps, Sheet());
  auto runners = Runners(FinishingRunner(db.store(), clock));
  ASSERT_EQ(app::RunQueuedImport(db.store(), clock, runners, deps, dry->id)->status,
            app::kImportDone);
  EXPECT_TRUE(fs::exists(dry->file_path));

  app::IntakeImportRequest apply;
  apply.kind = app::kImportKindSpreadsheet;
  apply.mapping = "Liste FT";
  apply.plan_of = dry->id;
  auto other = app::StartImport(db.store(), clock, other_officer, deps, apply);
  ASSERT_FALSE(other);  // someone else's simulation
  EXPECT_EQ(other.error().fields.at(0).field, "plan_of");
  auto applied = app::StartImport(db.store(), clock, officer, deps, apply);
  ASSERT_TRUE(applied) << applied.error().message;
  EXPECT_EQ(applied->plan_of, dry->id);
  EXPECT_FALSE(applied->dry_run);
  EXPECT_EQ(applied->file_path, dry->file_path);
  EXPECT_EQ(applied->file_name, "liste.csv");
  EXPECT_EQ(applied->file_sha256, dry->file_sha256);
  app::RunQueuedImport(db.store(), clock, runners, deps, applied->id);
  EXPECT_FALSE(fs::exists(dry->file_path));
  // The file is gone: the simulation cannot be applied again.
  ExpectFieldError(app::StartImport(db.store(), clock, officer, deps, apply), "plan_of",
                   "n'est plus disponible");
}

TEST_F(ImportsTest, PlanOfMustBeAFinishedDryRunOfTheSameFileAndMapping) {
  auto dry = app::StartImport(db.store(), clock, officer, deps, Sheet());
  app::IntakeImportRequest apply = Sheet(false);
  apply.plan_of = dry->id;
  ExpectFieldError(app::StartImport(db.store(), clock, officer, deps, apply), "plan_of",
                   "simulation de tableur terminée");
  app::RunQueuedImport(db.store(), clock, Runners(FinishingRunner(db.store(), clock)), deps,
                       dry->id);
  apply.file = Upload("autre;contenu\n1;2\n");
  ExpectFieldError(app::StartImport(db.store(), clock, officer, deps, apply), "plan_of",
                   "n'est pas celui de la simulation");
  app::Write(db.store(), [&](app::UnitOfWork& uow) {
    return *uow.ImportMappings().Insert({"Autre", "", {{"Nom", "last_name"}}, {}}, std::nullopt,
                                        clock.Now());
  });
  apply.file = {};
  apply.mapping = "Autre";
  ExpectFieldError(app::StartImport(db.store(), clock, officer, deps, apply), "plan_of",
                   "correspondance n'est pas celle");
  apply.mapping = "Liste FT";
  apply.plan_of = 999999;
  ExpectFieldError(app::StartImport(db.store(), clock, officer, deps, apply), "plan_of",
                   "introuvable");
}

TEST_F(ImportsTest, OfficersFollowTheirOwnImportsCoordinatorsAll) {
  auto mine = app::StartImport(db.store(), clock, officer, deps, Sheet());
  auto theirs = app::StartImport(db.store(), clock, other_officer, deps, Sheet());
  EXPECT_TRUE(app::GetImport(db.store(), officer, mine->id));
  auto hidden = app::GetImport(db.store(), officer, theirs->id);
  ASSERT_FALSE(hidden);
  EXPECT_EQ(hidden.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(app::GetImport(db.store(), referent, mine->id).error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(app::GetImport(db.store(), coordinator, 424242).error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(app::ListImports(db.store(), officer, std::nullopt, {})->total, 1);
  EXPECT_EQ(app::ListImports(db.store(), coordinator, std::nullopt, {})->total, 2);
  EXPECT_EQ(app::ListImports(db.store(), coordinator, std::string("caf"), {})->total, 0);
  EXPECT_FALSE(app::ListImports(db.store(), referent, std::nullopt, {}));
}

TEST_F(ImportsTest, CancellingAQueuedRunEndsItAndDiscardsItsFile) {
  auto r = app::StartImport(db.store(), clock, officer, deps, Sheet());
  auto refused = app::CancelImport(db.store(), clock, other_officer, deps, r->id);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kNotFound);
  auto cancelled = app::CancelImport(db.store(), clock, officer, deps, r->id);
  ASSERT_TRUE(cancelled);
  EXPECT_EQ(cancelled->status, app::kImportCancelled);
  EXPECT_FALSE(fs::exists(r->file_path));
  EXPECT_EQ(AuditCount("import.cancel"), 1);
  auto again = app::CancelImport(db.store(), clock, officer, deps, r->id);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "import.finished");
  // The worker cannot take it any more.
  auto run = app::RunQueuedImport(db.store(), clock, Runners(ThrowingRunner()), deps, r->id);
  EXPECT_FALSE(run);
}

TEST_F(ImportsTest, ReportPagesFilterByOutcomeAndExportAsTables) {
  auto r = app::StartImport(db.store(), clock, officer, deps, Sheet());
  std::vector<app::ImportLine> lines{
      {2, "ligne 2", app::kLineCreated, std::nullopt, "", "Personne créée.", {}},
      {3, "ligne 3", app::kLineRejected, std::nullopt, "sheet.date",
       "=Date de naissance : 31/02/2020 n'existe pas", {}}};
  app::RunQueuedImport(db.store(), clock,
                       Runners(FinishingRunner(db.store(), clock, lines,
                                               {{"cree", 1}, {"rejete", 1}})),
                       deps, r->id);
  auto rejected = app::ImportReport(db.store(), officer, r->id, std::string("rejete"), {});
  ASSERT_TRUE(rejected);
  ASSERT_EQ(rejected->lines.total, 1);
  EXPECT_EQ(rejected->lines.items[0].line, 3);
  EXPECT_EQ(app::ImportReport(db.store(), officer, r->id, std::nullopt, {})->lines.total, 2);
  auto bad = app::ImportReport(db.store(), officer, r->id, std::string("perdu"), {});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().fields.at(0).field, "outcome");
  EXPECT_FALSE(app::ImportReport(db.store(), other_officer, r->id, std::nullopt, {}));

  auto report = app::ReportTables(*app::GetImport(db.store(), officer, r->id), lines);
  ASSERT_EQ(report.size(), 2u);
  EXPECT_EQ(report[0].headers,
            (std::vector<std::string>{"Ligne", "Référence", "Résultat", "Code", "Message"}));
  EXPECT_EQ(std::get<std::string>(report[0].rows[1][2]), "Rejeté");
  EXPECT_EQ(std::get<std::string>(report[1].rows[0][1]), "Terminé");

  auto csv = app::ExportImportReport(db.store(), officer, deps, r->id, app::TableFormat::kCsv);
  ASSERT_TRUE(csv);
  EXPECT_NE(csv->find("Ligne;Référence;Résultat;Code;Message"), std::string::npos);
  EXPECT_NE(csv->find("'=Date de naissance"), std::string::npos);  // formula neutralised
  EXPECT_NE(csv->find("Personnes créées;1"), std::string::npos);
  EXPECT_NE(csv->find("Lignes rejetées;1"), std::string::npos);
}

}  // namespace
}  // namespace pacte::testing
