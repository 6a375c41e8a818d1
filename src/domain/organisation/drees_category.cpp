#include "domain/organisation/drees_category.hpp"

#include <array>

namespace pacte {
namespace {

struct CategoryInfo {
  DreesCategory category;
  std::string_view code;
  std::string_view label;
  bool spe;
};

constexpr std::array<CategoryInfo, 11> kCategories{{
    {DreesCategory::kFranceTravail, "france_travail", "France Travail", true},
    {DreesCategory::kMissionLocale, "mission_locale", "Mission locale", true},
    {DreesCategory::kMdePlieCapEmploi, "mde_plie_cap_emploi",
     "Maison de l'emploi, PLIE ou Cap emploi", true},
    {DreesCategory::kCreationEntreprise, "creation_entreprise",
     "Organisme d'appui à la création d'entreprise", true},
    {DreesCategory::kIae, "iae", "Structure d'insertion par l'activité économique (IAE)", true},
    {DreesCategory::kAutreSpe, "autre_spe",
     "Autre organisme de placement ou de formation du service public de l'emploi", true},
    {DreesCategory::kDepartement, "departement", "Services du département", false},
    {DreesCategory::kCaf, "caf", "Caisse d'allocations familiales (CAF)", false},
    {DreesCategory::kMsa, "msa", "Mutualité sociale agricole (MSA)", false},
    {DreesCategory::kCcasCias, "ccas_cias", "CCAS ou CIAS", false},
    {DreesCategory::kAutreHorsSpe, "autre_hors_spe",
     "Autre organisme hors service public de l'emploi", false},
}};

const CategoryInfo& Info(DreesCategory c) {
  for (const auto& info : kCategories) {
    if (info.category == c) return info;
  }
  return kCategories.back();
}

}  // namespace

std::string_view DreesCategoryCode(DreesCategory c) { return Info(c).code; }
std::string_view DreesCategoryLabel(DreesCategory c) { return Info(c).label; }
bool IsPublicEmploymentService(DreesCategory c) { return Info(c).spe; }

std::optional<DreesCategory> ParseDreesCategory(std::string_view code) {
  for (const auto& info : kCategories) {
    if (info.code == code) return info.category;
  }
  return std::nullopt;
}

const std::vector<DreesCategory>& AllDreesCategories() {
  static const std::vector<DreesCategory> all = [] {
    std::vector<DreesCategory> v;
    for (const auto& info : kCategories) v.push_back(info.category);
    return v;
  }();
  return all;
}

}  // namespace pacte
