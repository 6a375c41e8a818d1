#include "app/policies/audit_policy.hpp"

#include <gtest/gtest.h>

namespace pacte::app {
namespace {

Actor WithRoles(std::vector<Role> roles) {
  Actor a;
  a.agent_id = 5;
  a.roles = std::move(roles);
  return a;
}

// Permission table: only admin may read the audit trail.
TEST(AuditPolicy, OnlyAdminsReadTheTrail) {
  const std::vector<std::pair<Role, bool>> table{
      {Role::kAdmin, true},           {Role::kCoordinateur, false},
      {Role::kChargeOrientation, false}, {Role::kReferent, false},
      {Role::kOperateur, false},      {Role::kSignataire, false},
      {Role::kLecteurStats, false},
  };
  ASSERT_EQ(table.size(), AllRoles().size());
  for (const auto& [role, allowed] : table) {
    EXPECT_EQ(CanReadAudit(WithRoles({role})), allowed) << RoleCode(role);
    EXPECT_EQ(AuthorizeAuditRead(WithRoles({role})).has_value(), allowed) << RoleCode(role);
  }
}

TEST(AuditPolicy, NoRoleIsDenied) {
  auto denied = AuthorizeAuditRead(WithRoles({}));
  ASSERT_FALSE(denied);
  EXPECT_EQ(denied.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(denied.error().message, "Le journal d'audit est réservé aux administrateur·rices.");
}

TEST(AuditPolicy, AdminAmongOtherRolesIsAllowed) {
  EXPECT_TRUE(CanReadAudit(WithRoles({Role::kReferent, Role::kAdmin})));
}

TEST(AuditPolicy, SystemActorIsAllowed) { EXPECT_TRUE(CanReadAudit(Actor::System())); }

}  // namespace
}  // namespace pacte::app
