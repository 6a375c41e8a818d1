#include "app/orientation/criteria_json.hpp"

namespace pacte::app {
namespace {

template <class T, class Code>
nlohmann::json OptCode(const std::optional<T>& v, Code code) {
  return v ? nlohmann::json(std::string(code(*v))) : nlohmann::json(nullptr);
}

std::string TextOf(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

nlohmann::json CriteriaToJson(const OrientationCriteria& c) {
  nlohmann::json difficulties = nlohmann::json::array();
  for (const auto& d : c.difficulties) {
    difficulties.push_back({{"area", OrientationDifficultyCode(d.area)},
                            {"impact", BarrierImpactCode(d.impact)}});
  }
  return {{"employment_situation", OptCode(c.employment_situation, EmploymentSituationCode)},
          {"qualification", OptCode(c.qualification, QualificationLevelCode)},
          {"project", OptCode(c.project, ProfessionalProjectCode)},
          {"difficulties", std::move(difficulties)},
          {"other_difficulty",
           c.other_difficulty ? nlohmann::json(*c.other_difficulty) : nlohmann::json(nullptr)}};
}

OrientationCriteria CriteriaFromJson(const std::string& text) {
  OrientationCriteria c;
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return c;
  c.employment_situation = ParseEmploymentSituation(TextOf(j, "employment_situation"));
  c.qualification = ParseQualificationLevel(TextOf(j, "qualification"));
  c.project = ParseProfessionalProject(TextOf(j, "project"));
  if (auto it = j.find("difficulties"); it != j.end() && it->is_array()) {
    for (const auto& d : *it) {
      if (!d.is_object()) continue;
      auto area = ParseOrientationDifficulty(TextOf(d, "area"));
      auto impact = ParseBarrierImpact(TextOf(d, "impact"));
      if (area && impact) c.difficulties.push_back({*area, *impact});
    }
  }
  auto other = TextOf(j, "other_difficulty");
  if (!other.empty()) c.other_difficulty = other;
  return c;
}

}  // namespace pacte::app
