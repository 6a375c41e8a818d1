#include "web/html/offer_figures/offer_figures_pages.hpp"

#include <cmath>

#include "domain/offer/objective.hpp"
#include "web/html/catalogue_search/catalogue_search_view.hpp"
#include "web/html/organisations/form_fields.hpp"
#include "web/html/organisations/organisation_views.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

nlohmann::json GroupJson(const app::FillGroup& g) {
  return {{"label", g.label},
          {"actions", g.actions},
          {"places", g.places},
          {"used", g.used},
          {"rate", PercentText(g.rate)}};
}

nlohmann::json GroupsJson(const std::vector<app::FillGroup>& groups) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& g : groups) out.push_back(GroupJson(g));
  return out;
}

std::string ObjectiveText(const std::optional<std::string>& code) {
  if (!code) return "—";
  auto o = ParseObjective(*code);
  return o ? std::string(ObjectiveLabel(*o)) : *code;
}

nlohmann::json ActionsJson(const std::vector<app::ActionFill>& actions) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : actions) {
    out.push_back({{"id", a.action_id},
                   {"name", a.name},
                   {"archived", a.status == "archivee"},
                   {"objective", ObjectiveText(a.objective)},
                   {"structure", a.structure_name},
                   {"territory", a.territory_name.empty() ? "—" : a.territory_name},
                   {"places", a.places},
                   {"used", a.used},
                   {"rate", PercentText(FillRate(a.used, a.places))}});
  }
  return out;
}

std::string Days(const std::optional<double>& d) {
  return d ? FrenchDecimal(*d) + " j" : "—";
}

nlohmann::json DelayJson(const char* label, const DelayStats& s) {
  return {{"label", label}, {"count", s.count}, {"mean", Days(s.mean)}, {"median", Days(s.median)}};
}

std::optional<int> YearParam(const Params& q, bool& invalid) {
  const std::string text = FormValue(q, "annee");
  invalid = false;
  if (text.empty()) return std::nullopt;
  const auto year = ParseVersion(text);
  if (year <= 0 || year > 9999) {
    invalid = true;
    return std::nullopt;
  }
  return static_cast<int>(year);
}

HttpResponse FiguresPage(RequestContext& ctx) {
  auto query = ctx.req.QueryParams();
  bool invalid = false;
  auto year = YearParam(query, invalid);
  if (invalid) year = 0;  // refused below with the use case's message
  auto figures = app::GetOfferFigures(ctx.services.store, ctx.Who(), year);
  if (!figures) return ErrorPage(ctx, figures.error());
  return ctx.Page("offer_figures", "Chiffres de l'offre", OfferFiguresJson(*figures));
}

}  // namespace

std::string PercentText(const std::optional<double>& rate) {
  if (!rate) return "—";
  return std::to_string(static_cast<long long>(std::llround(*rate * 100))) + " %";
}

nlohmann::json OfferFiguresJson(const app::OfferFigures& f) {
  nlohmann::json statuses = nlohmann::json::array();
  for (const auto& s : f.by_status) {
    statuses.push_back({{"label", app::PrescriptionStatusLabel(s.status)}, {"count", s.count}});
  }
  nlohmann::json data{
      {"year", f.year ? nlohmann::json(*f.year) : nlohmann::json()},
      {"year_value", f.year ? std::to_string(*f.year) : ""},
      {"own_structure", f.structure_id.has_value()},
      {"actions", ActionsJson(f.actions)},
      {"has_actions", !f.actions.empty()},
      {"by_objective", GroupsJson(f.by_objective)},
      {"by_territory", GroupsJson(f.by_territory)},
      {"total", GroupJson(f.total)},
      {"statuses", statuses},
      {"prescriptions", f.prescriptions},
      {"delays", {DelayJson("De la prescription à la réponse (acceptation ou refus)", f.to_answer),
                  DelayJson("De la prescription à l'entrée dans l'action", f.to_entry)}}};
  return data;
}

void RegisterOfferFiguresRoutes(Router& router) {
  router.Get("/offre/chiffres", Access::kPage, FiguresPage);
}

}  // namespace pacte::web
