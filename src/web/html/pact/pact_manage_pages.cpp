#include "web/html/pact/pact_manage_pages.hpp"

#include <cmath>

#include "app/pact/manage_pact.hpp"
#include "app/pact/pact_view.hpp"
#include "app/policies/pact_policy.hpp"
#include "web/html/catalogue/catalogue_form.hpp"
#include "web/html/forms.hpp"
#include "web/html/organisations/organisation_views.hpp"
#include "web/html/pact/pact_views.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

using Choices = std::vector<std::pair<std::string, std::string>>;

// The refused form: its block ("pacte", "signataire"…), its errors under prefixed field ids,
// the values typed.
struct Refusal {
  std::string block;
  nlohmann::json errors = nlohmann::json::object();
  Params form;
  int status = 200;
};

std::string Value(const Refusal& r, const std::string& block, const std::string& field,
                  const std::string& fallback = "") {
  if (r.block != block) return fallback;
  return First(r.form, block + "-" + field).value_or("");
}

nlohmann::json Errors(const Refusal& r, const std::string& block) {
  return r.block == block ? r.errors : nlohmann::json::object();
}

nlohmann::json SelectField(const std::string& id, const std::string& label,
                           const Choices& choices, const std::string& selected,
                           const nlohmann::json& errors) {
  auto j = TextField(id, label, "", errors);
  nlohmann::json options = nlohmann::json::array();
  for (const auto& [value, text] : choices) {
    options.push_back({{"value", value}, {"label", text}, {"selected", value == selected}});
  }
  j["select"] = true;
  j["options"] = options;
  return j;
}

nlohmann::json AreaField(const std::string& id, const std::string& label,
                         const std::string& value, const nlohmann::json& errors) {
  auto j = TextField(id, label, value, errors);
  j["textarea"] = true;
  return j;
}

std::string Field(const Params& form, const std::string& block, const std::string& name) {
  return First(form, block + "-" + name).value_or("");
}

int YearField(const Params& form, const std::string& block, const std::string& name) {
  auto v = FormDouble(First(form, block + "-" + name));
  return v && std::isfinite(*v) ? static_cast<int>(*v) : 0;
}

std::int64_t IdField(const Params& form, const std::string& block, const std::string& name) {
  return ParseVersion(Field(form, block, name));
}

std::optional<Date> FormDate(const Params& form, const std::string& block,
                              const std::string& name) {
  return ParseIsoDate(Field(form, block, name));
}

Choices InstitutionChoices(const std::vector<app::InstitutionRef>& list, bool with_empty) {
  Choices out;
  if (with_empty) out.emplace_back("", "— choisir —");
  for (const auto& i : list) out.emplace_back(std::to_string(i.id), i.name);
  return out;
}

nlohmann::json PactForm(const std::optional<app::PactView>& view, const Refusal& r) {
  const auto e = Errors(r, "pacte");
  const PactFields f = view ? view->pact.fields : PactFields{};
  auto year = [](int y) { return y ? std::to_string(y) : std::string(); };
  Choices statuses;
  for (auto s : {PactStatus::kBrouillon, PactStatus::kAdopte, PactStatus::kClos}) {
    statuses.emplace_back(std::string(PactStatusCode(s)), std::string(PactStatusLabel(s)));
  }
  nlohmann::json fields = nlohmann::json::array(
      {TextField("pacte-name", "Nom du pacte", Value(r, "pacte", "name", f.name), e),
       TextField("pacte-period_start", "Première année",
                 Value(r, "pacte", "period_start", year(f.period.start)), e),
       TextField("pacte-period_end", "Dernière année",
                 Value(r, "pacte", "period_end", year(f.period.end)), e),
       DateField("pacte-adopted_on", "Date d'adoption",
                               Value(r, "pacte", "adopted_on",
                                     f.adopted_on ? FormatIsoDate(*f.adopted_on) : ""),
                               e),
       SelectField("pacte-status", "Statut", statuses,
                   Value(r, "pacte", "status", std::string(PactStatusCode(f.status))), e)});
  nlohmann::json out{{"fields", fields}, {"exists", view.has_value()}};
  if (view) {
    out["id"] = view->pact.id;
    out["version"] = view->pact.version;
  }
  return out;
}

nlohmann::json ObjectiveChoices(const app::PactView& v, bool indicators) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& o : v.orientations) {
    for (const auto& obj : o.objectives) {
      if (!indicators) {
        out.push_back({std::to_string(obj.record.id), obj.record.title});
        continue;
      }
      for (const auto& i : obj.indicators) {
        out.push_back({std::to_string(i.record.id), obj.record.title + " — " + i.record.fields.name});
      }
    }
  }
  return out;
}

