#include "web/html/catalogue/programme_pages.hpp"

#include "app/catalogue/programmes.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/catalogue/catalogue_form.hpp"
#include "web/html/catalogue/catalogue_views.hpp"
#include "web/html/forms.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

std::string Href(std::int64_t id) { return "/offre/programmes/" + std::to_string(id); }

std::string Euros(std::int64_t cents) { return FormatEuros(cents); }

std::string CentsInput(std::int64_t cents) {
  if (cents == kUnreadableInt) return "";
  std::string units = std::to_string(cents / 100);
  if (cents % 100 == 0) return units;
  std::string c = std::to_string(cents % 100);
  return units + "," + (c.size() < 2 ? "0" : "") + c;
}

ProgrammeInput ReadForm(const Params& form) {
  ProgrammeInput in;
  in.year = FormInt(First(form, "year"));
  in.name = First(form, "name").value_or("");
  in.adopted_on = First(form, "adopted_on").value_or("");
  for (Objective o : AllObjectives()) {
    auto cents = FormCents(First(form, "budget_" + std::string(ObjectiveCode(o))));
    if (cents) in.budgets_cents[o] = *cents;
  }
  return in;
}

ProgrammeInput InputOf(const ProgrammeFields& p) {
  ProgrammeInput in;
  in.year = p.year;
  in.name = p.name;
  if (p.adopted_on) in.adopted_on = FormatIsoDate(*p.adopted_on);
  in.budgets_cents = p.budgets_cents;
  return in;
}

nlohmann::json FormJson(const std::string& action, const ProgrammeInput& in, const Error* error,
                        std::optional<std::int64_t> version) {
  nlohmann::json e = error ? FieldErrorsJson(*error) : nlohmann::json::object();
  std::string year = in.year && *in.year != kUnreadableInt ? std::to_string(*in.year) : "";
  nlohmann::json fields = nlohmann::json::array(
      {TextField("year", "Année (obligatoire)", year, e),
       TextField("name", "Nom", in.name, e, "Vide : « PDI-RE » suivi de l'année."),
       TextField("adopted_on", "Date d'adoption (AAAA-MM-JJ)", in.adopted_on, e)});
  nlohmann::json budgets = nlohmann::json::array();
  for (Objective o : AllObjectives()) {
    auto it = in.budgets_cents.find(o);
    std::string value = it == in.budgets_cents.end() ? "" : CentsInput(it->second);
    budgets.push_back(TextField("budget_" + std::string(ObjectiveCode(o)),
                                std::string(ObjectiveLabel(o)), value, e));
  }
  nlohmann::json out{{"action", action},
                     {"fields", fields},
                     {"budgets", budgets},
                     {"submit", version ? "Enregistrer le programme" : "Créer le programme"}};
  if (version) out["version"] = *version;
  if (error) out["summary"] = error->message;
  return out;
}

int FormStatus(const Error& e) { return e.kind == ErrorKind::kInvalid ? 422 : 409; }

bool IsFormError(const Error& e) {
  return e.kind == ErrorKind::kInvalid || e.kind == ErrorKind::kConflict ||
         e.kind == ErrorKind::kStale;
}

HttpResponse ListPage(RequestContext& ctx, const ProgrammeInput& values, const Error* error) {
  auto list = app::ListProgrammes(ctx.services.store, ctx.Who());
  if (!list) return ErrorPage(ctx, list.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& p : *list) {
    std::int64_t total = 0;
    for (const auto& [o, cents] : p.fields.budgets_cents) total += cents;
    rows.push_back({{"year", p.fields.year},
                    {"name", p.fields.name},
                    {"href", Href(p.id)},
                    {"adopted_on", p.fields.adopted_on ? FormatFrenchDate(*p.fields.adopted_on)
                                                       : "non adopté"},
                    {"total", Euros(total)}});
  }
  nlohmann::json data{{"programmes", rows},
                      {"has_programmes", !rows.empty()},
                      {"form", FormJson("/offre/programmes", values, error, std::nullopt)}};
  return ctx.Page("catalogue_programmes", "Programmes départementaux d'insertion", data,
                  error ? FormStatus(*error) : 200);
}

