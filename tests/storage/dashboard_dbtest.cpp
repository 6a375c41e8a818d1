// The live dashboard and the computed indicators on a small population written in the
// database, as known at past dates (both databases).

#include <gtest/gtest.h>

#include "app/config/settings.hpp"
#include "app/stats/indicator_library.hpp"
#include "app/stats/stats_service.hpp"
#include "jobs/stats_prewarm_job.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {
namespace {

Date Day(const char* iso) { return *ParseIsoDate(iso); }

class DashboardDbTest : public ::testing::Test {
 protected:
  void SetUp() override {
    org = CreateTestStructure(db.store(), clock, "Service social de test");
    TestPersonSpec a;
    a.last_name = "Durand";
    a.dd_since = "2024-01-01";
    oriented = CreateTestPerson(db.store(), clock, a);
    TestPersonSpec b;
    b.last_name = "Petit";
    b.dd_since = "2025-01-15";
    waiting = CreateTestPerson(db.store(), clock, b);
    // What the CAF told was recorded on the day it became true.
    ExecuteForTest(db.store(), "UPDATE rights_history SET recorded_at = valid_from || 'T08:00:00Z'");
    const std::string id = std::to_string(oriented);
    OrientForTest(db.store(), clock, oriented, org.structure_id, "social", "2024-02-10");
    ExecuteForTest(db.store(),
                   "UPDATE orientations SET created_at = decided_on || 'T10:00:00Z' "
                   "WHERE person_id = $1",
                   {id});
    ExecuteForTest(db.store(),
                   "INSERT INTO contracts (person_id, type, status, signed_on, starts_on, "
                   "ends_on, created_at, updated_at) VALUES ($1, 'cer_social', 'signe', "
                   "'2024-03-01', '2024-03-01', '2024-08-31', '2024-03-01T10:00:00Z', "
                   "'2024-03-01T10:00:00Z')",
                   {id});
  }

  // A correction recorded on 05/03/2026: the right of the oriented person had closed on
  // 01/06/2025.
  void RecordLateClosure() {
    ExecuteForTest(db.store(),
                   "INSERT INTO rights_history (household_id, person_id, valid_from, etatdosrsa, "
                   "dd_flag, source, recorded_at) SELECT household_id, id, '2025-06-01', '6', "
                   "'1', 'caf', '2026-03-05T00:00:00Z' FROM persons WHERE id = $1",
                   {std::to_string(oriented)});
  }

