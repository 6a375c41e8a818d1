#pragma once
// The person's contract (CER, PPAE, contrat d'engagement) and its life cycle:
//   brouillon ──sign──▶ signe ──▶ termine   (reached its end, or closed normally)
//                          └────▶ resilie   (ended early)
// termine and resilie are final; a renewal is a new contract.

#include <optional>
#include <string_view>
#include <vector>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte {

enum class ContractType {
  kCerProfessionnel,   // "cer_professionnel": CER of a professional path (not France Travail)
  kCerSocial,          // "cer_social": CER of a social or socio-professional path
  kPpae,               // "ppae": projet personnalisé d'accès à l'emploi (France Travail)
  kContratEngagement,  // "contrat_engagement": the single contract from 2025
};

std::string_view ContractTypeCode(ContractType t);
std::string_view ContractTypeLabel(ContractType t);
std::optional<ContractType> ParseContractType(std::string_view code);
const std::vector<ContractType>& AllContractTypes();

enum class ContractStatus {
  kBrouillon,  // "brouillon": being prepared, not binding
  kSigne,      // "signe": signed, binding between its start and end dates
  kTermine,    // "termine": ended
  kResilie,    // "resilie": ended early
};

std::string_view ContractStatusCode(ContractStatus s);
std::string_view ContractStatusLabel(ContractStatus s);
std::optional<ContractStatus> ParseContractStatus(std::string_view code);
const std::vector<ContractStatus>& AllContractStatuses();

// True for termine and resilie.
bool IsFinal(ContractStatus s);

// The statuses reachable from `from` (for the buttons of a contract page).
std::vector<ContractStatus> NextContractStatuses(ContractStatus from);

// The status after moving a contract from `from` to `to`. `signed_on` is the contract's
// signature date, required to sign. Errors (French, on field "status" unless said):
// Conflict `contract.same_status`, Conflict `contract.final_status` (from termine/resilie),
// Conflict `contract.invalid_transition` (brouillon → termine/resilie, signe → brouillon),
// Invalid `contract.signature_date_required` on field signed_on.
Result<ContractStatus> ChangeContractStatus(ContractStatus from, ContractStatus to,
                                            const std::optional<Date>& signed_on);

}  // namespace pacte