Choices ToChoices(const nlohmann::json& pairs) {
  Choices out{{"", "— choisir —"}};
  for (const auto& p : pairs) out.emplace_back(p[0].get<std::string>(), p[1].get<std::string>());
  return out;
}

nlohmann::json TreeForms(const app::PactView& v, const app::PactChoices& c, const Refusal& r) {
  Choices signatories;
  for (const auto& s : v.signatories) signatories.emplace_back(std::to_string(s.institution_id), s.institution_name);
  Choices orientations{{"", "— choisir —"}};
  for (const auto& o : v.orientations) orientations.emplace_back(std::to_string(o.record.id), o.record.label);
  Choices definitions{{"", "Saisi par les pilotes"}};
  for (const auto& d : c.definitions) definitions.emplace_back(d.code, d.label);
  const std::string start = std::to_string(v.pact.fields.period.start);
  const std::string end = std::to_string(v.pact.fields.period.end);
  auto e = [&](const char* b) { return Errors(r, b); };
  std::vector<std::string> pilots;
  for (const auto& [k, val] : r.form) {
    if (k == "objectif-pilots" || k == "pilotes-pilots") pilots.push_back(val);
  }
  return {
      {"signatory", nlohmann::json::array(
          {SelectField("signataire-institution_id", "Institution", InstitutionChoices(c.institutions, true),
                       Value(r, "signataire", "institution_id"), e("signataire")),
           DateField("signataire-signed_on", "Date de signature", Value(r, "signataire", "signed_on"), e("signataire")),
           TextField("signataire-representative", "Représentant·e", Value(r, "signataire", "representative"), e("signataire"))})},
      {"orientation", nlohmann::json::array(
          {TextField("orientation-code", "Code", Value(r, "orientation", "code"), e("orientation"), "Lettres minuscules sans accent, chiffres et « _ »."),
           TextField("orientation-label", "Libellé", Value(r, "orientation", "label"), e("orientation")),
           TextField("orientation-position", "Rang", Value(r, "orientation", "position"), e("orientation"))})},
      {"objective", nlohmann::json::array(
          {SelectField("objectif-orientation_id", "Orientation", orientations, Value(r, "objectif", "orientation_id"), e("objectif")),
           TextField("objectif-title", "Intitulé", Value(r, "objectif", "title"), e("objectif")),
           AreaField("objectif-description", "Description", Value(r, "objectif", "description"), e("objectif")),
           TextField("objectif-period_start", "Première année", Value(r, "objectif", "period_start", start), e("objectif")),
           TextField("objectif-period_end", "Dernière année", Value(r, "objectif", "period_end", end), e("objectif")),
           CheckboxField("objectif-pilots", "Institutions pilotes", signatories, r.block == "objectif" ? pilots : std::vector<std::string>{}, e("objectif"))})},
      {"pilots", nlohmann::json::array(
          {SelectField("pilotes-objective_id", "Objectif", ToChoices(ObjectiveChoices(v, false)), Value(r, "pilotes", "objective_id"), e("pilotes")),
           CheckboxField("pilotes-pilots", "Institutions pilotes", signatories, r.block == "pilotes" ? pilots : std::vector<std::string>{}, e("pilotes"))})},
      {"indicator", nlohmann::json::array(
          {SelectField("indicateur-objective_id", "Objectif", ToChoices(ObjectiveChoices(v, false)), Value(r, "indicateur", "objective_id"), e("indicateur")),
           TextField("indicateur-name", "Nom de l'indicateur", Value(r, "indicateur", "name"), e("indicateur")),
           TextField("indicateur-unit", "Unité", Value(r, "indicateur", "unit"), e("indicateur"), "Par exemple « % », « jours », « personnes »."),
           SelectField("indicateur-direction", "Sens", {{"hausse", "Plus c'est haut, mieux c'est"}, {"baisse", "Plus c'est bas, mieux c'est"}}, Value(r, "indicateur", "direction", "hausse"), e("indicateur")),
           SelectField("indicateur-computed_by", "Mode de calcul", definitions, Value(r, "indicateur", "computed_by"), e("indicateur")),
           TextField("indicateur-baseline_value", "Valeur de référence", Value(r, "indicateur", "baseline_value"), e("indicateur")),
           DateField("indicateur-baseline_on", "Date de la valeur de référence", Value(r, "indicateur", "baseline_on"), e("indicateur"))})},
      {"target", nlohmann::json::array(
          {SelectField("cible-indicator_id", "Indicateur", ToChoices(ObjectiveChoices(v, true)), Value(r, "cible", "indicator_id"), e("cible")),
           TextField("cible-year", "Année", Value(r, "cible", "year"), e("cible"), "Une année de " + start + " à " + end + "."),
           TextField("cible-value", "Valeur cible", Value(r, "cible", "value"), e("cible"))})}};
}