  std::array<long long, stats::kFunnelStages> Funnel(app::StatsService& s, const char* as_of) {
    return s.Compute(Day(as_of), std::nullopt, stats::GroupBy::kNone)->figures.total.funnel;
  }

  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-11-27T09:00:00Z")};
  app::Settings settings;
  TestOrganisation org;
  std::int64_t oriented = 0;
  std::int64_t waiting = 0;
};

using Stages = std::array<long long, stats::kFunnelStages>;

TEST_F(DashboardDbTest, FiguresAreExactAtEachDate) {
  app::StatsService stats(db.store(), clock, settings);
  EXPECT_EQ(Funnel(stats, "2025-12-31"), (Stages{2, 1, 0, 0, 0, 0}));
  EXPECT_EQ(Funnel(stats, "2024-06-30"), (Stages{1, 1, 0, 0, 0, 0}));
  auto mid_2024 = stats.Compute(Day("2024-06-30"), std::nullopt, stats::GroupBy::kNone);
  EXPECT_EQ(mid_2024->figures.total.oriented_now, 1);
  EXPECT_EQ(mid_2024->figures.total.with_contract_now, 1);
  const auto delay = mid_2024->figures.total.entry_to_orientation.Summary();
  EXPECT_EQ(delay.count, 1);
  EXPECT_DOUBLE_EQ(*delay.median, 40.0);  // 01/01/2024 → 10/02/2024
  EXPECT_EQ(Funnel(stats, "2023-12-31"), (Stages{0, 0, 0, 0, 0, 0}));
}

TEST_F(DashboardDbTest, GroupedByTerritoryAndCommuneWithTheirNames) {
  app::StatsService stats(db.store(), clock, settings);
  auto c = stats.Compute(Day("2025-12-31"), std::nullopt, stats::GroupBy::kTerritory);
  const std::string key = std::to_string(org.territory_id);
  ASSERT_EQ(c->figures.groups.count(key), 1u);
  EXPECT_EQ(c->figures.groups.at(key).funnel[0], 2);
  EXPECT_FALSE(c->group_labels.at(key).empty());
  auto communes = stats.Compute(Day("2025-12-31"), std::nullopt, stats::GroupBy::kCommune);
  EXPECT_EQ(communes->figures.groups.at("92050").funnel[1], 1);
  EXPECT_EQ(communes->group_labels.at("92050"), "Nanterre");
}

TEST_F(DashboardDbTest, ALaterCorrectionDoesNotChangeLastYearsDashboard) {
  RecordLateClosure();
  app::Settings uncached = settings;
  uncached.stats_cache_seconds = 0;
  app::StatsService stats(db.store(), clock, uncached);
  // As known at the end of 2025, the oriented person was still in D&D.
  EXPECT_EQ(Funnel(stats, "2025-12-31"), (Stages{2, 1, 0, 0, 0, 0}));
  // Today, the closure is known: only the waiting person remains in the year.
  EXPECT_EQ(Funnel(stats, "2026-11-27"), (Stages{1, 0, 0, 0, 0, 0}));
}

TEST_F(DashboardDbTest, TodaysFiguresAreCachedForTheConfiguredTime) {
  settings.stats_cache_seconds = 300;
  app::StatsService stats(db.store(), clock, settings);
  const auto first = stats.Compute(Day("2026-11-27"), std::nullopt, stats::GroupBy::kNone);
  TestPersonSpec c;
  c.last_name = "Nouveau";
  c.dd_since = "2026-11-01";
  CreateTestPerson(db.store(), clock, c);
  // Within the cache time: the same figures, computed at the same instant.
  clock.Advance(std::chrono::seconds{299});
  const auto cached = stats.Compute(Day("2026-11-27"), std::nullopt, stats::GroupBy::kNone);
  EXPECT_EQ(cached->computed_at, first->computed_at);
  EXPECT_EQ(cached->figures.total.funnel[0], first->figures.total.funnel[0]);
  // Then computed again: the new person counts.
  clock.Advance(std::chrono::seconds{2});
  const auto fresh = stats.Compute(Day("2026-11-27"), std::nullopt, stats::GroupBy::kNone);
  EXPECT_GT(fresh->computed_at, first->computed_at);
  EXPECT_EQ(fresh->figures.total.funnel[0], first->figures.total.funnel[0] + 1);
}

TEST_F(DashboardDbTest, PrewarmCachesTodayAndTheLastYearEnd) {
  app::StatsService stats(db.store(), clock, settings);
  stats.Prewarm();
  const Timestamp warmed = clock.Now();
  clock.Advance(std::chrono::seconds{10});
  EXPECT_EQ(stats.Compute(Day("2026-11-27"), std::nullopt, stats::GroupBy::kTerritory)->computed_at,
            warmed);
  EXPECT_EQ(stats.Compute(Day("2025-12-31"), std::nullopt, stats::GroupBy::kTerritory)->computed_at,
            warmed);
  EXPECT_GT(stats.Compute(Day("2024-12-31"), std::nullopt, stats::GroupBy::kTerritory)->computed_at,
            warmed);
}

TEST_F(DashboardDbTest, ThePrewarmJobRefreshesTodayBeforeItExpires) {
  settings.stats_cache_seconds = 300;
  app::StatsService stats(db.store(), clock, settings);
  app::IndicatorLibrary indicators(db.store(), clock, settings);
  auto job = jobs::StatsPrewarmJob(stats, indicators, settings, 2);
  ASSERT_TRUE(job.has_value());
  EXPECT_EQ(job->period, std::chrono::seconds{150});
  job->run();
  const Timestamp first = clock.Now();
  TestPersonSpec c;
  c.last_name = "Nouveau";
  c.dd_since = "2026-11-01";
  CreateTestPerson(db.store(), clock, c);
  clock.Advance(job->period);
  job->run();  // today's figures computed again although still cached
  const auto today = stats.Compute(Day("2026-11-27"), std::nullopt, stats::GroupBy::kTerritory);
  EXPECT_GT(today->computed_at, first);
  EXPECT_EQ(today->figures.total.funnel[0], 3);
  // Last year's end stays as first computed: it cannot change.
  EXPECT_EQ(stats.Compute(Day("2025-12-31"), std::nullopt, stats::GroupBy::kTerritory)->computed_at,
            first);
  settings.stats_cache_seconds = 0;
  EXPECT_FALSE(jobs::StatsPrewarmJob(stats, indicators, settings).has_value());
}

TEST_F(DashboardDbTest, SignatoriesSeeHiddenSmallCountsAtFixedDatesOnly) {
  app::StatsService stats(db.store(), clock, settings);
  app::Actor signataire;
  signataire.agent_id = 99;
  signataire.roles = {Role::kSignataire};
  auto view = stats.Dashboard(signataire, {Day("2025-12-31"), stats::GroupBy::kTerritory});
  ASSERT_TRUE(view) << view.error().message;
  EXPECT_FALSE(view->exact);
  EXPECT_FALSE(view->stages.table.total.value.has_value());
  // The funnel's 2 and 1 are hidden; nobody went further (0 is shown).
  ASSERT_EQ(view->funnel.cells.size(), 1u);
  const auto& funnel = view->funnel.cells[0];
  EXPECT_FALSE(funnel[0].value.has_value());
  EXPECT_FALSE(funnel[1].value.has_value());
  EXPECT_EQ(funnel[2].value, 0.0);
  auto other = stats.Dashboard(signataire, {Day("2025-06-30"), stats::GroupBy::kTerritory});
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().kind, ErrorKind::kInvalid);
  EXPECT_EQ(other.error().fields.at(0).field, "date");
  auto referents = stats.Dashboard(signataire, {Day("2025-12-31"), stats::GroupBy::kReferent});
  ASSERT_FALSE(referents);
  EXPECT_EQ(referents.error().kind, ErrorKind::kForbidden);
  // The system actor sees the exact figures at any date.
  auto exact = stats.Dashboard(app::Actor::System(), {Day("2025-06-30"), stats::GroupBy::kNone});
  ASSERT_TRUE(exact);
  EXPECT_EQ(exact->stages.table.total.value, 2);
}

