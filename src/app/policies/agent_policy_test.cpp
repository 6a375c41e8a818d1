// Permission table of the agent policy: deny by default, admins manage, agents read
// themselves.

#include "app/policies/agent_policy.hpp"

#include <gtest/gtest.h>

namespace pacte::app {
namespace {

Actor With(std::int64_t id, std::vector<Role> roles) {
  Actor a;
  a.agent_id = id;
  a.roles = std::move(roles);
  return a;
}

TEST(AgentPolicy, OnlyAdminsManageAgents) {
  EXPECT_TRUE(CanManageAgents(With(1, {Role::kAdmin})));
  EXPECT_TRUE(CanManageAgents(Actor::System()));
  for (Role r : AllRoles()) {
    if (r == Role::kAdmin) continue;
    EXPECT_FALSE(CanManageAgents(With(1, {r}))) << RoleCode(r);
  }
  EXPECT_FALSE(CanManageAgents(With(1, {})));
  auto denied = RequireManageAgents(With(1, {Role::kReferent}));
  ASSERT_FALSE(denied);
  EXPECT_EQ(denied.error().kind, ErrorKind::kForbidden);
}

TEST(AgentPolicy, AnyAgentReadsOnlyTheirOwnAccount) {
  Actor referent = With(7, {Role::kReferent});
  EXPECT_TRUE(CanReadAgent(referent, 7));
  EXPECT_FALSE(CanReadAgent(referent, 8));
  EXPECT_FALSE(CanReadAgent(With(7, {}), 8));
  EXPECT_TRUE(CanReadAgent(With(7, {}), 7));
  EXPECT_TRUE(CanReadAgent(With(1, {Role::kAdmin}), 8));
  EXPECT_FALSE(RequireReadAgent(referent, 8));
  EXPECT_TRUE(RequireReadAgent(referent, 7));
}

}  // namespace
}  // namespace pacte::app