HttpResponse ManagePage(RequestContext& ctx, const Refusal& r) {
  auto choices = app::GetPactChoices(ctx.services.store, ctx.Who(), ctx.services.indicators);
  if (!choices) return ErrorPage(ctx, choices.error());
  auto view = app::GetPact(ctx.services.store, ctx.services.clock, ctx.Who(), nullptr);
  std::optional<app::PactView> pact;
  if (view) {
    pact = std::move(*view);
  } else if (view.error().kind != ErrorKind::kNotFound) {
    return ErrorPage(ctx, view.error());
  }
  nlohmann::json data{{"pact", PactForm(pact, r)},
                      {"has_pact", pact.has_value()},
                      {"saved", First(ctx.req.QueryParams(), "enregistre").has_value() && r.block.empty()},
                      {"summary", r.errors.value("_summary", "")},
                      {"block", r.block}};
  if (pact) {
    data["name"] = pact->pact.fields.name;
    data["tree"] = TreeForms(*pact, *choices, r);
  }
  return ctx.Page("pact_manage", "Gérer le pacte", DropEmpty(data), r.status);
}

HttpResponse Manage(RequestContext& ctx) { return ManagePage(ctx, {}); }

nlohmann::json PrefixedErrors(const Error& e, const std::string& block) {
  nlohmann::json out{{"_summary", e.message}};
  for (const auto& f : e.fields) out[block + "-" + f.field] = f.message;
  return out;
}

