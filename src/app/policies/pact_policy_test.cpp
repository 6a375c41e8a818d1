#include "app/policies/pact_policy.hpp"

#include <gtest/gtest.h>

namespace pacte::app {
namespace {

Actor With(Role role, std::optional<std::int64_t> institution = std::nullopt) {
  Actor a;
  a.agent_id = 7;
  a.roles = {role};
  a.institution_id = institution;
  return a;
}

TEST(PactPolicy, PermissionTable) {
  struct Row {
    Role role;
    bool read, manage, update, comment;
  };
  const Row rows[] = {
      {Role::kAdmin, true, true, true, true},
      {Role::kCoordinateur, true, true, true, true},
      {Role::kChargeOrientation, true, false, false, false},
      {Role::kReferent, true, false, false, false},
      {Role::kOperateur, true, false, false, false},
      {Role::kSignataire, true, false, true, true},
      {Role::kLecteurStats, true, false, false, false},
  };
  for (const auto& r : rows) {
    const Actor a = With(r.role, 3);
    SCOPED_TRACE(std::string(RoleCode(r.role)));
    EXPECT_EQ(IsAllowed(a, PactAction::kRead), r.read);
    EXPECT_EQ(IsAllowed(a, PactAction::kManage), r.manage);
    EXPECT_EQ(IsAllowed(a, PactAction::kUpdateObjective), r.update);
    EXPECT_EQ(IsAllowed(a, PactAction::kComment), r.comment);
    EXPECT_EQ(IsAllowed(a, PactAction::kReadMyCommitments), r.role == Role::kSignataire);
  }
  EXPECT_FALSE(IsAllowed(Actor{}, PactAction::kRead));
  EXPECT_TRUE(IsAllowed(Actor::System(), PactAction::kManage));
}

TEST(PactPolicy, MyCommitmentsNeedAnInstitution) {
  EXPECT_FALSE(IsAllowed(With(Role::kSignataire), PactAction::kReadMyCommitments));
  auto refused = Authorize(With(Role::kSignataire), PactAction::kReadMyCommitments);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kForbidden);
}

TEST(PactPolicy, SignataireUpdatesOnlyObjectivesItsInstitutionPilots) {
  EXPECT_TRUE(AuthorizeObjectiveUpdate(With(Role::kSignataire, 3), {2, 3}));
  auto other = AuthorizeObjectiveUpdate(With(Role::kSignataire, 4), {2, 3});
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(other.error().message,
            "Votre institution ne pilote pas cet objectif : seules ses institutions pilotes "
            "peuvent saisir ses mesures et modifier ses engagements.");
  EXPECT_FALSE(AuthorizeObjectiveUpdate(With(Role::kSignataire), {2, 3}));
  EXPECT_FALSE(AuthorizeObjectiveUpdate(With(Role::kLecteurStats, 3), {3}));
  EXPECT_TRUE(AuthorizeObjectiveUpdate(With(Role::kCoordinateur), {}));
}

}  // namespace
}  // namespace pacte::app
