// `pacte import` as an operator runs it (issue 5): a spreadsheet dry run with a saved mapping,
// the report on stdout, progress on stderr, and the exit codes of refused runs.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "app/ports/import_mapping_repository.hpp"
#include "app/ports/import_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "storage/sql_store.hpp"
#include "support/shell_run.hpp"

namespace pacte::testing {
namespace {

namespace fs = std::filesystem;

class ImportCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / "pacte-tests" / ("cli-import-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    db = (dir / "cli.db").string();
    csv = (dir / "liste.csv").string();
    std::ofstream(csv)
        << "Nom;Prénom;Date de naissance\nDUPONT;Jean;01/02/1980\nMARTIN;Léa;03/04/1990\n";
    storage::SqlStore store(storage::DatabaseOptions{db, 1});
    store.MigrateSchema();
    app::Write(store, [](app::UnitOfWork& uow) {
      return *uow.ImportMappings().Insert(
          {"Liste FT",
           "",
           {{"Nom", "last_name"}, {"Prénom", "first_name"}, {"Date de naissance", "birth_date"}},
           {}},
          std::nullopt, *ParseIsoTimestamp("2026-11-27T09:00:00Z"));
    });
  }
  void TearDown() override { fs::remove_all(dir); }
  CliRun Pacte(const std::string& args) {
    return Shell("PACTE_SECRET_KEY=process-test-secret-key-0123456789abcdef PACTE_DATABASE=" + db +
                 " PACTE_LOG_LEVEL=warn " + PACTE_BINARY + " " + args);
  }
  fs::path dir;
  std::string db, csv;
};

TEST_F(ImportCli, ASpreadsheetDryRunPrintsItsReport) {
  auto r = Pacte("import spreadsheet " + csv + " --mapping 'Liste FT' --dry-run");
  EXPECT_EQ(r.code, 0) << r.output;
  EXPECT_NE(r.output.find("import n° 1 lancé"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("import n° 1 (liste.csv) : Terminé (simulation)"), std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("Lignes lues : 2"), std::string::npos) << r.output;
}

TEST_F(ImportCli, RefusedRunsExitWithTwoAndAFrenchMessage) {
  auto unknown = Pacte("import spreadsheet " + csv + " --mapping Inconnue");
  EXPECT_EQ(unknown.code, 2);
  EXPECT_NE(unknown.output.find("Correspondance inconnue : Inconnue."), std::string::npos)
      << unknown.output;
  auto missing = Pacte("import caf " + (dir / "absent.xml").string());
  EXPECT_EQ(missing.code, 2);
  EXPECT_NE(missing.output.find("Fichier introuvable"), std::string::npos) << missing.output;
  auto no_mapping = Pacte("import spreadsheet " + csv);
  EXPECT_NE(no_mapping.code, 0);
  EXPECT_NE(no_mapping.output.find("--mapping"), std::string::npos) << no_mapping.output;
}

TEST_F(ImportCli, TheRunOfAKilledImportProcessIsMarkedInterruptedByTheNextOne) {
  // A CLI run whose process died (its pid is gone) and one of a living process (this test).
  const pid_t child = fork();
  if (child == 0) _exit(0);
  waitpid(child, nullptr, 0);
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  const std::string dead_runner = "cli:" + std::string(host) + ":" + std::to_string(child);
  const std::string live_runner = "cli:" + std::string(host) + ":" + std::to_string(getpid());
  const auto now = *ParseIsoTimestamp("2026-11-27T09:00:00Z");
  std::int64_t dead_id = 0, live_id = 0;
  {
    storage::SqlStore store(storage::DatabaseOptions{db, 1});
    app::Write(store, [&](app::UnitOfWork& uow) {
      for (auto* target : {&dead_id, &live_id}) {
        app::NewImport in;
        in.kind = "caf";
        in.file_name = "flux.xml";
        in.file_path = "/tmp/flux.xml";
        in.file_sha256 = "h" + std::to_string(*target);
        in.runner = target == &dead_id ? dead_runner : live_runner;
        *target = uow.Imports().Insert(in, now);
        uow.Imports().Claim(*target, in.runner, now);
      }
      return true;
    });
  }
  auto r = Pacte("import spreadsheet " + csv + " --mapping 'Liste FT' --dry-run");
  EXPECT_EQ(r.code, 0) << r.output;
  storage::SqlStore store(storage::DatabaseOptions{db, 1});
  app::Read(store, [&](app::UnitOfWork& uow) {
    EXPECT_EQ(uow.Imports().Find(dead_id)->status, "interrompue");
    EXPECT_EQ(uow.Imports().Find(live_id)->status, "en_cours");
    return true;
  });
}

}  // namespace
}  // namespace pacte::testing
