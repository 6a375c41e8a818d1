#include "domain/parcours/parcours_review.hpp"

#include "domain/parcours/code_list.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte {
namespace {

constexpr std::array<CodeLabel<ReviewKind>, 2> kKinds{{
    {ReviewKind::kEquipePluridisciplinaire, "equipe_pluridisciplinaire",
     "Équipe pluridisciplinaire"},
    {ReviewKind::kRevueConjointe, "revue_conjointe", "Revue conjointe"},
}};

}  // namespace

std::string_view ReviewKindCode(ReviewKind k) { return EntryOf(kKinds, k).code; }
std::string_view ReviewKindLabel(ReviewKind k) { return EntryOf(kKinds, k).label; }
std::optional<ReviewKind> ParseReviewKind(std::string_view code) { return ValueOf(kKinds, code); }
const std::vector<ReviewKind>& AllReviewKinds() {
  static const auto all = ValuesOf(kKinds);
  return all;
}

ReviewFields ValidateReview(const ReviewDraft& draft, Date today, Validation& errors) {
  ReviewFields out;
  if (auto date = RequiredDate(draft.reviewed_on, "reviewed_on", errors)) {
    if (*date > today) {
      errors.Add("reviewed_on", "La date de la revue ne peut pas être dans le futur.");
    }
    out.reviewed_on = *date;
  }
  if (draft.kind.empty()) {
    errors.Add("kind", "Choisissez le type de revue.");
  } else if (auto kind = ParseReviewKind(draft.kind)) {
    out.kind = *kind;
  } else {
    errors.Add("kind", "Type de revue inconnu : equipe_pluridisciplinaire ou revue_conjointe.");
  }
  out.outcome = OptionalText(draft.outcome, kReviewOutcomeMax, "outcome", errors);
  return out;
}

}  // namespace pacte
