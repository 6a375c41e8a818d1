#include "web/html/orientation/orientation_views.hpp"

namespace pacte::web {
namespace {

std::string EndReasonLabel(const std::optional<std::string>& code) {
  if (!code) return "";
  if (*code == app::kEndReasonChange) return "Changement de référent";
  if (*code == app::kEndReasonReorientation) return "Réorientation vers une autre structure";
  if (*code == app::kEndReasonTransfer) return "Transfert du portefeuille";
  return *code;
}

nlohmann::json CriteriaViewJson(const OrientationCriteria& c) {
  nlohmann::json items = nlohmann::json::array();
  if (c.employment_situation) {
    items.push_back({{"label", "Situation vis-à-vis de l'emploi"},
                     {"value", EmploymentSituationLabel(*c.employment_situation)}});
  }
  if (c.qualification) {
    items.push_back({{"label", "Niveau de qualification"},
                     {"value", QualificationLevelLabel(*c.qualification)}});
  }
  if (c.project) {
    items.push_back(
        {{"label", "Projet professionnel"}, {"value", ProfessionalProjectLabel(*c.project)}});
  }
  for (const auto& d : c.difficulties) {
    std::string value(BarrierImpactLabel(d.impact));
    if (d.area == OrientationDifficulty::kAutre && c.other_difficulty) {
      value += " (" + *c.other_difficulty + ")";
    }
    items.push_back({{"label", "Difficulté : " + std::string(OrientationDifficultyLabel(d.area))},
                     {"value", value}});
  }
  return items;
}

}  // namespace

nlohmann::json OrientationViewJson(const app::OrientationRecord& r) {
  const Orientation& o = r.orientation;
  auto criteria = CriteriaViewJson(o.criteria);
  return {{"id", o.id},
          {"decided_on", FormatFrenchDate(o.decided_on)},
          {"parcours", ParcoursLabel(o.parcours)},
          {"structure", r.structure_name},
          {"drees_category", DreesCategoryLabel(r.structure_category)},
          {"decided_by", DecisionMakerLabel(o.decided_by)},
          {"reason", o.reason.value_or("")},
          {"kind", r.is_reorientation ? "Réorientation" : "Première orientation"},
          {"has_criteria", !criteria.empty()},
          {"criteria", criteria}};
}

nlohmann::json AssignmentViewJson(const app::ReferentAssignment& a) {
  return {{"agent", a.agent_name},
          {"structure", a.structure_name},
          {"valid_from", FormatFrenchDate(a.valid_from)},
          {"valid_to", a.valid_to ? FormatFrenchDate(*a.valid_to) : std::string("en cours")},
          {"end_reason", EndReasonLabel(a.end_reason)},
          {"version", a.version}};
}

nlohmann::json RequestViewJson(const app::ReorientationRequestRecord& r) {
  return {{"id", r.id},
          {"person_id", r.person_id},
          {"person", r.person_first_name + " " + r.person_last_name},
          {"requested_on", FormatFrenchDate(r.requested_on)},
          {"requested_by", r.requested_by_name},
          {"motive", r.motive},
          {"proposed_parcours", ParcoursLabel(r.proposed_parcours)},
          {"proposed_structure", r.proposed_structure_name},
          {"current_parcours",
           ParseParcours(r.current_parcours) ? std::string(ParcoursLabel(*ParseParcours(r.current_parcours))) : ""},
          {"current_structure", r.current_structure_name},
          {"status", ReorientationStatusLabel(r.status)},
          {"decision_reason", r.decision_reason.value_or("")},
          {"version", r.version}};
}

std::string PersonName(const app::OrientationOverview& o) {
  return o.first_name + " " + o.last_name;
}

}  // namespace pacte::web
