#pragma once
// Reviews of a social path: the équipe pluridisciplinaire or a joint review (revue conjointe)
// examines the person's situation. The last review restarts the social review deadline.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte {

enum class ReviewKind {
  kEquipePluridisciplinaire,  // "equipe_pluridisciplinaire"
  kRevueConjointe,            // "revue_conjointe"
};

std::string_view ReviewKindCode(ReviewKind k);
std::string_view ReviewKindLabel(ReviewKind k);
std::optional<ReviewKind> ParseReviewKind(std::string_view code);
const std::vector<ReviewKind>& AllReviewKinds();

inline constexpr std::size_t kReviewOutcomeMax = 2000;

struct ReviewDraft {
  std::string reviewed_on;  // "YYYY-MM-DD"
  std::string kind;         // a ReviewKind code
  std::string outcome;      // optional free text
};

struct ReviewFields {
  Date reviewed_on{};
  ReviewKind kind = ReviewKind::kEquipePluridisciplinaire;
  std::optional<std::string> outcome;
};

// Checks a draft. Fields at fault (French messages): reviewed_on (missing, unreadable, in the
// future), kind (missing or unknown), outcome (too long). Meaningful only when errors.Ok().
ReviewFields ValidateReview(const ReviewDraft& draft, Date today, Validation& errors);

}  // namespace pacte
