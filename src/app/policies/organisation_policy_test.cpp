// The permission table of organisation_policy.hpp, role by role and action by action.

#include "app/policies/organisation_policy.hpp"

#include <array>
#include <map>
#include <utility>

#include <gtest/gtest.h>

namespace pacte::app {
namespace {

using A = OrganisationAction;

Actor WithRole(Role r) {
  Actor a;
  a.agent_id = 7;
  a.roles = {r};
  return a;
}

// role → {read territory, import territory, read inst., manage inst., read struct., manage struct.}
const std::map<Role, std::array<bool, 6>> kTable{
    {Role::kAdmin, {true, true, true, true, true, true}},
    {Role::kCoordinateur, {true, false, true, true, true, true}},
    {Role::kChargeOrientation, {true, false, true, false, true, false}},
    {Role::kReferent, {true, false, true, false, true, false}},
    {Role::kOperateur, {true, false, true, false, true, false}},
    {Role::kSignataire, {true, false, true, false, false, false}},
    {Role::kLecteurStats, {true, false, true, false, false, false}},
};

constexpr std::array<A, 6> kActions{A::kReadTerritory,    A::kImportTerritory,
                                    A::kReadInstitutions, A::kManageInstitutions,
                                    A::kReadStructures,   A::kManageStructures};

TEST(OrganisationPolicy, PermissionTable) {
  ASSERT_EQ(kTable.size(), AllRoles().size());
  for (const auto& [role, allowed] : kTable) {
    for (std::size_t i = 0; i < kActions.size(); ++i) {
      EXPECT_EQ(IsAllowed(WithRole(role), kActions[i]), allowed[i])
          << RoleCode(role) << " action " << i;
      EXPECT_EQ(Authorize(WithRole(role), kActions[i]).has_value(), allowed[i]);
    }
  }
}

TEST(OrganisationPolicy, DeniesAnActorWithoutRoles) {
  Actor nobody;
  nobody.agent_id = 9;
  for (A a : kActions) EXPECT_FALSE(IsAllowed(nobody, a));
  auto denied = Authorize(nobody, A::kReadTerritory);
  ASSERT_FALSE(denied);
  EXPECT_EQ(denied.error().kind, ErrorKind::kForbidden);
}

TEST(OrganisationPolicy, SystemActorMayDoEverything) {
  for (A a : kActions) EXPECT_TRUE(IsAllowed(Actor::System(), a));
}

TEST(OrganisationPolicy, RefusalsAreExplainedInFrench) {
  auto denied = Authorize(WithRole(Role::kReferent), A::kManageStructures);
  ASSERT_FALSE(denied);
  EXPECT_NE(denied.error().message.find("coordinateurs du pacte"), std::string::npos);
}

}  // namespace
}  // namespace pacte::app
