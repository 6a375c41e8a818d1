#include "domain/offer/objective.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "domain/offer/di_codes.hpp"
#include "domain/parcours/code_list.hpp"

namespace pacte {
namespace {

constexpr std::array<CodeLabel<Objective>, 6> kObjectives{{
    {Objective::kLeverFreinsSociaux, "lever_freins_sociaux", "Lever les freins sociaux"},
    {Objective::kSeRemobiliser, "se_remobiliser", "Se (re)mobiliser pour se remettre en activité"},
    {Objective::kProjetRetourEmploi, "projet_retour_emploi",
     "Renforcer son projet de retour à l'emploi"},
    {Objective::kAccederQualification, "acceder_qualification", "Accéder à la qualification"},
    {Objective::kCreerActivite, "creer_activite", "Créer son activité"},
    {Objective::kAccederEmploi, "acceder_emploi", "Accéder à l'emploi"},
}};

constexpr std::array<std::pair<std::string_view, Objective>, 16> kCategoryObjective{{
    {"difficultes-administratives-ou-juridiques", Objective::kLeverFreinsSociaux},
    {"difficultes-financieres", Objective::kLeverFreinsSociaux},
    {"equipement-et-alimentation", Objective::kLeverFreinsSociaux},
    {"famille", Objective::kLeverFreinsSociaux},
    {"logement-hebergement", Objective::kLeverFreinsSociaux},
    {"mobilite", Objective::kLeverFreinsSociaux},
    {"sante", Objective::kLeverFreinsSociaux},
    {"numerique", Objective::kLeverFreinsSociaux},
    {"lecture-ecriture-calcul", Objective::kLeverFreinsSociaux},
    {"remobilisation", Objective::kSeRemobiliser},
    {"choisir-un-metier", Objective::kProjetRetourEmploi},
    {"preparer-sa-candidature", Objective::kProjetRetourEmploi},
    {"se-former", Objective::kAccederQualification},
    {"creer-une-entreprise", Objective::kCreerActivite},
    {"trouver-un-emploi", Objective::kAccederEmploi},
    {"souvrir-a-linternational", Objective::kAccederEmploi},
}};

const std::map<BarrierTheme, std::vector<std::string_view>>& BarrierCategories() {
  static const std::map<BarrierTheme, std::vector<std::string_view>> map{
      {BarrierTheme::kLogement, {"logement-hebergement"}},
      {BarrierTheme::kEmploi, {"trouver-un-emploi", "preparer-sa-candidature", "choisir-un-metier"}},
      {BarrierTheme::kFormation, {"se-former"}},
      {BarrierTheme::kDifficulteAdministrative, {"difficultes-administratives-ou-juridiques"}},
      {BarrierTheme::kDifficulteFinanciere, {"difficultes-financieres", "equipement-et-alimentation"}},
      {BarrierTheme::kMobilite, {"mobilite"}},
      {BarrierTheme::kSante, {"sante"}},
      {BarrierTheme::kContraintesFamiliales, {"famille"}},
      {BarrierTheme::kMaitriseLangue, {"lecture-ecriture-calcul"}},
      {BarrierTheme::kNumerique, {"numerique"}},
  };
  return map;
}

}  // namespace

std::string_view ObjectiveCode(Objective o) { return EntryOf(kObjectives, o).code; }
std::string_view ObjectiveLabel(Objective o) { return EntryOf(kObjectives, o).label; }
std::optional<Objective> ParseObjective(std::string_view code) {
  return ValueOf(kObjectives, code);
}
const std::vector<Objective>& AllObjectives() {
  static const std::vector<Objective> all = ValuesOf(kObjectives);
  return all;
}

std::optional<Objective> ObjectiveOfCategory(std::string_view category) {
  for (const auto& [code, objective] : kCategoryObjective) {
    if (code == category) return objective;
  }
  return std::nullopt;
}

std::optional<Objective> ObjectiveOfThematiques(const std::vector<std::string_view>& thematiques) {
  std::array<int, kObjectives.size()> counts{};
  for (auto t : thematiques) {
    if (auto o = ObjectiveOfCategory(di::ThematiqueCategory(t))) ++counts[static_cast<int>(*o)];
  }
  auto best = std::max_element(counts.begin(), counts.end());
  if (*best == 0) return std::nullopt;
  return static_cast<Objective>(best - counts.begin());
}

const std::vector<std::string_view>& CategoriesOfBarrier(BarrierTheme theme) {
  return BarrierCategories().at(theme);
}

std::vector<BarrierTheme> BarriersOfCategory(std::string_view category) {
  std::vector<BarrierTheme> out;
  for (BarrierTheme t : AllBarrierThemes()) {
    const auto& cats = CategoriesOfBarrier(t);
    if (std::find(cats.begin(), cats.end(), category) != cats.end()) out.push_back(t);
  }
  return out;
}

}  // namespace pacte
