#include "domain/offer/di_codes.hpp"

#include <array>
#include <utility>

namespace pacte::di {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kCategories{{
    {"choisir-un-metier", "Choisir un métier"},
    {"creer-une-entreprise", "Créer une entreprise"},
    {"difficultes-administratives-ou-juridiques", "Difficultés administratives ou juridiques"},
    {"difficultes-financieres", "Difficultés financières"},
    {"equipement-et-alimentation", "Équipement et alimentation"},
    {"famille", "Famille"},
    {"lecture-ecriture-calcul", "Lecture, écriture, calcul"},
    {"logement-hebergement", "Logement, hébergement"},
    {"mobilite", "Mobilité"},
    {"numerique", "Numérique"},
    {"preparer-sa-candidature", "Préparer sa candidature"},
    {"remobilisation", "Remobilisation"},
    {"sante", "Santé"},
    {"se-former", "Se former"},
    {"souvrir-a-linternational", "S’ouvrir à l’international"},
    {"trouver-un-emploi", "Trouver un emploi"},
}};

}  // namespace

bool IsCodeOf(const std::vector<DiCode>& list, std::string_view value) {
  for (const auto& c : list) {
    if (c.value == value) return true;
  }
  return false;
}

std::string_view LabelOf(const std::vector<DiCode>& list, std::string_view value) {
  for (const auto& c : list) {
    if (c.value == value) return c.label;
  }
  return value;
}

std::string_view ThematiqueCategory(std::string_view thematique) {
  auto pos = thematique.find("--");
  return pos == std::string_view::npos ? thematique : thematique.substr(0, pos);
}

std::string_view ThematiqueCategoryLabel(std::string_view category) {
  for (const auto& [code, label] : kCategories) {
    if (code == category) return label;
  }
  return category;
}

const std::vector<std::string_view>& ThematiqueCategories() {
  static const std::vector<std::string_view> all = [] {
    std::vector<std::string_view> v;
    for (const auto& [code, label] : kCategories) v.push_back(code);
    return v;
  }();
  return all;
}

}  // namespace pacte::di
