#include "domain/needs/theme_mapping.hpp"

#include <algorithm>
#include <array>

#include "domain/offer/objective.hpp"

namespace pacte::needs {

std::optional<BarrierTheme> ThemeOfObjective(std::string_view objective) {
  auto o = ParseObjective(objective);
  if (!o) return std::nullopt;
  switch (*o) {
    case Objective::kProjetRetourEmploi:
    case Objective::kAccederEmploi:
      return BarrierTheme::kEmploi;
    case Objective::kAccederQualification:
      return BarrierTheme::kFormation;
    default:
      return std::nullopt;
  }
}

std::vector<BarrierTheme> ThemesOfAction(const std::vector<std::string>& barriers,
                                         const std::vector<std::string>& thematiques,
                                         std::string_view objective) {
  std::array<bool, 10> addressed{};
  auto mark = [&](BarrierTheme t) { addressed.at(static_cast<std::size_t>(t)) = true; };
  for (const auto& code : barriers) {
    if (auto t = ParseBarrierTheme(code)) mark(*t);
  }
  for (const auto& thematique : thematiques) {
    const auto category = std::string_view(thematique).substr(0, thematique.find("--"));
    for (BarrierTheme t : BarriersOfCategory(category)) mark(t);
  }
  if (auto t = ThemeOfObjective(objective)) mark(*t);
  std::vector<BarrierTheme> out;
  for (BarrierTheme t : AllBarrierThemes()) {
    if (addressed.at(static_cast<std::size_t>(t))) out.push_back(t);
  }
  return out;
}

}  // namespace pacte::needs