HttpResponse List(RequestContext& ctx) { return ListPage(ctx, {}, nullptr); }

HttpResponse Create(RequestContext& ctx) {
  auto in = ReadForm(ctx.req.Form());
  auto created = app::CreateProgramme(ctx.services.store, ctx.services.clock, ctx.Who(), in);
  if (created) return HttpResponse::Redirect(Href(created->id) + "?enregistre=1");
  if (!IsFormError(created.error())) return ErrorPage(ctx, created.error());
  return ListPage(ctx, in, &created.error());
}

nlohmann::json BudgetJson(const app::ProgrammeDetail& d) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& l : d.budget) {
    out.push_back({{"label", ObjectiveLabel(l.objective)},
                   {"budget", Euros(l.budget_cents)},
                   {"funded", Euros(l.funded_cents)},
                   {"remaining", Euros(l.remaining_cents)},
                   {"over", l.remaining_cents < 0}});
  }
  return out;
}

HttpResponse Detail(RequestContext& ctx, std::int64_t id, const ProgrammeInput* values,
                    const Error* error) {
  auto d = app::GetProgramme(ctx.services.store, ctx.Who(), id);
  if (!d) return ErrorPage(ctx, d.error());
  const auto& p = d->programme;
  nlohmann::json actions = nlohmann::json::array();
  for (const auto& a : d->actions) {
    auto o = ParseObjective(a.objective);
    actions.push_back({{"href", ActionHref(a.id)},
                       {"name", a.name},
                       {"structure_name", a.structure_name},
                       {"objective", o ? std::string(ObjectiveLabel(*o)) : "—"},
                       {"status", ActionStatusLabel(a.status)},
                       {"funding", a.funding_amount_cents ? Euros(*a.funding_amount_cents) : "—"}});
  }
  nlohmann::json data{
      {"name", p.fields.name},
      {"year", p.fields.year},
      {"adopted_on", p.fields.adopted_on ? FormatFrenchDate(*p.fields.adopted_on) : ""},
      {"saved", !error && First(ctx.req.QueryParams(), "enregistre").has_value()},
      {"budget", BudgetJson(*d)},
      {"total_budget", Euros(d->total_budget_cents)},
      {"total_funded", Euros(d->total_funded_cents)},
      {"total_remaining", Euros(d->total_budget_cents - d->total_funded_cents)},
      {"actions", actions},
      {"has_actions", !actions.empty()},
      {"action_count", actions.size()},
      {"form", FormJson(Href(id), values ? *values : InputOf(p.fields), error, p.version)}};
  if (!p.fields.adopted_on) data.erase("adopted_on");  // "" would be truthy
  return ctx.Page("catalogue_programme", p.fields.name, data, error ? FormStatus(*error) : 200);
}

HttpResponse Show(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("programme.not_found", "Ce programme n'existe pas."));
  return Detail(ctx, *id, nullptr, nullptr);
}

HttpResponse Save(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("programme.not_found", "Ce programme n'existe pas."));
  const Params form = ctx.req.Form();
  auto in = ReadForm(form);
  auto version = FormInt(First(form, "version")).value_or(0);
  auto saved = app::UpdateProgramme(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                    version, in);
  if (saved) return HttpResponse::Redirect(Href(*id) + "?enregistre=1");
  if (!IsFormError(saved.error())) return ErrorPage(ctx, saved.error());
  return Detail(ctx, *id, &in, &saved.error());
}

}  // namespace

void RegisterProgrammePages(Router& router) {
  router.Get("/offre/programmes", Access::kPage, List);
  router.Post("/offre/programmes", Access::kPage, Create);
  router.Get("/offre/programmes/{id}", Access::kPage, Show);
  router.Post("/offre/programmes/{id}", Access::kPage, Save);
}

}  // namespace pacte::web
