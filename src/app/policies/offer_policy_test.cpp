#include "app/policies/offer_policy.hpp"

#include <gtest/gtest.h>

namespace pacte::app {
namespace {

Actor With(Role role, std::optional<std::int64_t> structure = 7) {
  Actor a;
  a.agent_id = 1;
  a.roles = {role};
  a.structure_id = structure;
  return a;
}

TEST(OfferPolicy, CatalogueIsForPartnersOnly) {
  for (Role r : {Role::kAdmin, Role::kCoordinateur, Role::kChargeOrientation, Role::kReferent,
                 Role::kOperateur}) {
    EXPECT_TRUE(IsAllowed(With(r), OfferAction::kReadCatalogue)) << RoleCode(r);
  }
  EXPECT_FALSE(IsAllowed(With(Role::kSignataire), OfferAction::kReadCatalogue));
  EXPECT_FALSE(IsAllowed(With(Role::kLecteurStats), OfferAction::kExportCatalogue));
}

TEST(OfferPolicy, AnOperatorManagesAndAnswersForItsOwnStructureOnly) {
  const Actor op = With(Role::kOperateur, 7);
  EXPECT_TRUE(IsAllowedOn(op, OfferAction::kManageAction, 7));
  EXPECT_FALSE(IsAllowedOn(op, OfferAction::kManageAction, 8));
  EXPECT_TRUE(IsAllowedOn(op, OfferAction::kAnswerPrescription, 7));
  EXPECT_FALSE(IsAllowedOn(op, OfferAction::kAnswerPrescription, 8));
  EXPECT_EQ(OwnStructureRestriction(op, OfferAction::kReadOfferFigures), 7);
  EXPECT_FALSE(IsAllowed(op, OfferAction::kManageProgrammes));
  EXPECT_FALSE(IsAllowed(op, OfferAction::kPrescribe));
  EXPECT_FALSE(IsAllowed(With(Role::kOperateur, std::nullopt), OfferAction::kManageAction));
  auto refused = AuthorizeOn(op, OfferAction::kAnswerPrescription, 8);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kForbidden);
}

TEST(OfferPolicy, CoordinatorsManageEverythingButDoNotPrescribeOrAnswer) {
  const Actor coord = With(Role::kCoordinateur);
  EXPECT_TRUE(IsAllowedOn(coord, OfferAction::kManageAction, 99));
  EXPECT_TRUE(IsAllowed(coord, OfferAction::kImportCatalogue));
  EXPECT_FALSE(OwnStructureRestriction(coord, OfferAction::kReadOfferFigures).has_value());
  EXPECT_FALSE(IsAllowed(coord, OfferAction::kPrescribe));
  EXPECT_FALSE(IsAllowedOn(coord, OfferAction::kAnswerPrescription, 7));
  EXPECT_TRUE(IsAllowed(With(Role::kReferent), OfferAction::kPrescribe));
  EXPECT_TRUE(IsAllowed(Actor::System(), OfferAction::kAnswerPrescription));
}

}  // namespace
}  // namespace pacte::app