// Runs `save` after the policy: success → back to the page; a refusal other than 403 → the
// page again with the block's errors (an unknown choice is a form error here).
template <class Save>
HttpResponse Submit(RequestContext& ctx, const std::string& block, Save save) {
  if (auto ok = app::Authorize(ctx.Who(), app::PactAction::kManage); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  const auto form = ctx.req.Form();
  Status saved = save(form);
  if (saved) return HttpResponse::Redirect("/pilotage/pacte/gestion?enregistre=1");
  const Error& e = saved.error();
  if (e.kind == ErrorKind::kForbidden) return ErrorPage(ctx, e);
  Refusal r{block, PrefixedErrors(e, block), form,
            e.kind == ErrorKind::kConflict || e.kind == ErrorKind::kStale ? 409 : 422};
  return ManagePage(ctx, r);
}

Status Done(const Result<std::int64_t>& r) {
  if (r) return {};
  return Fail(r.error());
}

std::vector<std::int64_t> Pilots(const Params& form, const std::string& block) {
  std::vector<std::int64_t> out;
  for (const auto& [k, v] : form) {
    if (k == block + "-pilots") out.push_back(ParseVersion(v));
  }
  return out;
}

Result<std::int64_t> CurrentPactId(RequestContext& ctx) {
  auto view = app::GetPact(ctx.services.store, ctx.services.clock, ctx.Who(), nullptr);
  if (!view) return Fail(view.error());
  return view->pact.id;
}

HttpResponse SavePact(RequestContext& ctx) {
  return Submit(ctx, "pacte", [&](const Params& form) -> Status {
    PactFields f;
    f.name = Field(form, "pacte", "name");
    f.period = {YearField(form, "pacte", "period_start"), YearField(form, "pacte", "period_end")};
    f.adopted_on = FormDate(form, "pacte", "adopted_on");
    auto status = ParsePactStatus(Field(form, "pacte", "status"));
    if (!status) return Fail(Error::Invalid("pact.invalid", "Statut inconnu.", "status"));
    f.status = *status;
    auto id = IdField(form, "pacte", "id");
    if (id > 0) {
      return app::UpdatePact(ctx.services.store, ctx.services.clock, ctx.Who(), id,
                             IdField(form, "pacte", "version"), f);
    }
    return Done(app::CreatePact(ctx.services.store, ctx.services.clock, ctx.Who(), f));
  });
}

HttpResponse SaveSignatory(RequestContext& ctx) {
  return Submit(ctx, "signataire", [&](const Params& form) -> Status {
    auto pact = CurrentPactId(ctx);
    if (!pact) return Fail(pact.error());
    app::SignatoryRecord s;
    s.pact_id = *pact;
    s.institution_id = IdField(form, "signataire", "institution_id");
    s.signed_on = FormDate(form, "signataire", "signed_on");
    s.representative = Field(form, "signataire", "representative");
    return app::SaveSignatory(ctx.services.store, ctx.services.clock, ctx.Who(), s);
  });
}

HttpResponse SaveOrientation(RequestContext& ctx) {
  return Submit(ctx, "orientation", [&](const Params& form) -> Status {
    auto pact = CurrentPactId(ctx);
    if (!pact) return Fail(pact.error());
    app::PactOrientationRecord o;
    o.pact_id = *pact;
    o.code = Field(form, "orientation", "code");
    o.label = Field(form, "orientation", "label");
    o.position = YearField(form, "orientation", "position");
    return Done(app::AddOrientation(ctx.services.store, ctx.services.clock, ctx.Who(), o));
  });
}

HttpResponse SaveObjective(RequestContext& ctx) {
  return Submit(ctx, "objectif", [&](const Params& form) -> Status {
    app::ObjectiveRecord o;
    o.orientation_id = IdField(form, "objectif", "orientation_id");
    o.title = Field(form, "objectif", "title");
    o.description = Field(form, "objectif", "description");
    o.period = {YearField(form, "objectif", "period_start"),
                YearField(form, "objectif", "period_end")};
    return Done(app::AddObjective(ctx.services.store, ctx.services.clock, ctx.Who(), o,
                                  Pilots(form, "objectif")));
  });
}

HttpResponse SavePilots(RequestContext& ctx) {
  return Submit(ctx, "pilotes", [&](const Params& form) -> Status {
    auto id = IdField(form, "pilotes", "objective_id");
    if (id <= 0) return Fail(Error::Invalid("pact.invalid", "Choisissez l'objectif.", "objective_id"));
    return app::SetObjectivePilots(ctx.services.store, ctx.services.clock, ctx.Who(), id,
                                   Pilots(form, "pilotes"));
  });
}

HttpResponse SaveIndicator(RequestContext& ctx) {
  return Submit(ctx, "indicateur", [&](const Params& form) -> Status {
    auto objective = IdField(form, "indicateur", "objective_id");
    if (objective <= 0) {
      return Fail(Error::Invalid("pact.invalid", "Choisissez l'objectif.", "objective_id"));
    }
    IndicatorFields f;
    f.name = Field(form, "indicateur", "name");
    f.unit = Field(form, "indicateur", "unit");
    f.higher_is_better = Field(form, "indicateur", "direction") != "baisse";
    auto code = Field(form, "indicateur", "computed_by");
    if (!code.empty()) f.computed_by = code;
    f.baseline_value = FormDouble(First(form, "indicateur-baseline_value"));
    f.baseline_on = FormDate(form, "indicateur", "baseline_on");
    return Done(app::AddIndicator(ctx.services.store, ctx.services.clock, ctx.Who(),
                                  ctx.services.indicators, objective, f));
  });
}

HttpResponse SaveTarget(RequestContext& ctx) {
  return Submit(ctx, "cible", [&](const Params& form) -> Status {
    auto id = IdField(form, "cible", "indicator_id");
    if (id <= 0) {
      return Fail(Error::Invalid("pact.invalid", "Choisissez l'indicateur.", "indicator_id"));
    }
    auto value = FormDouble(First(form, "cible-value"));
    return app::SetIndicatorTarget(ctx.services.store, ctx.services.clock, ctx.Who(), id,
                                   YearField(form, "cible", "year"),
                                   value ? *value : std::nan(""));
  });
}

}  // namespace

void RegisterPactManagePages(Router& router) {
  router.Get("/pilotage/pacte/gestion", Access::kPage, Manage);
  router.Post("/pilotage/pacte/gestion/pacte", Access::kPage, SavePact);
  router.Post("/pilotage/pacte/gestion/signataires", Access::kPage, SaveSignatory);
  router.Post("/pilotage/pacte/gestion/orientations", Access::kPage, SaveOrientation);
  router.Post("/pilotage/pacte/gestion/objectifs", Access::kPage, SaveObjective);
  router.Post("/pilotage/pacte/gestion/pilotes", Access::kPage, SavePilots);
  router.Post("/pilotage/pacte/gestion/indicateurs", Access::kPage, SaveIndicator);
  router.Post("/pilotage/pacte/gestion/cibles", Access::kPage, SaveTarget);
}

}  // namespace pacte::web
