#include "web/html/navigation.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace pacte::web {
namespace {

std::vector<std::string> Labels(Role role) {
  app::Actor a;
  a.agent_id = 1;
  a.roles = {role};
  std::vector<std::string> out;
  for (const auto& item : NavigationFor(a, "/structures")) out.push_back(item["label"]);
  return out;
}

TEST(Navigation, FollowsThePolicies) {
  EXPECT_EQ(Labels(Role::kAdmin),
            (std::vector<std::string>{"Accueil", "À traiter", "Bénéficiaires", "Mes rendez-vous",
                                      "Réorientations", "Référents", "Catalogue des actions",
                                      "Prescriptions", "Mes actions", "Programmes PDI",
                                      "Chiffres de l'offre", "Pacte", "Tableau de bord",
                                      "Statistiques OARSA", "Besoins et offre",
                                      "Import data·inclusion", "Imports", "Territoire",
                                      "Institutions",
                                      "Structures", "Agents", "Journal d'audit",
                                      "Délais légaux", "Motifs de rendez-vous",
                                      "Situations (freins)", "Mon compte"}));
  EXPECT_EQ(Labels(Role::kReferent),
            (std::vector<std::string>{"Accueil", "À traiter", "Mes bénéficiaires",
                                      "Bénéficiaires", "Mes rendez-vous", "Référents",
                                      "Catalogue des actions", "Prescriptions", "Pacte", "Territoire",
                                      "Institutions", "Structures", "Mon compte"}));
  // An operator without a structure runs no action: the catalogue only.
  EXPECT_EQ(Labels(Role::kOperateur),
            (std::vector<std::string>{"Accueil", "Bénéficiaires", "Catalogue des actions",
                                      "Pacte", "Besoins et offre", "Territoire",
                                      "Institutions", "Structures", "Mon compte"}));
  app::Actor op;
  op.agent_id = 1;
  op.roles = {Role::kOperateur};
  op.structure_id = 7;
  std::vector<std::string> labels;
  for (const auto& item : NavigationFor(op, "/")) labels.push_back(item["label"]);
  EXPECT_EQ(labels, (std::vector<std::string>{"Accueil", "Bénéficiaires", "Catalogue des actions",
                                              "Prescriptions", "Mes actions", "Chiffres de l'offre",
                                              "Pacte", "Besoins et offre", "Territoire",
                                              "Institutions", "Structures", "Mon compte"}));
  // The orientation officers import spreadsheets.
  auto officer = Labels(Role::kChargeOrientation);
  EXPECT_NE(std::find(officer.begin(), officer.end(), "Imports"), officer.end());
  EXPECT_EQ(Labels(Role::kSignataire),
            (std::vector<std::string>{"Accueil", "Pacte", "Tableau de bord",
                                      "Statistiques OARSA", "Besoins et offre", "Territoire",
                                      "Institutions", "Mon compte"}));
  // A signataire speaking for an institution follows its commitments.
  app::Actor signataire;
  signataire.agent_id = 1;
  signataire.roles = {Role::kSignataire};
  signataire.institution_id = 3;
  std::vector<std::string> theirs;
  for (const auto& item : NavigationFor(signataire, "/")) theirs.push_back(item["label"]);
  EXPECT_EQ(theirs, (std::vector<std::string>{"Accueil", "Pacte", "Mes engagements",
                                              "Tableau de bord", "Statistiques OARSA",
                                              "Besoins et offre", "Territoire", "Institutions",
                                              "Mon compte"}));
}

TEST(Navigation, MarksTheCurrentSection) {
  app::Actor a;
  a.agent_id = 1;
  a.roles = {Role::kCoordinateur};
  for (const auto& item : NavigationFor(a, "/structures/12")) {
    EXPECT_EQ(item["current"].get<bool>(), item["href"] == "/structures") << item["href"];
  }
}

TEST(Navigation, OnlyTheDeepestSectionIsCurrent) {
  app::Actor a;
  a.agent_id = 1;
  a.roles = {Role::kSignataire};
  a.institution_id = 3;
  for (const auto& item : NavigationFor(a, "/pilotage/pacte/mes-engagements")) {
    EXPECT_EQ(item["current"].get<bool>(), item["href"] == "/pilotage/pacte/mes-engagements")
        << item["href"];
  }
}

}  // namespace
}  // namespace pacte::web
