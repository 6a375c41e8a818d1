#pragma once
// Which diagnostic barrier themes (domain/beneficiary/barriers.hpp) a catalogue action
// addresses, for the comparison of needs and offer. An action addresses a theme when:
//   1. it lists the theme among its `barrier` codes, or
//   2. one of its data·inclusion thematiques (`<category>--<slug>`) belongs to a category of
//      the theme (CategoriesOfBarrier of domain/offer/objective.hpp, the mapping the catalogue
//      search already uses: logement ← logement-hebergement, maitrise_langue ←
//      lecture-ecriture-calcul…), or
//   3. its PDI-RE objective targets the theme as a whole: projet_retour_emploi and
//      acceder_emploi → emploi, acceder_qualification → formation. The other objectives
//      (lever_freins_sociaux, se_remobiliser, creer_activite) cover several themes or none,
//      so they address a theme only through 1 or 2.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/beneficiary/barriers.hpp"

namespace pacte::needs {

// The theme an objective targets as a whole (rule 3); nullopt for the others and unknown codes.
std::optional<BarrierTheme> ThemeOfObjective(std::string_view objective);

// The themes an action addresses (rules 1–3), each once, in the order of AllBarrierThemes().
// Unknown codes are ignored.
std::vector<BarrierTheme> ThemesOfAction(const std::vector<std::string>& barriers,
                                         const std::vector<std::string>& thematiques,
                                         std::string_view objective);

}  // namespace pacte::needs
