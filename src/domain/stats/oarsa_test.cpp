#include "domain/stats/oarsa.hpp"

#include <gtest/gtest.h>

#include "domain/stats/testing/facts_builder.hpp"

namespace pacte::stats {
namespace {

using testing::D;
using testing::FactsBuilder;

constexpr int kYear = 2020;

// The "Ensemble" line of table `number` (1..6).
std::vector<long long> Total(const OarsaCounts& c, int number) {
  return c.tables[static_cast<std::size_t>(number - 1)].total;
}

long long Cell(const OarsaCounts& c, int number, std::size_t column) {
  return Total(c, number)[column];
}

// T1 columns: 0 non orientés, 1 France Travail, 2 mission locale … 7 département … 10 CCAS.
constexpr std::size_t kNotOriented = 0;
constexpr std::size_t kT1FranceTravail = 1;
constexpr std::size_t kT1Departement = 7;
constexpr std::size_t kT1AutreHorsSpe = 11;
constexpr std::size_t kT2FranceTravail = 0;
constexpr std::size_t kT2Departement = 6;

TEST(OarsaTest, Table1CountsDdPersonsByOrientationInForceAtTheDate) {
  auto counts = ComputeOarsaCounts(
      kYear, {
                 FactsBuilder(1).Dd("2020-01-01").Build(),  // not oriented
                 FactsBuilder(2)
                     .Dd("2020-01-01")
                     .Oriented("2020-02-01", "professionnel", 1, "france_travail")
                     .Build(),
                 FactsBuilder(3)
                     .Dd("2020-01-01")
                     .Oriented("2020-02-01", "social", 2, "departement")
                     .Build(),
                 // Oriented after 31/12: not oriented in year N.
                 FactsBuilder(4)
                     .Dd("2020-01-01")
                     .Oriented("2021-01-01", "social", 2, "departement")
                     .Build(),
                 // Re-oriented from the département to France Travail: the latest one counts.
                 FactsBuilder(5)
                     .Dd("2019-01-01")
                     .Oriented("2019-02-01", "social", 2, "departement")
                     .Oriented("2020-11-30", "professionnel", 1, "france_travail")
                     .Build(),
                 // An unknown category counts as "autre hors SPE".
                 FactsBuilder(6).Dd("2020-01-01").Oriented("2020-02-01", "social", 9, "").Build(),
             });
  const auto t1 = Total(counts, 1);
  EXPECT_EQ(t1[kNotOriented], 2);
  EXPECT_EQ(t1[kT1FranceTravail], 2);
  EXPECT_EQ(t1[kT1Departement], 1);
  EXPECT_EQ(t1[kT1AutreHorsSpe], 1);
  long long sum = 0;
  for (long long v : t1) sum += v;
  EXPECT_EQ(sum, 6);
}

TEST(OarsaTest, OnlyPersonsInDdAtTheDateAreCounted) {
  auto counts = ComputeOarsaCounts(
      kYear,
      {
          FactsBuilder(1).Dd("2019-01-01").Closed("2020-12-31").Build(),  // closed on 31/12
          FactsBuilder(2)
              .Dd("2019-01-01")
              .Rights("2020-10-01", "3", DdFlag::kYes)
              .Build(),                                                    // suspended
          FactsBuilder(3).Rights("2020-01-01", "2", DdFlag::kNo).Build(),  // not D&D
          FactsBuilder(4).Dd("2021-01-01").Build(),                        // enters later
          FactsBuilder(5).Dd("2019-01-01").Closed("2021-01-01").Build(),   // still in on 31/12
      });
  EXPECT_EQ(Cell(counts, 1, kNotOriented), 1);
}

TEST(OarsaTest, Table1RowsBreakDownTheSamePopulationInEveryDimension) {
  auto counts = ComputeOarsaCounts(
      kYear, {
                 FactsBuilder(1).Born("1999-06-01").Sex("F").Dd("2020-03-01").Build(),
                 FactsBuilder(2).Born("1970-06-01").Sex("M").Dd("2010-03-01").Build(),
                 FactsBuilder(3).Dd("2020-03-01").Build(),
             });
  const auto& grid = counts.tables[0];
  for (auto d : AllOarsaDimensions()) {
    long long sum = 0;
    for (const auto& row : grid.cells[static_cast<std::size_t>(d)]) sum += row[kNotOriented];
    EXPECT_EQ(sum, 3) << OarsaDimensionLabel(d);
  }
  const auto& age = grid.cells[static_cast<std::size_t>(OarsaDimension::kAge)];
  EXPECT_EQ(age[0][kNotOriented], 1);  // < 25
  EXPECT_EQ(age[3][kNotOriented], 0);  // 40–49: born 1970 is 50 on 31/12/2020
  EXPECT_EQ(age[4][kNotOriented], 1);  // 50–59
  EXPECT_EQ(age[6][kNotOriented], 1);  // inconnu
}

TEST(OarsaTest, Table2NeedsAContractValidOnTheDateOfTheRightKind) {
  auto oriented = [](std::int64_t id, const char* category) {
    return FactsBuilder(id).Dd("2020-01-01").Oriented("2020-02-01", "social", 1, category);
  };
  auto counts = ComputeOarsaCounts(
      kYear,
      {
          oriented(1, "france_travail").Contract("2020-03-01", "2021-02-28", "ppae").Build(),
          oriented(2, "france_travail")
              .Contract("2020-03-01", "2021-02-28", "contrat_engagement")
              .Build(),
          // France Travail with a CER: not "registered" (no PPAE nor contrat d'engagement).
          oriented(3, "france_travail").Contract("2020-03-01", "2021-02-28", "cer_social").Build(),
          oriented(4, "departement").Contract("2020-03-01", "2021-02-28", "cer_social").Build(),
          // A PPAE outside France Travail is not a CER.
          oriented(5, "departement").Contract("2020-03-01", "2021-02-28", "ppae").Build(),
          // Closed before 31/12: not valid.
          oriented(6, "departement")
              .Contract("2020-03-01", "2021-02-28", "cer_social", {}, nullptr, "2020-12-15")
              .Build(),
          // Closed ON 31/12: not valid on that day either.
          oriented(7, "departement")
              .Contract("2020-03-01", "2021-02-28", "cer_social", {}, nullptr, "2020-12-31")
              .Build(),
          // Signed after 31/12 (starts earlier on paper): not valid.
          oriented(8, "departement")
              .Contract("2020-12-01", "2021-05-31", "cer_social", {}, "2021-01-04")
              .Build(),
          // Ended on 30/12: not valid; ending on 31/12: valid.
          oriented(9, "departement").Contract("2020-07-01", "2020-12-30", "cer_social").Build(),
          oriented(10, "departement")
              .Contract("2020-07-01", "2020-12-31", "cer_professionnel")
              .Build(),
          // A contract without orientation does not count.
          FactsBuilder(11)
              .Dd("2020-01-01")
              .Contract("2020-03-01", "2021-02-28", "cer_social")
              .Build(),
      });
  EXPECT_EQ(Cell(counts, 2, kT2FranceTravail), 2);
  EXPECT_EQ(Cell(counts, 2, kT2Departement), 2);
  long long sum = 0;
  for (long long v : Total(counts, 2)) sum += v;
  EXPECT_EQ(sum, 4);
}

TEST(OarsaTest, Table3BandsCerDurationsAtTheSixAndTwelveMonthEdges) {
  auto cer = [](std::int64_t id, const char* starts, const char* ends) {
    return FactsBuilder(id)
        .Dd("2020-01-01")
        .Oriented("2020-01-15", "social", 1, "ccas_cias")
        .Contract(starts, ends, "cer_social")
        .Build();
  };
  auto counts = ComputeOarsaCounts(
      kYear, {
                 cer(1, "2020-12-01", "2021-05-30"),  // 6 months less a day
                 cer(2, "2020-12-01", "2021-05-31"),  // exactly 6 months
                 cer(3, "2020-08-31", "2021-02-26"),  // 31/08 + 6 months = 28/02 (clamped): < 6
                 cer(4, "2020-08-31", "2021-02-27"),  // ends the day before 28/02: 6 months
                 cer(5, "2020-06-01", "2021-05-30"),  // 12 months less a day
                 cer(6, "2020-06-01", "2021-05-31"),  // exactly 12 months
                 cer(7, "2020-01-01", "2022-12-31"),  // 3 years
             });
  EXPECT_EQ(Total(counts, 3), (std::vector<long long>{2, 3, 2}));
}

TEST(OarsaTest, Table4CountsEachCerOncePerActionType) {
  auto counts = ComputeOarsaCounts(
      kYear, {
                 FactsBuilder(1)
                     .Dd("2020-01-01")
                     .Oriented("2020-01-15", "social", 1, "departement")
                     .Contract("2020-06-01", "2021-05-31", "cer_social", {7, 7, 9, 15})
                     .Build(),
                 FactsBuilder(2)
                     .Dd("2020-01-01")
                     .Oriented("2020-01-15", "social", 1, "departement")
                     .Contract("2020-06-01", "2021-05-31", "cer_professionnel", {1, 9, 0, 16})
                     .Build(),
                 // France Travail with a PPAE: not a CER, not in table 4.
                 FactsBuilder(3)
                     .Dd("2020-01-01")
                     .Oriented("2020-01-15", "pro", 1, "france_travail")
                     .Contract("2020-06-01", "2021-05-31", "ppae", {2})
                     .Build(),
             });
  std::vector<long long> expected(15, 0);
  expected[0] = 1;   // type 1
  expected[6] = 1;   // type 7, counted once
  expected[8] = 2;   // type 9
  expected[14] = 1;  // type 15
  EXPECT_EQ(Total(counts, 4), expected);
  const auto table = counts.tables[3].ToCountTable(OarsaDimension::kSex);
  EXPECT_FALSE(table.with_totals);
  EXPECT_EQ(table.row_labels.back(), "Ensemble");
  EXPECT_EQ(table.cells.back(), expected);
}

TEST(OarsaTest, Table5FollowsEntrantsFromTheirLatestEntry) {
  auto counts = ComputeOarsaCounts(
      kYear,
      {
          // Entered in 2020, primo-oriented 40 days later to the département, CER 20 days later.
          FactsBuilder(1)
              .Dd("2020-03-01")
              .Oriented("2020-04-10", "social", 1, "departement")
              .Contract("2020-04-30", "2020-12-31", "cer_social")
              .Build(),
          // Entered in 2020, primo-oriented to France Travail after 100 days, with a PPAE.
          FactsBuilder(2)
              .Dd("2020-02-01")
              .Oriented("2020-05-11", "pro", 2, "france_travail")
              .Contract("2020-06-01", "2020-12-31", "ppae")
              .Build(),
          // Entered in 2020, not yet oriented.
          FactsBuilder(3).Dd("2020-11-01").Build(),
          // Entered in 2019: not an entrant of 2020.
          FactsBuilder(4)
              .Dd("2019-12-31")
              .Oriented("2020-01-10", "social", 1, "departement")
              .Build(),
          // Re-entered in 2020 after a closure; oriented during the first period only: the new
          // entry has no primo-orientation yet.
          FactsBuilder(5)
              .Dd("2018-01-01")
              .Oriented("2018-02-01", "social", 1, "departement")
              .Closed("2019-01-01")
              .Dd("2020-06-01")
              .Build(),
          // Entered in 2020 but left before 31/12: not counted.
          FactsBuilder(6).Dd("2020-02-01").Closed("2020-10-01").Build(),
          // Entered in 2020, oriented outside FT, CER signed in 2021: no primo-CER.
          FactsBuilder(7)
              .Dd("2020-01-01")
              .Oriented("2020-03-01", "social", 1, "ccas_cias")
              .Contract("2021-01-05", "2021-06-30", "cer_social")
              .Build(),
          // Entered in 2020, oriented outside FT; first contract after is a PPAE: no primo-CER.
          FactsBuilder(8)
              .Dd("2020-01-01")
              .Oriented("2020-03-01", "social", 1, "ccas_cias")
              .Contract("2020-04-01", "2020-12-31", "ppae")
              .Build(),
      });
  EXPECT_EQ(Total(counts, 5), (std::vector<long long>{6, 4, 3, 1}));
  const auto& delays = counts.total_delays;
  EXPECT_EQ(delays.entry_to_orientation, (std::vector<double>{40, 100, 60, 60}));
  EXPECT_EQ(delays.orientation_to_cer, (std::vector<double>{20}));
}

TEST(OarsaTest, Table5DelayUsesTheSignatureOfTheCer) {
  auto counts = ComputeOarsaCounts(
      kYear, {
                 FactsBuilder(1)
                     .Dd("2020-03-01")
                     .Oriented("2020-03-01", "social", 1, "departement")
                     .Contract("2020-05-01", "2020-12-31", "cer_social", {}, "2020-04-15")
                     .Build(),
             });
  EXPECT_EQ(counts.total_delays.entry_to_orientation, (std::vector<double>{0}));
  EXPECT_EQ(counts.total_delays.orientation_to_cer, (std::vector<double>{45}));
  const auto& by_sex = counts.delays[static_cast<std::size_t>(OarsaDimension::kSex)];
  EXPECT_EQ(by_sex.back().orientation_to_cer, (std::vector<double>{45}));  // inconnu
}

TEST(OarsaTest, Table6ClassifiesReorientationsOfTheYearByDirection) {
  auto counts = ComputeOarsaCounts(
      kYear, {
                 // France Travail → CCAS: from the SPE to outside.
                 FactsBuilder(1)
                     .Dd("2019-01-01")
                     .Oriented("2019-02-01", "pro", 1, "france_travail")
                     .Oriented("2020-05-01", "social", 2, "ccas_cias")
                     .Build(),
                 // Département → mission locale → France Travail, both in 2020.
                 FactsBuilder(2)
                     .Dd("2019-01-01")
                     .Oriented("2019-02-01", "social", 3, "departement")
                     .Oriented("2020-03-01", "pro", 4, "mission_locale")
                     .Oriented("2020-09-01", "pro", 1, "france_travail")
                     .Build(),
                 // Département → CAF, decided on 31/12; CAF → département in 2021 ignored.
                 FactsBuilder(3)
                     .Dd("2019-01-01")
                     .Oriented("2019-02-01", "social", 3, "departement")
                     .Oriented("2020-12-31", "social", 5, "caf")
                     .Oriented("2021-01-02", "social", 3, "departement")
                     .Build(),
                 // Re-oriented in 2019: not in 2020.
                 FactsBuilder(4)
                     .Dd("2019-01-01")
                     .Oriented("2019-02-01", "social", 3, "departement")
                     .Oriented("2019-12-31", "pro", 1, "france_travail")
                     .Build(),
                 // Oriented again in 2020 after a new D&D entry: a primo-orientation, not a
                 // re-orientation.
                 FactsBuilder(5)
                     .Dd("2017-01-01")
                     .Oriented("2017-02-01", "pro", 1, "france_travail")
                     .Closed("2018-01-01")
                     .Dd("2020-02-01")
                     .Oriented("2020-03-01", "social", 3, "departement")
                     .Build(),
                 // Re-oriented in 2020 but out of D&D on 31/12: not counted.
                 FactsBuilder(6)
                     .Dd("2019-01-01")
                     .Oriented("2019-02-01", "pro", 1, "france_travail")
                     .Oriented("2020-05-01", "social", 2, "ccas_cias")
                     .Closed("2020-11-01")
                     .Build(),
             });
  // SPE → hors SPE, hors SPE → SPE, within SPE, within hors SPE.
  EXPECT_EQ(Total(counts, 6), (std::vector<long long>{1, 1, 1, 1}));
}

TEST(OarsaTest, PartitionTablesGetMarginsAndNestedOnesAnEnsembleRow) {
  auto counts = ComputeOarsaCounts(kYear, {FactsBuilder(1).Dd("2020-01-01").Build()});
  const auto t1 = counts.tables[0].ToCountTable(OarsaDimension::kAge);
  EXPECT_TRUE(t1.with_totals);
  EXPECT_EQ(t1.row_labels.size(), 7U);
  EXPECT_EQ(t1.title.find("par tranche d'âge") != std::string::npos, true);
  const auto t5 = counts.tables[4].ToCountTable(OarsaDimension::kAge);
  EXPECT_FALSE(t5.with_totals);
  EXPECT_EQ(t5.row_labels.back(), "Ensemble");
  EXPECT_EQ(t5.cells.back(), (std::vector<long long>{1, 0, 0, 0}));
}

TEST(OarsaTest, ContractTypeClassification) {
  EXPECT_TRUE(IsOarsaCer("cer_social"));
  EXPECT_TRUE(IsOarsaCer("cer_professionnel"));
  EXPECT_TRUE(IsOarsaCer("contrat_engagement"));
  EXPECT_FALSE(IsOarsaCer("ppae"));
  EXPECT_TRUE(IsOarsaFranceTravailContract("ppae"));
  EXPECT_TRUE(IsOarsaFranceTravailContract("contrat_engagement"));
  EXPECT_FALSE(IsOarsaFranceTravailContract("cer_social"));
}

}  // namespace
}  // namespace pacte::stats
