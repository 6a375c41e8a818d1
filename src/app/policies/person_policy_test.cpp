#include "app/policies/person_policy.hpp"

#include <gtest/gtest.h>

namespace pacte::app {
namespace {

Actor ActorWith(Role role, std::int64_t agent_id = 7, std::optional<std::int64_t> structure = 3,
                std::optional<std::int64_t> territory = std::nullopt) {
  Actor a;
  a.agent_id = agent_id;
  a.roles = {role};
  a.structure_id = structure;
  a.territory_id = territory;
  return a;
}

PersonScope Scope(std::optional<std::int64_t> structure, std::optional<std::int64_t> referent,
                  std::optional<std::int64_t> referent_structure = std::nullopt,
                  std::optional<std::int64_t> territory = 1) {
  PersonScope s;
  s.territory_id = territory;
  s.structure_id = structure;
  s.referent_agent_id = referent;
  s.referent_structure_id = referent_structure;
  return s;
}

TEST(PersonPolicy, ReferentSeesTheirStructureAndEditsOnlyTheirCaseload) {
  const Actor referent = ActorWith(Role::kReferent, 7, 3);
  EXPECT_TRUE(CanSee(referent, Scope(3, 8, 3)));
  EXPECT_FALSE(IsAllowed(referent, PersonAction::kEdit, Scope(3, 8, 3)));
  EXPECT_TRUE(IsAllowed(referent, PersonAction::kEdit, Scope(3, 7, 3)));
  // No référent yet, oriented to the actor's structure: the structure may take it on.
  EXPECT_TRUE(IsAllowed(referent, PersonAction::kEdit, Scope(3, std::nullopt)));
  // Followed by a référent of the actor's structure although oriented elsewhere.
  EXPECT_TRUE(CanSee(referent, Scope(9, 7, 3)));
  EXPECT_FALSE(CanSee(referent, Scope(9, 12, 9)));
  EXPECT_FALSE(CanSee(referent, Scope(std::nullopt, std::nullopt)));
  EXPECT_FALSE(IsAllowed(referent, PersonAction::kOrient, Scope(3, 7, 3)));
}

TEST(PersonPolicy, ChargeOrientationIsLimitedToTheirTerritory) {
  const Actor officer = ActorWith(Role::kChargeOrientation, 5, std::nullopt, 1);
  EXPECT_TRUE(IsAllowed(officer, PersonAction::kOrient, Scope(std::nullopt, std::nullopt)));
  EXPECT_FALSE(CanSee(officer, Scope(3, 7, 3, 2)));
  const Actor departement = ActorWith(Role::kChargeOrientation, 5, std::nullopt, std::nullopt);
  EXPECT_TRUE(CanSee(departement, Scope(3, 7, 3, 2)));
  EXPECT_TRUE(IsAllowed(departement, PersonAction::kViewHealth, Scope(3, 7, 3, 2)));
}

TEST(PersonPolicy, SignatoriesAndStatisticsReadersSeeNoPerson) {
  for (Role role : {Role::kSignataire, Role::kLecteurStats}) {
    const Actor a = ActorWith(role);
    EXPECT_FALSE(CanSee(a, Scope(3, 7, 3)));
    EXPECT_TRUE(VisibilityOf(a).none);
    EXPECT_FALSE(AuthorizePersons(a, PersonAction::kList).has_value());
  }
}

TEST(PersonPolicy, OperatorSeesOnlyPrescribedPeopleAndNeverHealthOrNir) {
  const Actor op = ActorWith(Role::kOperateur, 9, 4);
  PersonScope s = Scope(3, 7, 3);
  EXPECT_FALSE(CanSee(op, s));
  s.prescribed_to_actor_structure = true;
  EXPECT_TRUE(CanSee(op, s));
  EXPECT_FALSE(IsAllowed(op, PersonAction::kViewHealth, s));
  EXPECT_FALSE(IsAllowed(op, PersonAction::kViewNir, s));
  EXPECT_FALSE(IsAllowed(op, PersonAction::kEdit, s));
  EXPECT_TRUE(VisibilityOf(op).only_prescribed);
}

TEST(PersonPolicy, CoordinatorSeesButNeitherHealthNorNir) {
  const Actor coord = ActorWith(Role::kCoordinateur, 2, std::nullopt);
  EXPECT_TRUE(CanSee(coord, Scope(3, 7, 3)));
  EXPECT_FALSE(IsAllowed(coord, PersonAction::kViewHealth, Scope(3, 7, 3)));
  EXPECT_FALSE(IsAllowed(coord, PersonAction::kViewNir, Scope(3, 7, 3)));
  EXPECT_TRUE(AuthorizePersons(coord, PersonAction::kTransferCaseload).has_value());
}

TEST(PersonPolicy, InvisiblePersonIsNotFoundAndVisibleButForbiddenIs403) {
  const Actor referent = ActorWith(Role::kReferent, 7, 3);
  auto hidden = AuthorizePerson(referent, PersonAction::kEdit, Scope(9, 12, 9));
  ASSERT_FALSE(hidden.has_value());
  EXPECT_EQ(hidden.error().kind, ErrorKind::kNotFound);
  auto forbidden = AuthorizePerson(referent, PersonAction::kEdit, Scope(3, 8, 3));
  ASSERT_FALSE(forbidden.has_value());
  EXPECT_EQ(forbidden.error().kind, ErrorKind::kForbidden);
}

}  // namespace
}  // namespace pacte::app

namespace pacte::app {
namespace {

TEST(PersonPolicyPrescriptions, OperatorSeesOnlyNameContactAndReferentOfPrescribedPeople) {
  Actor op;
  op.agent_id = 9;
  op.structure_id = 4;
  op.roles = {Role::kOperateur};
  PersonScope s;
  s.structure_id = 3;
  EXPECT_FALSE(IsAllowed(op, PersonAction::kViewLimited, s));
  EXPECT_EQ(AuthorizePerson(op, PersonAction::kViewLimited, s).error().kind,
            ErrorKind::kNotFound);
  s.prescribed_to_actor_structure = true;
  EXPECT_TRUE(IsAllowed(op, PersonAction::kViewLimited, s));
  EXPECT_FALSE(IsAllowed(op, PersonAction::kView, s));
  auto file = AuthorizePerson(op, PersonAction::kView, s);
  ASSERT_FALSE(file.has_value());
  EXPECT_EQ(file.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(file.error().message,
            "Vous ne voyez de cette personne que son nom, ses coordonnées et son référent, "
            "depuis les prescriptions reçues par votre structure.");
}

TEST(PersonPolicyPrescriptions, WhoeverSeesTheFileSeesTheLimitedView) {
  Actor ref;
  ref.agent_id = 7;
  ref.structure_id = 3;
  ref.roles = {Role::kReferent};
  PersonScope mine;
  mine.structure_id = 3;
  EXPECT_TRUE(IsAllowed(ref, PersonAction::kViewLimited, mine));
  PersonScope other;
  other.structure_id = 8;
  other.prescribed_to_actor_structure = true;  // only an operateur's access uses it
  EXPECT_FALSE(IsAllowed(ref, PersonAction::kViewLimited, other));
  EXPECT_TRUE(IsAllowed(Actor::System("test"), PersonAction::kViewLimited, other));
}

}  // namespace
}  // namespace pacte::app
