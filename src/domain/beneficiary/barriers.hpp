#pragma once
// Barriers to employment ("freins"): the ten themes of the national diagnostic, the impact
// levels, the difficulties rated by the 2025 national orientation criteria, and a starter
// referential of situations per theme (loaded into the database, then editable there).
// Health is recorded as its impact on work, never as a medical diagnosis.

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace pacte {

// The ten themes of the shared follow-up tool of the service public de l'insertion et de
// l'emploi (codes.md §3), in that order.
enum class BarrierTheme {
  kLogement,
  kEmploi,
  kFormation,
  kDifficulteAdministrative,
  kDifficulteFinanciere,
  kMobilite,
  kSante,
  kContraintesFamiliales,
  kMaitriseLangue,
  kNumerique,
};

// "logement", "emploi", "formation", "difficulte_administrative", "difficulte_financiere",
// "mobilite", "sante", "contraintes_familiales", "maitrise_langue", "numerique".
std::string_view BarrierThemeCode(BarrierTheme t);
// French label: "Logement", "Difficultés administratives", "Maîtrise de la langue"…
std::string_view BarrierThemeLabel(BarrierTheme t);
// The theme of an exact code; nullopt otherwise.
std::optional<BarrierTheme> ParseBarrierTheme(std::string_view code);
std::span<const BarrierTheme> AllBarrierThemes();

// How much a barrier or difficulty weighs on the return to work.
enum class BarrierImpact { kFort, kMoyen, kSansImpact };

// "fort", "moyen", "sans_impact".
std::string_view BarrierImpactCode(BarrierImpact i);
// "Impact fort", "Impact moyen", "Sans impact".
std::string_view BarrierImpactLabel(BarrierImpact i);
std::optional<BarrierImpact> ParseBarrierImpact(std::string_view code);
// Strongest first: fort, moyen, sans_impact.
std::span<const BarrierImpact> AllBarrierImpacts();

// The difficulties rated by the 2025 national orientation criteria, in their order.
enum class OrientationDifficulty {
  kSante,
  kLogement,
  kMobilite,
  kGardeEnfants,
  kAidantProche,
  kAutre,
};

// "sante", "logement", "mobilite", "garde_enfants", "aidant_proche", "autre".
std::string_view OrientationDifficultyCode(OrientationDifficulty d);
// "Santé", "Logement", "Mobilité", "Garde d'enfants", "Aide apportée à un proche",
// "Autre difficulté".
std::string_view OrientationDifficultyLabel(OrientationDifficulty d);
std::optional<OrientationDifficulty> ParseOrientationDifficulty(std::string_view code);
std::span<const OrientationDifficulty> AllOrientationDifficulties();
// The diagnostic theme a difficulty belongs to (childcare and caring for a relative are
// contraintes_familiales); nullopt for kAutre.
std::optional<BarrierTheme> ThemeOf(OrientationDifficulty d);

// One rated difficulty of an orientation decision.
struct DifficultyImpact {
  OrientationDifficulty difficulty = OrientationDifficulty::kAutre;
  BarrierImpact impact = BarrierImpact::kSansImpact;

  bool operator==(const DifficultyImpact&) const = default;
};

// A situation of the referential: a stable snake_case code, unique across all themes.
struct BarrierSituation {
  BarrierTheme theme = BarrierTheme::kLogement;
  std::string_view code;
  std::string_view label;
};

// The starter referential: the examples of codes.md §3, plus a few situations for the three
// themes it gives none (emploi, formation, difficulte_administrative), grouped by theme in
// the themes' order. Seeds the editable table; never used as the live list once stored.
std::span<const BarrierSituation> StarterBarrierSituations();
// The starter situations of one theme, in the referential's order.
std::vector<BarrierSituation> StarterSituationsOf(BarrierTheme theme);
// The starter situation with this exact code; nullopt otherwise.
std::optional<BarrierSituation> FindStarterSituation(std::string_view code);

}  // namespace pacte
