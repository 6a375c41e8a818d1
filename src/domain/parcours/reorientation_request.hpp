#pragma once
// A référent's request to re-orient a person: motive and proposed parcours. A chargé
// d'orientation accepts it (which records a new orientation) or refuses it with a reason.
//   en_attente ──accept──▶ acceptee
//        └──────refuse──▶ refusee (reason required)
// A decided request is final.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/error.hpp"
#include "domain/parcours/parcours.hpp"

namespace pacte {

enum class ReorientationStatus {
  kEnAttente,  // "en_attente"
  kAcceptee,   // "acceptee"
  kRefusee,    // "refusee"
};

std::string_view ReorientationStatusCode(ReorientationStatus s);
std::string_view ReorientationStatusLabel(ReorientationStatus s);
std::optional<ReorientationStatus> ParseReorientationStatus(std::string_view code);
const std::vector<ReorientationStatus>& AllReorientationStatuses();

struct ReorientationRequestDraft {
  std::string motive;
  std::string proposed_parcours;  // a Parcours code
};

struct ReorientationRequestFields {
  std::string motive;
  Parcours proposed_parcours = Parcours::kProfessionnel;
};

inline constexpr std::size_t kReorientationTextMax = 2000;

// Checks a request. Fields at fault: motive (missing or too long), proposed_parcours (missing
// or unknown). The same parcours as the current one is allowed: the request may be about the
// structure. Result meaningful only when errors.Ok().
ReorientationRequestFields ValidateReorientationRequest(const ReorientationRequestDraft& draft,
                                                        Validation& errors);

// The status after deciding a request currently `from`, towards `to` (acceptee or refusee).
// Errors: Conflict `reorientation.already_decided` when `from` is not en_attente; Invalid
// `reorientation.invalid_decision` (field status) when `to` is en_attente; Invalid
// `reorientation.reason_required` (field decision_reason) when refusing without a reason.
Result<ReorientationStatus> DecideReorientation(ReorientationStatus from, ReorientationStatus to,
                                                std::string_view decision_reason);

}  // namespace pacte
