// The DREES OARSA survey computed from the database (both SQLite and PostgreSQL): a small
// population written row by row (tests/support/oarsa_population.hpp), its 2025 tables exact,
// and figures reproducible as known at 31/12.

#include <gtest/gtest.h>

#include "app/stats/oarsa_report.hpp"
#include "support/oarsa_population.hpp"
#include "support/test_database.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {
namespace {

// The "Ensemble" values of a disclosed table (column totals of a partition table, the
// explicit last row otherwise).
std::vector<long long> Ensemble(const app::OarsaTableReport& t) {
  const auto& block = t.blocks.front();
  const auto& cells = t.partition ? block.column_totals : block.cells.back();
  std::vector<long long> out;
  for (const auto& c : cells) out.push_back(c.value.value_or(-1));
  return out;
}

class OarsaDbTest : public ::testing::Test {
 protected:
  void SetUp() override { population = SeedOarsaPopulation(db.store(), clock); }

  app::OarsaReport Compute(int year) {
    auto r = app::ComputeOarsa(db.store(), clock, app::Actor::System("test"), TestSettings(), year);
    EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message);
    return r ? *r : app::OarsaReport{};
  }

  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-11-27T09:00:00Z")};
  OarsaPopulation population;
};

TEST_F(OarsaDbTest, TheTablesOf2025AreExact) {
  const auto r = Compute(2025);
  EXPECT_TRUE(r.exact);
  ASSERT_EQ(r.tables.size(), 6U);
  // T1: non orientés, France Travail, ML, MDE, création, IAE, autre SPE, département, CAF,
  // MSA, CCAS, autre hors SPE.
  EXPECT_EQ(Ensemble(r.tables[0]), (std::vector<long long>{1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0}));
  EXPECT_EQ(r.tables[0].blocks.front().total.value, 4);
  EXPECT_EQ(Ensemble(r.tables[1]), (std::vector<long long>{1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0}));
  EXPECT_EQ(Ensemble(r.tables[2]), (std::vector<long long>{0, 1, 0}));
  std::vector<long long> t4(15, 0);
  t4[6] = 1;
  t4[8] = 1;
  EXPECT_EQ(Ensemble(r.tables[3]), t4);
  EXPECT_EQ(Ensemble(r.tables[4]), (std::vector<long long>{2, 1, 1, 1}));
  EXPECT_EQ(Ensemble(r.tables[5]), (std::vector<long long>{1, 0, 0, 0}));
  EXPECT_EQ(r.entry_to_orientation.total.mean, 40.0);
  EXPECT_EQ(r.entry_to_orientation.total.median, 40.0);
  EXPECT_EQ(r.orientation_to_cer.total.mean, 21.0);
  ASSERT_TRUE(r.oriented_rate.has_value());
  EXPECT_DOUBLE_EQ(*r.oriented_rate, 0.75);
}

TEST_F(OarsaDbTest, BreakdownsComeFromTheStoredPersons) {
  const auto r = Compute(2025);
  // Everybody is born 12/04/1985 (40 on 31/12/2025) and has no diagnostic.
  const auto& age = r.tables[0].blocks[0];
  EXPECT_EQ(age.row_labels[3], "40 à 49 ans");
  EXPECT_EQ(age.row_totals[3].value, 4);
  const auto& education = r.tables[0].blocks[4];
  EXPECT_EQ(education.row_totals.back().value, 4);  // inconnu
  // Seniority: "waiting" entered 01/06/2025 and "entrant" 01/03/2025 (6–12 months: 6
  // months reached on 01/12 and 01/09), "ft" 01/01/2024 (1–2 years), "reoriented"
  // 01/01/2020 (5 years or more).
  const auto& seniority = r.tables[0].blocks[3];
  EXPECT_EQ(seniority.row_totals[0].value, 0);
  EXPECT_EQ(seniority.row_totals[1].value, 2);
  EXPECT_EQ(seniority.row_totals[2].value, 1);
  EXPECT_EQ(seniority.row_totals[4].value, 1);
}

TEST_F(OarsaDbTest, ARightRecordedAfterTheYearDoesNotChangeIt) {
  // "late" is in D&D on 31/12/2025 by today's knowledge, but was recorded in January 2026.
  EXPECT_EQ(Compute(2025).tables[0].blocks.front().total.value, 4);
  // In 2026 (current year) "late" is known: 4 + late − nobody else left.
  EXPECT_EQ(Compute(2026).tables[0].blocks.front().total.value, 5);
}

TEST_F(OarsaDbTest, AYearWithoutDataOrInTheFutureIsRefused) {
  auto before =
      app::ComputeOarsa(db.store(), clock, app::Actor::System("test"), TestSettings(), 2015);
  ASSERT_FALSE(before.has_value());
  EXPECT_EQ(before.error().code, "oarsa.no_data");
  EXPECT_EQ(before.error().message,
            "Aucune donnée pour l'année 2015 : aucun bénéficiaire n'était connu au 31 "
            "décembre.");
  auto future =
      app::ComputeOarsa(db.store(), clock, app::Actor::System("test"), TestSettings(), 2027);
  ASSERT_FALSE(future.has_value());
  EXPECT_EQ(future.error().code, "oarsa.invalid_year");
  EXPECT_EQ(future.error().kind, ErrorKind::kInvalid);
}

}  // namespace
}  // namespace pacte::testing
