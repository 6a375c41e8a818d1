#include "app/policies/stats_policy.hpp"

#include <gtest/gtest.h>

namespace pacte::app {
namespace {

Actor With(Role r, std::optional<std::int64_t> territory = std::nullopt) {
  Actor a;
  a.agent_id = 42;
  a.roles = {r};
  a.territory_id = territory;
  return a;
}

TEST(StatsPolicyTest, DenyByDefaultAndMatrix) {
  EXPECT_FALSE(IsAllowed(With(Role::kReferent), StatsAction::kReadDashboards));
  EXPECT_FALSE(IsAllowed(With(Role::kOperateur), StatsAction::kReadDashboards));
  EXPECT_TRUE(IsAllowed(With(Role::kOperateur), StatsAction::kReadNeeds));
  EXPECT_TRUE(IsAllowed(With(Role::kSignataire), StatsAction::kReadOarsa));
  EXPECT_FALSE(IsAllowed(With(Role::kChargeOrientation), StatsAction::kReadOarsa));
  EXPECT_FALSE(IsAllowed(With(Role::kSignataire), StatsAction::kBreakDownByReferent));
  EXPECT_FALSE(IsAllowed(With(Role::kLecteurStats), StatsAction::kBreakDownByReferent));
  auto refused = Authorize(With(Role::kReferent), StatsAction::kReadOarsa);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kForbidden);
}

TEST(StatsPolicyTest, PartnersGetAggregatesAndTheDepartementExactFigures) {
  Settings s;
  s.small_cell_threshold = 7;
  EXPECT_FALSE(DisclosureFor(With(Role::kSignataire), s).exact);
  EXPECT_EQ(DisclosureFor(With(Role::kSignataire), s).threshold, 7);
  EXPECT_FALSE(DisclosureFor(With(Role::kLecteurStats), s).exact);
  EXPECT_FALSE(DisclosureFor(With(Role::kOperateur), s).exact);
  EXPECT_TRUE(DisclosureFor(With(Role::kCoordinateur), s).exact);
  EXPECT_TRUE(DisclosureFor(Actor::System(), s).exact);
  EXPECT_FALSE(OpenDataDisclosure(s).exact);
}

TEST(StatsPolicyTest, ChargeOrientationIsRestrictedToTheirTerritory) {
  EXPECT_EQ(StatsTerritoryRestriction(With(Role::kChargeOrientation, 3)), 3);
  EXPECT_FALSE(StatsTerritoryRestriction(With(Role::kCoordinateur, 3)).has_value());
  EXPECT_FALSE(StatsTerritoryRestriction(With(Role::kSignataire)).has_value());
}

}  // namespace
}  // namespace pacte::app
