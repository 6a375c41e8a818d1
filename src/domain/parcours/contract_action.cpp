#include "domain/parcours/contract_action.hpp"

#include <array>

#include "domain/parcours/field_checks.hpp"

namespace pacte {
namespace {

constexpr std::array<std::string_view, kOarsaActionTypeCount> kLabels{{
    "Activités, stages ou formations destinés à acquérir des compétences professionnelles",
    "Orientation vers un parcours de recherche d'emploi",
    "Insertion par l'activité économique (IAE)",
    "Aide à la réalisation d'un projet de création, de reprise ou de poursuite d'une activité "
    "non salariée",
    "Emploi aidé",
    "Emploi non aidé",
    "Actions facilitant le lien social (développement de l'autonomie sociale, activités "
    "collectives…)",
    "Actions facilitant la mobilité (permis de conduire, acquisition ou location de véhicule, "
    "frais de transport…)",
    "Actions visant l'accès à un logement, au relogement ou à l'amélioration de l'habitat",
    "Actions facilitant l'accès aux soins",
    "Actions visant l'autonomie financière (constitution d'un dossier de surendettement…)",
    "Actions visant la famille et la parentalité (soutien familial, garde d'enfant…)",
    "Lutte contre l'illettrisme ; acquisition des savoirs de base",
    "Autres actions visant l'accès aux droits ou l'aide dans les démarches administratives",
    "Autres actions",
}};

std::string Field(std::size_t i, std::string_view leaf) {
  return "actions[" + std::to_string(i) + "]." + std::string(leaf);
}

}  // namespace

bool IsOarsaActionType(int action_type) {
  return action_type >= 1 && action_type <= kOarsaActionTypeCount;
}

std::string_view OarsaActionTypeLabel(int action_type) {
  if (!IsOarsaActionType(action_type)) return {};
  return kLabels[static_cast<std::size_t>(action_type - 1)];
}

std::vector<ContractAction> ValidateContractActions(const std::vector<ContractActionDraft>& drafts,
                                                    Validation& errors) {
  std::vector<ContractAction> out;
  if (drafts.size() > kContractActionsMax) {
    errors.Add("actions", "Un contrat ne peut pas prévoir plus de 50 actions.");
    return out;
  }
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    auto label = RequiredText(drafts[i].label, kContractActionLabelMax, Field(i, "label"),
                              "Décrivez l'action.", errors);
    bool typed = IsOarsaActionType(drafts[i].action_type);
    if (!typed) {
      errors.Add(Field(i, "action_type"), "Type d'action inconnu : choisir un type de 1 à 15.");
    }
    if (label && typed) out.push_back({*label, drafts[i].action_type, std::nullopt});
  }
  return out;
}

}  // namespace pacte
