#include "app/policies/intake_policy.hpp"

#include <gtest/gtest.h>

namespace pacte::app {
namespace {

Actor IntakeActor(Role role, std::int64_t agent_id = 1) {
  Actor a;
  a.agent_id = agent_id;
  a.roles = {role};
  return a;
}

TEST(IntakePolicy, OnlyManagersImportCafFlux) {
  EXPECT_TRUE(IsAllowed(IntakeActor(Role::kAdmin), IntakeAction::kImportCaf));
  EXPECT_TRUE(IsAllowed(IntakeActor(Role::kCoordinateur), IntakeAction::kImportCaf));
  for (Role r : {Role::kChargeOrientation, Role::kReferent, Role::kOperateur, Role::kSignataire,
                 Role::kLecteurStats}) {
    EXPECT_FALSE(IsAllowed(IntakeActor(r), IntakeAction::kImportCaf)) << RoleCode(r);
  }
  auto refused = Authorize(IntakeActor(Role::kReferent), IntakeAction::kImportCaf);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kForbidden);
  EXPECT_NE(refused.error().message.find("CAF"), std::string::npos);
}

TEST(IntakePolicy, OrientationOfficersImportSpreadsheetsAndFollowOnlyTheirOwn) {
  const Actor officer = IntakeActor(Role::kChargeOrientation, 5);
  EXPECT_TRUE(IsAllowed(officer, IntakeAction::kImportSpreadsheet));
  EXPECT_TRUE(IsAllowed(officer, IntakeAction::kManageMappings));
  EXPECT_TRUE(MayFollowImport(officer, 5));
  EXPECT_FALSE(MayFollowImport(officer, 6));
  EXPECT_FALSE(MayFollowImport(officer, std::nullopt));
  EXPECT_TRUE(MayFollowImport(IntakeActor(Role::kCoordinateur), 6));
  EXPECT_FALSE(IsAllowed(IntakeActor(Role::kReferent), IntakeAction::kImportSpreadsheet));
  EXPECT_FALSE(MayFollowImport(IntakeActor(Role::kReferent, 5), 5));
}

TEST(IntakePolicy, ListExportsAreForThoseWhoAccompanyPersons) {
  EXPECT_TRUE(IsAllowed(IntakeActor(Role::kReferent), IntakeAction::kExportPersonList));
  EXPECT_TRUE(IsAllowed(IntakeActor(Role::kChargeOrientation), IntakeAction::kExportPersonList));
  for (Role r : {Role::kOperateur, Role::kSignataire, Role::kLecteurStats}) {
    EXPECT_FALSE(IsAllowed(IntakeActor(r), IntakeAction::kExportPersonList)) << RoleCode(r);
  }
}

}  // namespace
}  // namespace pacte::app
