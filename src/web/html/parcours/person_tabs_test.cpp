#include "web/html/parcours/person_tabs.hpp"

#include <gtest/gtest.h>

namespace pacte::web {
namespace {

std::vector<std::string> Labels(Role role) {
  app::Actor a;
  a.agent_id = 1;
  a.roles = {role};
  std::vector<std::string> out;
  const auto json = PersonTabsJson(a, 7, "Mme Awa DIALLO", "fiche");
  for (const auto& tab : json["tabs"]) {
    out.push_back(tab["label"]);
  }
  return out;
}

TEST(PersonTabs, PersonalDataTabOnlyForRolesThatMayExport) {
  const std::vector<std::string> all{"Fiche", "Orientation et référent", "Diagnostic",
                                     "Contrats", "Rendez-vous", "Notes", "Prescriptions", "Journal",
                                     "Données personnelles"};
  EXPECT_EQ(Labels(Role::kReferent), all);
  EXPECT_EQ(Labels(Role::kAdmin), all);
  EXPECT_EQ(Labels(Role::kChargeOrientation), all);
  auto without = all;
  without.pop_back();
  EXPECT_EQ(Labels(Role::kCoordinateur), without);
}

TEST(PersonTabs, MarksTheActiveTabAndLinksToThePerson) {
  app::Actor a;
  a.roles = {Role::kReferent};
  auto json = PersonTabsJson(a, 7, "Mme Awa DIALLO", "notes");
  EXPECT_EQ(json["href"], "/beneficiaires/7");
  for (const auto& tab : json["tabs"]) {
    EXPECT_EQ(tab["current"].get<bool>(), tab["label"] == "Notes") << tab["label"];
  }
  EXPECT_EQ(json["tabs"][5]["href"], "/beneficiaires/7/notes");
}

}  // namespace
}  // namespace pacte::web
