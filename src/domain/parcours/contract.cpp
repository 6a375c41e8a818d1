#include "domain/parcours/contract.hpp"

#include <string>

#include "domain/parcours/code_list.hpp"

namespace pacte {
namespace {

constexpr std::array<CodeLabel<ContractType>, 4> kTypes{{
    {ContractType::kCerProfessionnel, "cer_professionnel", "CER professionnel"},
    {ContractType::kCerSocial, "cer_social", "CER social"},
    {ContractType::kPpae, "ppae", "Projet personnalisé d'accès à l'emploi (PPAE)"},
    {ContractType::kContratEngagement, "contrat_engagement", "Contrat d'engagement"},
}};

constexpr std::array<CodeLabel<ContractStatus>, 4> kStatuses{{
    {ContractStatus::kBrouillon, "brouillon", "Brouillon"},
    {ContractStatus::kSigne, "signe", "Signé"},
    {ContractStatus::kTermine, "termine", "Terminé"},
    {ContractStatus::kResilie, "resilie", "Résilié"},
}};

Error TransitionError(std::string code, std::string message) {
  return Error::Conflict(std::move(code), std::move(message), "status");
}

std::string Quoted(ContractStatus s) { return "« " + std::string(ContractStatusLabel(s)) + " »"; }

}  // namespace

std::string_view ContractTypeCode(ContractType t) { return EntryOf(kTypes, t).code; }
std::string_view ContractTypeLabel(ContractType t) { return EntryOf(kTypes, t).label; }
std::optional<ContractType> ParseContractType(std::string_view code) {
  return ValueOf(kTypes, code);
}
const std::vector<ContractType>& AllContractTypes() {
  static const auto all = ValuesOf(kTypes);
  return all;
}

std::string_view ContractStatusCode(ContractStatus s) { return EntryOf(kStatuses, s).code; }
std::string_view ContractStatusLabel(ContractStatus s) { return EntryOf(kStatuses, s).label; }
std::optional<ContractStatus> ParseContractStatus(std::string_view code) {
  return ValueOf(kStatuses, code);
}
const std::vector<ContractStatus>& AllContractStatuses() {
  static const auto all = ValuesOf(kStatuses);
  return all;
}

bool IsFinal(ContractStatus s) {
  return s == ContractStatus::kTermine || s == ContractStatus::kResilie;
}

std::vector<ContractStatus> NextContractStatuses(ContractStatus from) {
  switch (from) {
    case ContractStatus::kBrouillon:
      return {ContractStatus::kSigne};
    case ContractStatus::kSigne:
      return {ContractStatus::kTermine, ContractStatus::kResilie};
    case ContractStatus::kTermine:
    case ContractStatus::kResilie:
      return {};
  }
  return {};
}

Result<ContractStatus> ChangeContractStatus(ContractStatus from, ContractStatus to,
                                            const std::optional<Date>& signed_on) {
  if (from == to) {
    return Fail(TransitionError("contract.same_status",
                                "Le contrat est déjà au statut " + Quoted(from) + "."));
  }
  if (IsFinal(from)) {
    return Fail(TransitionError("contract.final_status",
                                "Un contrat au statut " + Quoted(from) +
                                    " ne peut plus changer de statut : créez un nouveau "
                                    "contrat."));
  }
  if (from == ContractStatus::kBrouillon && to != ContractStatus::kSigne) {
    return Fail(TransitionError("contract.invalid_transition",
                                "Un brouillon doit être signé avant d'être terminé ou "
                                "résilié."));
  }
  if (from == ContractStatus::kSigne && to == ContractStatus::kBrouillon) {
    return Fail(TransitionError("contract.invalid_transition",
                                "Un contrat signé ne peut pas redevenir un brouillon."));
  }
  if (to == ContractStatus::kSigne && !signed_on) {
    return Fail(Error::Invalid("contract.signature_date_required", "Indiquez la date de signature.",
                               "signed_on"));
  }
  return to;
}

}  // namespace pacte
