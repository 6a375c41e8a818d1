// `pacte retention run [--dry-run] [--months N]`: French output, dry run changing nothing,
// bad options refused.

#include "support/borrowed_store.hpp"
#include <gtest/gtest.h>

#include <sstream>

#include "cli/cli.hpp"
#include "storage/diagnostic_fixture.hpp"

namespace pacte::testing {
namespace {

class RetentionCli : public ::testing::Test {
 protected:
  TestDatabase db;
  // The CLI runs on the system clock: the exit is old enough for any run of this test.
  app::ManualClock clock{*ParseIsoTimestamp("2003-01-01T09:00:00Z")};
  app::Settings settings;
  std::int64_t person = 0;

  void SetUp() override {
    CreateTestStructure(db.store(), clock);
    person = CreateTestPerson(db.store(), clock, {.last_name = "Ancien", .dd_since = "2000-01-01"});
    ExecuteForTest(db.store(),
                   "INSERT INTO exits (person_id, exited_on, reason, created_at, updated_at) "
                   "VALUES ($1, '2000-06-15', 'demenagement', '2000-06-15T00:00:00Z', "
                   "'2000-06-15T00:00:00Z')",
                   {std::to_string(person)});
    RefreshForTest(db.store(), clock, person);
  }

  struct Run {
    int code = 0;
    std::string out;
    std::string err;
  };

  Run Cli(std::vector<std::string> args) {
    cli::CliHooks hooks;
    hooks.load_settings = [this](const std::string&) -> Result<app::Settings> { return settings; };
    hooks.open_store = [this](const app::Settings&) -> std::unique_ptr<app::Store> {
      return std::make_unique<BorrowedStore>(db.store());
    };
    args.insert(args.begin(), "pacte");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    std::ostringstream out, err;
    int code = cli::RunCli(static_cast<int>(argv.size()), argv.data(), hooks, out, err);
    return {code, out.str(), err.str()};
  }

  std::string LastName() {
    return QueryText(db.store(), "SELECT last_name FROM persons WHERE id = $1", {person});
  }
};

TEST_F(RetentionCli, DryRunListsThePersonsInFrenchAndChangesNothing) {
  auto r = Cli({"retention", "run", "--dry-run"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("Simulation : 1 personne serait anonymisée"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("personne n° " + std::to_string(person) +
                       " : sortie le 15/06/2000, dernier contact le 15/06/2000"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(LastName(), "Ancien");
}

TEST_F(RetentionCli, RunAnonymisesThenFindsNobody) {
  auto r = Cli({"retention", "run", "--months", "24"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("1 personne anonymisée"), std::string::npos) << r.out;
  EXPECT_EQ(LastName(), "Anonyme");
  auto again = Cli({"retention", "run"});
  EXPECT_EQ(again.code, 0);
  EXPECT_NE(again.out.find("0 personne anonymisée"), std::string::npos) << again.out;
}

TEST_F(RetentionCli, MonthsMustBeAPositiveNumber) {
  auto r = Cli({"retention", "run", "--months", "0"});
  EXPECT_NE(r.code, 0);
  EXPECT_EQ(LastName(), "Ancien");
}

}  // namespace
}  // namespace pacte::testing
