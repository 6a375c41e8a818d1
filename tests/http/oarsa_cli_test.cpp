// `pacte stats oarsa` as the département's statistician runs it: the six tables on stdout,
// the workbook written with --out, and the refusals (exit code 2, French message).

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "storage/sql_store.hpp"
#include "support/oarsa_population.hpp"
#include "support/xlsx_test_reader.hpp"
#include "support/shell_run.hpp"

namespace pacte::testing {
namespace {

namespace fs = std::filesystem;

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class OarsaCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / "pacte-tests" / ("cli-oarsa-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    db = (dir / "cli.db").string();
    storage::SqlStore store(storage::DatabaseOptions{db, 1});
    store.MigrateSchema();
    app::ManualClock clock{*ParseIsoTimestamp("2026-11-27T09:00:00Z")};
    SeedOarsaPopulation(store, clock);
  }
  void TearDown() override { fs::remove_all(dir); }
  CliRun Pacte(const std::string& args) {
    return Shell("PACTE_SECRET_KEY=process-test-secret-key-0123456789abcdef PACTE_DATABASE=" + db +
                 " PACTE_LOG_LEVEL=warn " + PACTE_BINARY + " " + args);
  }
  fs::path dir;
  std::string db;
};

TEST_F(OarsaCli, PrintsTheSixTablesWithExactFigures) {
  auto r = Pacte("stats oarsa --year 2025");
  ASSERT_EQ(r.code, 0) << r.output;
  EXPECT_TRUE(Has(r.output, "Enquête DREES OARSA — année 2025 (stock au 31/12/2025)")) << r.output;
  for (const char* title : {"Tableau 1 — ", "Tableau 2 — ", "Tableau 3 — ", "Tableau 4 — ",
                            "Tableau 5 — ", "Tableau 6 — ", "Définitions"}) {
    EXPECT_TRUE(Has(r.output, title)) << title;
  }
  EXPECT_TRUE(Has(r.output, "  (1) Non orientés\n"));
  // T1's "Ensemble": 1 not oriented, 1 France Travail, 1 département, 1 CCAS, total 4.
  EXPECT_TRUE(Has(r.output, "Ensemble" + std::string(36, ' ') + "        1        1        0"))
      << r.output;
  EXPECT_TRUE(Has(r.output, "        4\nTranche d'âge\n"));
  EXPECT_TRUE(Has(r.output, "  40 à 49 ans"));
  // T5 delays: 40 and 21 days.
  EXPECT_TRUE(Has(r.output, "     40,0     40,0     21,0     21,0\n")) << r.output;
}

TEST_F(OarsaCli, WritesTheWorkbook) {
  const std::string out = (dir / "oarsa.xlsx").string();
  auto r = Pacte("stats oarsa --year 2025 --out " + out);
  ASSERT_EQ(r.code, 0) << r.output;
  EXPECT_TRUE(Has(r.output, "enquête OARSA 2025 (6 tableaux et définitions)"));
  std::ifstream in(out, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto files = UnzipForTest(bytes.str());
  auto t1 = SheetCellsForTest(files, 1);
  EXPECT_EQ(t1["A2"], "Ensemble");
  EXPECT_EQ(t1["O2"], "4");
  auto t6 = SheetCellsForTest(files, 6);
  EXPECT_EQ(t6["C1"], "Du SPE vers hors SPE");
  EXPECT_EQ(t6["C2"], "1");
  const std::string csv = (dir / "oarsa.csv").string();
  ASSERT_EQ(Pacte("stats oarsa --year 2025 --out " + csv).code, 0);
  std::ifstream csv_in(csv, std::ios::binary);
  std::stringstream csv_text;
  csv_text << csv_in.rdbuf();
  EXPECT_TRUE(Has(csv_text.str(), "Ventilation;Modalité;Non orientés;")) << csv_text.str();
}

TEST_F(OarsaCli, RefusesBadYearsAndUnknownExtensions) {
  auto future = Pacte("stats oarsa --year 2999");
  EXPECT_EQ(future.code, 2);
  EXPECT_TRUE(Has(future.output, "erreur : L'année 2999 n'a pas encore commencé")) << future.output;
  auto empty = Pacte("stats oarsa --year 2010");
  EXPECT_EQ(empty.code, 2);
  EXPECT_TRUE(Has(empty.output, "Aucune donnée pour l'année 2010")) << empty.output;
  auto txt = Pacte("stats oarsa --year 2025 --out " + (dir / "x.txt").string());
  EXPECT_EQ(txt.code, 2);
  EXPECT_TRUE(Has(txt.output, "extension de fichier inconnue")) << txt.output;
  EXPECT_FALSE(fs::exists(dir / "x.txt"));
  EXPECT_NE(Pacte("stats oarsa").code, 0);
}

}  // namespace
}  // namespace pacte::testing
