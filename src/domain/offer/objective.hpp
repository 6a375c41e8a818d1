#pragma once
// The six operational objectives of the PDI-RE (domain.md §2): every catalogue action
// belongs to one. Also the bridges the offer needs between the national vocabularies:
// data·inclusion thematique categories → objective, and diagnostic barrier themes ↔
// thematique categories (search from a person's needs, needs versus offer).

#include <optional>
#include <string_view>
#include <vector>

#include "domain/beneficiary/barriers.hpp"

namespace pacte {

enum class Objective {
  kLeverFreinsSociaux,
  kSeRemobiliser,
  kProjetRetourEmploi,
  kAccederQualification,
  kCreerActivite,
  kAccederEmploi,
};

// "lever_freins_sociaux", "se_remobiliser", "projet_retour_emploi", "acceder_qualification",
// "creer_activite", "acceder_emploi".
std::string_view ObjectiveCode(Objective o);
// "Lever les freins sociaux", "Se (re)mobiliser pour se remettre en activité"…
std::string_view ObjectiveLabel(Objective o);
std::optional<Objective> ParseObjective(std::string_view code);
// In the order of the PDI-RE.
const std::vector<Objective>& AllObjectives();

// The objective a data·inclusion thematique category belongs to ("mobilite" →
// lever_freins_sociaux); nullopt for an unknown category.
std::optional<Objective> ObjectiveOfCategory(std::string_view category);
// The objective most of `thematiques` point to (ties: PDI-RE order); nullopt when none is
// known.
std::optional<Objective> ObjectiveOfThematiques(const std::vector<std::string_view>& thematiques);

// The thematique categories that address a barrier theme (logement → logement-hebergement;
// maitrise_langue → lecture-ecriture-calcul…).
const std::vector<std::string_view>& CategoriesOfBarrier(BarrierTheme theme);
// The barrier themes a thematique category addresses (inverse of CategoriesOfBarrier).
std::vector<BarrierTheme> BarriersOfCategory(std::string_view category);

}  // namespace pacte
