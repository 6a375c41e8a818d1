#pragma once
// A dated diagnostic of a person's barriers and assets, as typed (DiagnosticDraft) and once
// its own rules hold (Diagnostic). Whether a situation code exists, is active and belongs to
// its theme depends on the editable referential: the use case checks it.
// Health (theme sante) is recorded as an impact on work only, never as a medical diagnosis.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/beneficiary/barriers.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"
#include "domain/parcours/orientation_criteria.hpp"

namespace pacte {

inline constexpr std::size_t kProfessionalProjectMax = 500;
inline constexpr std::size_t kDiagnosticCommentMax = 2000;

struct DiagnosticItemDraft {
  std::string theme;           // BarrierTheme code
  std::string situation_code;  // code of the referential
  std::string impact;          // BarrierImpact code
};

struct DiagnosticDraft {
  std::string made_on;  // ISO date
  std::vector<DiagnosticItemDraft> items;
  std::optional<bool> driving_licence;
  std::optional<bool> vehicle;
  std::string qualification_level;  // QualificationLevel code or ""
  std::string professional_project;
  std::string rome_code;
  std::string comment;
};

struct DiagnosticItem {
  BarrierTheme theme = BarrierTheme::kLogement;
  std::string situation_code;
  BarrierImpact impact = BarrierImpact::kSansImpact;

  bool operator==(const DiagnosticItem&) const = default;
};

struct DiagnosticAssets {
  std::optional<bool> driving_licence;
  std::optional<bool> vehicle;
  std::optional<QualificationLevel> qualification_level;
  std::optional<std::string> professional_project;
  std::optional<std::string> rome_code;  // normalised upper case, e.g. "K1304"

  bool operator==(const DiagnosticAssets&) const = default;
};

struct Diagnostic {
  Date made_on{};
  std::vector<DiagnosticItem> items;  // in the draft's order
  DiagnosticAssets assets;
  std::optional<std::string> comment;
};

// True for a ROME v3 code: a letter A–N then 4 digits ("K1304"), case-insensitive.
bool IsValidRomeCode(std::string_view code);

// Checks a draft on `today`; every problem goes to `errors` with its field and a French
// message: made_on (required, a real date, not after today); items[i].theme and
// items[i].impact (known codes); items[i].situation_code (required, not twice in one
// diagnostic); qualification_level (QualificationLevel code); rome_code (IsValidRomeCode);
// professional_project (≤ kProfessionalProjectMax); comment (≤ kDiagnosticCommentMax).
// Texts are trimmed, empty ones become nullopt. Meaningful only when errors.Ok().
Diagnostic ValidateDiagnosticDraft(const DiagnosticDraft& draft, Date today, Validation& errors);

// The strongest impact per theme of a diagnostic (nullopt when the theme has no item).
std::optional<BarrierImpact> StrongestImpact(const std::vector<DiagnosticItem>& items,
                                             BarrierTheme theme);

// How a theme moved between two diagnostics, comparing their strongest impacts (no item
// counts as no barrier): kImproved when it weighs less, kWorsened when more.
enum class ThemeTrend { kUnchanged, kImproved, kWorsened };
ThemeTrend CompareTheme(const std::vector<DiagnosticItem>& previous,
                        const std::vector<DiagnosticItem>& current, BarrierTheme theme);

}  // namespace pacte
