#include "web/html/orientation/orientation_forms.hpp"

#include "app/organisations/structures.hpp"
#include "app/referents/caseloads.hpp"
#include "domain/beneficiary/barriers.hpp"
#include "domain/organisation/structure_kind.hpp"
#include "web/html/organisations/organisation_views.hpp"

namespace pacte::web {
namespace {

template <class T, class All, class Code, class Label>
std::vector<Option> CodeOptions(const All& all, Code code, Label label) {
  std::vector<Option> out;
  for (T v : all) out.push_back({std::string(code(v)), std::string(label(v))});
  return out;
}

std::vector<Option> ParcoursOptions() {
  return CodeOptions<Parcours>(AllParcours(), ParcoursCode, ParcoursLabel);
}

std::string IdText(std::int64_t id) { return id > 0 ? std::to_string(id) : ""; }

std::int64_t IdOf(const Params& form, const std::string& name) {
  return ParseVersion(FormValue(form, name));
}

std::string DifficultyField(OrientationDifficulty d) {
  return "difficulty_" + std::string(OrientationDifficultyCode(d));
}

nlohmann::json DifficultyFields(const app::OrientationInput& in, const nlohmann::json& errors) {
  auto impacts = CodeOptions<BarrierImpact>(AllBarrierImpacts(), BarrierImpactCode,
                                            BarrierImpactLabel);
  nlohmann::json out = nlohmann::json::array();
  for (OrientationDifficulty d : AllOrientationDifficulties()) {
    std::string value;
    for (const auto& given : in.draft.criteria.difficulties) {
      if (given.area == OrientationDifficultyCode(d)) value = given.impact;
    }
    out.push_back(SelectField(FieldSpec(DifficultyField(d),
                                        std::string(OrientationDifficultyLabel(d)), value),
                              impacts, "Non évaluée", errors));
  }
  return out;
}

}  // namespace

Result<std::vector<Option>> ReferentBodyOptions(RequestContext& ctx) {
  app::StructureFilter filter;
  filter.kind = StructureKind::kReferentBody;
  auto list = app::ListStructures(ctx.services.store, ctx.Who(), filter, {1, 200});
  if (!list) return Fail(list.error());
  std::vector<Option> out;
  for (const auto& s : list->items) {
    out.push_back({std::to_string(s.id), s.fields.name + " — " +
                                             std::string(DreesCategoryLabel(s.fields.drees_category))});
  }
  return out;
}

Result<std::vector<Option>> ReferentAgentOptions(RequestContext& ctx) {
  auto list = app::ListCaseloads(ctx.services.store, ctx.Who(), {}, {1, 200});
  if (!list) return Fail(list.error());
  std::vector<Option> out;
  for (const auto& c : list->items) {
    out.push_back({std::to_string(c.agent_id),
                   c.first_name + " " + c.last_name + " — " + c.structure_name + " (" +
                       std::to_string(c.active_assignments) + " suivis)"});
  }
  return out;
}

app::OrientationInput OrientationInputFromForm(const Params& form) {
  app::OrientationInput in;
  in.draft.decided_on = FormValue(form, "decided_on");
  in.draft.parcours = FormValue(form, "parcours");
  in.draft.structure_id = IdOf(form, "structure_id");
  in.draft.decided_by = FormValue(form, "decided_by");
  in.draft.reason = FormValue(form, "reason");
  in.as_reorientation = FormValue(form, "reorientation") == "1";
  auto& c = in.draft.criteria;
  c.employment_situation = FormValue(form, "criteria.employment_situation");
  c.qualification = FormValue(form, "criteria.qualification");
  c.project = FormValue(form, "criteria.project");
  c.other_difficulty = FormValue(form, "criteria.other_difficulty");
  for (OrientationDifficulty d : AllOrientationDifficulties()) {
    auto impact = FormValue(form, DifficultyField(d));
    if (!impact.empty()) c.difficulties.push_back({std::string(OrientationDifficultyCode(d)), impact});
  }
  return in;
}

app::ReorientationRequestInput RequestInputFromForm(const Params& form) {
  app::ReorientationRequestInput in;
  in.draft.motive = FormValue(form, "motive");
  in.draft.proposed_parcours = FormValue(form, "proposed_parcours");
  if (auto id = IdOf(form, "proposed_structure_id"); id > 0) in.proposed_structure_id = id;
  return in;
}

app::ReferentInput ReferentInputFromForm(const Params& form) {
  app::ReferentInput in;
  in.agent_id = IdOf(form, "agent_id");
  in.since = FormValue(form, "since");
  if (auto v = IdOf(form, "version"); v > 0) in.expected_version = v;
  return in;
}

nlohmann::json MapDifficultyErrors(const app::OrientationInput& in, nlohmann::json errors) {
  const auto& given = in.draft.criteria.difficulties;
  for (std::size_t i = 0; i < given.size(); ++i) {
    const std::string prefix = "criteria.difficulties[" + std::to_string(i) + "].";
    for (const char* part : {"area", "impact"}) {
      if (!errors.contains(prefix + part)) continue;
      if (auto d = ParseOrientationDifficulty(given[i].area)) {
        errors[DifficultyField(*d)] = errors[prefix + part];
      }
    }
  }
  return errors;
}

nlohmann::json OrientationFormJson(const app::OrientationInput& in,
                                   const std::vector<Option>& structures,
                                   const nlohmann::json& errors) {
  const auto& d = in.draft;
  const auto& c = d.criteria;
  return {
      {"summary", errors.value("_summary", "")},
      {"reorientation", in.as_reorientation},
      {"decided_on", TextField(FieldSpec("decided_on", "Date de la décision", d.decided_on)
                                   .Type("date").Required(), errors)},
      {"parcours", SelectField(FieldSpec("parcours", "Parcours", d.parcours).Required(),
                               ParcoursOptions(), "Choisir un parcours", errors)},
      {"structure_id",
       SelectField(FieldSpec("structure_id", "Organisme référent", IdText(d.structure_id))
                       .Required(),
                   structures, "Choisir une structure", errors)},
      {"decided_by",
       SelectField(FieldSpec("decided_by", "Décideur", d.decided_by.empty() ? "pcd" : d.decided_by),
                   CodeOptions<OrientationDecisionMaker>(AllDecisionMakers(), DecisionMakerCode,
                                                         DecisionMakerLabel),
                   "", errors)},
      {"reason", TextField(FieldSpec("reason", "Motif de la décision", d.reason).MaxLength(2000),
                           errors)},
      {"employment_situation",
       SelectField(FieldSpec("criteria.employment_situation", "Situation vis-à-vis de l'emploi",
                             c.employment_situation),
                   CodeOptions<EmploymentSituation>(AllEmploymentSituations(),
                                                    EmploymentSituationCode,
                                                    EmploymentSituationLabel),
                   "Non renseignée", errors)},
      {"qualification",
       SelectField(FieldSpec("criteria.qualification", "Niveau de qualification", c.qualification),
                   CodeOptions<QualificationLevel>(AllQualificationLevels(),
                                                   QualificationLevelCode,
                                                   QualificationLevelLabel),
                   "Non renseigné", errors)},
      {"project",
       SelectField(FieldSpec("criteria.project", "Projet professionnel", c.project),
                   CodeOptions<ProfessionalProject>(AllProfessionalProjects(),
                                                    ProfessionalProjectCode,
                                                    ProfessionalProjectLabel),
                   "Non renseigné", errors)},
      {"difficulties", DifficultyFields(in, errors)},
      {"other_difficulty",
       TextField(FieldSpec("criteria.other_difficulty", "Autre difficulté (précisez)",
                           c.other_difficulty)
                     .MaxLength(300),
                 errors)}};
}

nlohmann::json RequestFormJson(const app::ReorientationRequestInput& in,
                               const std::vector<Option>& structures,
                               const nlohmann::json& errors) {
  return {{"summary", errors.value("_summary", "")},
          {"motive", TextField(FieldSpec("motive", "Motif de la demande", in.draft.motive)
                                   .Required().MaxLength(2000), errors)},
          {"proposed_parcours",
           SelectField(FieldSpec("proposed_parcours", "Parcours proposé",
                                 in.draft.proposed_parcours).Required(),
                       ParcoursOptions(), "Choisir un parcours", errors)},
          {"proposed_structure_id",
           SelectField(FieldSpec("proposed_structure_id", "Structure proposée",
                                 IdText(in.proposed_structure_id.value_or(0))),
                       structures, "Aucune proposition", errors)}};
}

nlohmann::json ReferentFormJson(const app::ReferentInput& in, const std::vector<Option>& agents,
                                const nlohmann::json& errors) {
  return {{"summary", errors.value("_summary", "")},
          {"version", in.expected_version ? nlohmann::json(*in.expected_version) : nlohmann::json()},
          {"agent_id", SelectField(FieldSpec("agent_id", "Référent", IdText(in.agent_id)).Required(),
                                   agents, "Choisir un référent", errors)},
          {"since", TextField(FieldSpec("since", "À partir du", in.since).Type("date").Required(),
                              errors)}};
}

}  // namespace pacte::web
