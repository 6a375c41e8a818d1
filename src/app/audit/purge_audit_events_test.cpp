#include "app/audit/purge_audit_events.hpp"

#include <gtest/gtest.h>

namespace pacte::app {
namespace {

PurgeReport Report(std::int64_t count, bool dry_run) {
  PurgeReport r;
  r.cutoff = *ParseIsoTimestamp("2025-11-27T00:00:00Z");
  r.count = count;
  r.up_to_id = count;
  r.dry_run = dry_run;
  return r;
}

TEST(PurgeReport, SummaryInFrench) {
  EXPECT_EQ(Report(0, false).Summary(), "aucun événement antérieur au 27/11/2025 à purger");
  EXPECT_EQ(Report(1, false).Summary(),
            "1 événement antérieur au 27/11/2025 purgé (jusqu'au n° 1)");
  EXPECT_EQ(Report(3, false).Summary(),
            "3 événements antérieurs au 27/11/2025 purgés (jusqu'au n° 3)");
  EXPECT_EQ(Report(0, true).Summary(),
            "simulation : aucun événement antérieur au 27/11/2025 à purger");
  EXPECT_EQ(Report(1, true).Summary(),
            "simulation : 1 événement antérieur au 27/11/2025 serait purgé");
  EXPECT_EQ(Report(3, true).Summary(),
            "simulation : 3 événements antérieurs au 27/11/2025 seraient purgés");
}

}  // namespace
}  // namespace pacte::app
