#include "domain/parcours/reorientation_request.hpp"

#include "domain/common/text.hpp"
#include "domain/parcours/code_list.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte {
namespace {

constexpr std::array<CodeLabel<ReorientationStatus>, 3> kStatuses{{
    {ReorientationStatus::kEnAttente, "en_attente", "En attente de décision"},
    {ReorientationStatus::kAcceptee, "acceptee", "Acceptée"},
    {ReorientationStatus::kRefusee, "refusee", "Refusée"},
}};

}  // namespace

std::string_view ReorientationStatusCode(ReorientationStatus s) {
  return EntryOf(kStatuses, s).code;
}
std::string_view ReorientationStatusLabel(ReorientationStatus s) {
  return EntryOf(kStatuses, s).label;
}
std::optional<ReorientationStatus> ParseReorientationStatus(std::string_view code) {
  return ValueOf(kStatuses, code);
}
const std::vector<ReorientationStatus>& AllReorientationStatuses() {
  static const auto all = ValuesOf(kStatuses);
  return all;
}

ReorientationRequestFields ValidateReorientationRequest(const ReorientationRequestDraft& draft,
                                                        Validation& errors) {
  ReorientationRequestFields out;
  auto motive = RequiredText(draft.motive, kReorientationTextMax, "motive",
                             "Indiquez le motif de la demande.", errors);
  if (motive) out.motive = *motive;
  if (draft.proposed_parcours.empty()) {
    errors.Add("proposed_parcours", "Choisissez le parcours proposé.");
  } else if (auto p = ParseParcours(draft.proposed_parcours)) {
    out.proposed_parcours = *p;
  } else {
    errors.Add("proposed_parcours",
               "Parcours inconnu : professionnel, socio-professionnel ou social.");
  }
  return out;
}

Result<ReorientationStatus> DecideReorientation(ReorientationStatus from, ReorientationStatus to,
                                                std::string_view decision_reason) {
  if (from != ReorientationStatus::kEnAttente) {
    return Fail(Error::Conflict(
        "reorientation.already_decided",
        "Cette demande de réorientation a déjà été " +
            std::string(from == ReorientationStatus::kAcceptee ? "acceptée." : "refusée."),
        "status"));
  }
  if (to == ReorientationStatus::kEnAttente) {
    return Fail(Error::Invalid("reorientation.invalid_decision",
                               "Choisissez d'accepter ou de refuser la demande.", "status"));
  }
  if (to == ReorientationStatus::kRefusee && Trim(decision_reason).empty()) {
    return Fail(Error::Invalid("reorientation.reason_required", "Indiquez le motif du refus.",
                               "decision_reason"));
  }
  return to;
}

}  // namespace pacte
