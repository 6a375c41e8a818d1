// Every code list of the parcours: codes round-trip, labels are French and non-empty, and the
// codes are exactly those of the reference documents (data and API depend on them).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/parcours/appointment.hpp"
#include "domain/parcours/contract.hpp"
#include "domain/parcours/contract_action.hpp"
#include "domain/parcours/orientation_criteria.hpp"
#include "domain/parcours/parcours.hpp"
#include "domain/parcours/parcours_exit.hpp"
#include "domain/parcours/reorientation_request.hpp"

namespace pacte {
namespace {

template <class E, class CodeFn, class LabelFn, class ParseFn>
std::vector<std::string> CheckList(const std::vector<E>& all, CodeFn code, LabelFn label,
                                   ParseFn parse) {
  std::vector<std::string> codes;
  for (E value : all) {
    EXPECT_EQ(parse(code(value)), value) << code(value);
    EXPECT_FALSE(label(value).empty()) << code(value);
    codes.emplace_back(code(value));
  }
  EXPECT_FALSE(parse("inconnu"));
  EXPECT_FALSE(parse(""));
  return codes;
}

using Codes = std::vector<std::string>;

TEST(ParcoursCodes, Parcours) {
  EXPECT_EQ(CheckList(AllParcours(), ParcoursCode, ParcoursLabel, ParseParcours),
            (Codes{"professionnel", "socio_professionnel", "social"}));
  EXPECT_EQ(ParcoursLabel(Parcours::kSocioProfessionnel), "Socio-professionnel");
  EXPECT_FALSE(ParseParcours("Social")) << "codes are case-sensitive";
}

TEST(ParcoursCodes, DecisionMakers) {
  EXPECT_EQ(
      CheckList(AllDecisionMakers(), DecisionMakerCode, DecisionMakerLabel, ParseDecisionMaker),
      (Codes{"pcd", "france_travail", "caf"}));
  EXPECT_EQ(DecisionMakerLabel(OrientationDecisionMaker::kPcd),
            "Président du conseil départemental");
}

TEST(ParcoursCodes, OrientationCriteria) {
  EXPECT_EQ(CheckList(AllEmploymentSituations(), EmploymentSituationCode, EmploymentSituationLabel,
                      ParseEmploymentSituation),
            (Codes{"en_emploi", "en_formation", "en_recherche_emploi", "sans_activite"}));
  EXPECT_EQ(CheckList(AllQualificationLevels(), QualificationLevelCode, QualificationLevelLabel,
                      ParseQualificationLevel),
            (Codes{"infra_cap", "cap_bep", "bac", "superieur_bac"}));
  EXPECT_EQ(CheckList(AllProfessionalProjects(), ProfessionalProjectCode, ProfessionalProjectLabel,
                      ParseProfessionalProject),
            (Codes{"defini", "a_preciser", "aucun"}));
  // Difficulties and impacts are the diagnostic referential's, tested in beneficiary/.
}

TEST(ParcoursCodes, ReorientationStatuses) {
  EXPECT_EQ(CheckList(AllReorientationStatuses(), ReorientationStatusCode, ReorientationStatusLabel,
                      ParseReorientationStatus),
            (Codes{"en_attente", "acceptee", "refusee"}));
  EXPECT_EQ(ReorientationStatusLabel(ReorientationStatus::kRefusee), "Refusée");
}

TEST(ParcoursCodes, ContractTypesAndStatuses) {
  EXPECT_EQ(CheckList(AllContractTypes(), ContractTypeCode, ContractTypeLabel, ParseContractType),
            (Codes{"cer_professionnel", "cer_social", "ppae", "contrat_engagement"}));
  EXPECT_EQ(CheckList(AllContractStatuses(), ContractStatusCode, ContractStatusLabel,
                      ParseContractStatus),
            (Codes{"brouillon", "signe", "termine", "resilie"}));
  EXPECT_EQ(ContractTypeLabel(ContractType::kContratEngagement), "Contrat d'engagement");
  EXPECT_EQ(ContractStatusLabel(ContractStatus::kResilie), "Résilié");
}

TEST(ParcoursCodes, AppointmentModesAndStatuses) {
  EXPECT_EQ(CheckList(AllAppointmentModes(), AppointmentModeCode, AppointmentModeLabel,
                      ParseAppointmentMode),
            (Codes{"sur_place", "telephone", "visio"}));
  EXPECT_EQ(CheckList(AllAppointmentStatuses(), AppointmentStatusCode, AppointmentStatusLabel,
                      ParseAppointmentStatus),
            (Codes{"a_venir", "honore", "excuse", "annule", "absent"}));
  EXPECT_EQ(AppointmentStatusLabel(AppointmentStatus::kHonore), "Honoré");
  EXPECT_EQ(AppointmentModeLabel(AppointmentMode::kTelephone), "Téléphone");
}

TEST(ParcoursCodes, ExitReasons) {
  EXPECT_EQ(CheckList(AllExitReasons(), ExitReasonCode, ExitReasonLabel, ParseExitReason),
            (Codes{"emploi_durable", "emploi_temporaire", "formation_qualifiante",
                   "creation_activite", "fin_de_droit", "demenagement", "autre"}));
  EXPECT_EQ(ExitReasonLabel(ExitReason::kCreationActivite), "Création d'activité");
}

TEST(ParcoursCodes, OarsaActionTypes) {
  for (int t = 1; t <= 15; ++t) {
    EXPECT_TRUE(IsOarsaActionType(t));
    EXPECT_FALSE(OarsaActionTypeLabel(t).empty()) << t;
  }
  EXPECT_FALSE(IsOarsaActionType(0));
  EXPECT_FALSE(IsOarsaActionType(16));
  EXPECT_TRUE(OarsaActionTypeLabel(16).empty());
  EXPECT_EQ(OarsaActionTypeLabel(3), "Insertion par l'activité économique (IAE)");
  EXPECT_EQ(OarsaActionTypeLabel(15), "Autres actions");
}

}  // namespace
}  // namespace pacte