TEST_F(DashboardDbTest, ComputedIndicatorsAtPastDates) {
  app::IndicatorLibrary library(db.store(), clock, settings);
  auto mid_2024 = library.ValuesAt(Day("2024-06-30"));
  ASSERT_TRUE(mid_2024);
  EXPECT_DOUBLE_EQ(*mid_2024->at("dd_orientes_part").value, 100.0);
  EXPECT_DOUBLE_EQ(*mid_2024->at("contrat_valide_part").value, 100.0);
  EXPECT_DOUBLE_EQ(*mid_2024->at("delai_orientation_moyen").value, 40.0);
  auto end_2025 = library.ValuesAt(Day("2025-12-31"));
  ASSERT_TRUE(end_2025);
  EXPECT_DOUBLE_EQ(*end_2025->at("dd_orientes_part").value, 50.0);
  EXPECT_EQ(end_2025->at("dd_orientes_part").population, 2);
  EXPECT_FALSE(end_2025->at("delai_orientation_median").value);
  EXPECT_EQ(end_2025->at("delai_orientation_median").note.rfind("non calculable", 0), 0u);
  EXPECT_FALSE(end_2025->at("taux_remplissage").value);  // no place offered
  EXPECT_DOUBLE_EQ(*end_2025->at("places_offertes").value, 0.0);
  for (const auto& d : library.Definitions()) EXPECT_EQ(end_2025->count(d.code), 1u) << d.code;
}

}  // namespace
}  // namespace pacte::testing
