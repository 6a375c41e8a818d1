// The "differencing" guard of shared figures: who gets exact figures, who gets aggregates,
// and that no partner may break figures down by référent (a référent is a person; per-agent
// caseloads differenced against totals would single people out). Read as a permission table.
#include <map>

#include <gtest/gtest.h>

#include "app/policies/stats_policy.hpp"

namespace pacte::app {
namespace {

Actor With(std::vector<Role> roles) {
  Actor a;
  a.agent_id = 7;
  a.roles = std::move(roles);
  return a;
}

struct Expected {
  bool dashboards, oarsa, needs, by_referent, exact;
};

const std::map<Role, Expected>& Table() {
  //                                          dash.  oarsa  needs  by_ref exact
  static const std::map<Role, Expected> t{
      {Role::kAdmin, {true, true, true, true, true}},
      {Role::kCoordinateur, {true, true, true, true, true}},
      {Role::kChargeOrientation, {true, false, true, true, true}},
      {Role::kReferent, {false, false, false, false, false}},
      {Role::kOperateur, {false, false, true, false, false}},
      {Role::kSignataire, {true, true, true, false, false}},
      {Role::kLecteurStats, {true, true, true, false, false}},
  };
  return t;
}

TEST(StatsDisclosureGuardTest, EveryRoleGetsExactlyItsRow) {
  Settings s;
  ASSERT_EQ(Table().size(), AllRoles().size());
  for (Role r : AllRoles()) {
    const Expected& e = Table().at(r);
    const Actor a = With({r});
    SCOPED_TRACE(RoleCode(r));
    EXPECT_EQ(IsAllowed(a, StatsAction::kReadDashboards), e.dashboards);
    EXPECT_EQ(IsAllowed(a, StatsAction::kReadOarsa), e.oarsa);
    EXPECT_EQ(IsAllowed(a, StatsAction::kReadNeeds), e.needs);
    EXPECT_EQ(IsAllowed(a, StatsAction::kBreakDownByReferent), e.by_referent);
    EXPECT_EQ(DisclosureFor(a, s).exact, e.exact);
  }
}

TEST(StatsDisclosureGuardTest, PartnersNeverBreakDownByReferentEvenWithBothRoles) {
  const Actor partner = With({Role::kSignataire, Role::kLecteurStats, Role::kOperateur});
  EXPECT_FALSE(IsAllowed(partner, StatsAction::kBreakDownByReferent));
  auto refused = Authorize(partner, StatsAction::kBreakDownByReferent);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kForbidden);
  EXPECT_NE(refused.error().message.find("référent"), std::string::npos);
  EXPECT_FALSE(DisclosureFor(partner, Settings{}).exact);
}

TEST(StatsDisclosureGuardTest, PartnersSeeTheConfiguredThresholdAndOpenDataIsAlwaysAggregated) {
  Settings s;
  s.small_cell_threshold = 15;
  for (Role r : {Role::kSignataire, Role::kLecteurStats, Role::kOperateur}) {
    EXPECT_EQ(DisclosureFor(With({r}), s).threshold, 15);
  }
  EXPECT_FALSE(OpenDataDisclosure(s).exact);
  EXPECT_EQ(OpenDataDisclosure(s).threshold, 15);
  // Open data is aggregated whoever asks: the rule does not depend on the caller.
  EXPECT_TRUE(DisclosureFor(Actor::System(), s).exact);
}

TEST(StatsDisclosureGuardTest, TheSameTableIsExactForTheDepartementAndProtectedForPartners) {
  stats::CountTable t;
  t.title = "Orientations par parcours";
  t.row_labels = {"Territoire 1", "Territoire 2"};
  t.column_labels = {"social", "professionnel"};
  t.cells = {{3, 40}, {25, 30}};
  Settings s;
  const auto exact = stats::Disclose(t, DisclosureFor(With({Role::kCoordinateur}), s));
  EXPECT_EQ(exact.cells[0][0].value, 3);
  const auto shared = stats::Disclose(t, DisclosureFor(With({Role::kSignataire}), s));
  EXPECT_TRUE(shared.cells[0][0].Hidden());
  EXPECT_TRUE(shared.cells[0][1].Hidden());  // else 43 - 40 = 3
}

}  // namespace
}  // namespace pacte::app
