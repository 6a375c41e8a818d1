#include "web/html/catalogue_search/catalogue_search_pages.hpp"

#include "app/catalogue_search/search_actions.hpp"
#include "app/policies/offer_policy.hpp"
#include "app/policies/person_policy.hpp"
#include "web/api/v1/action_search_api.hpp"
#include "web/html/catalogue_search/catalogue_search_form.hpp"
#include "web/html/catalogue_search/catalogue_search_view.hpp"
#include "web/html/forms.hpp"
#include "web/html/organisations/organisation_views.hpp"
#include "web/html/organisations/structure_form.hpp"
#include "web/html/territory/territory_view.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

std::optional<std::int64_t> PersonParam(const Params& q) {
  auto id = ParseVersion(FormValue(q, "pour"));
  return id > 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

std::string PlacesText(const nlohmann::json& item) {
  if (item["free_places"].is_null()) return "non renseignées";
  const auto n = item["free_places"].get<std::int64_t>();
  return n == 0 ? "complet" : std::to_string(n);
}

// A result card: the API's item plus display texts and the "Prescrire" link.
nlohmann::json ResultJson(const app::ActionSearchItem& it, Date today,
                          const std::optional<app::CommunePlace>& from,
                          std::optional<std::int64_t> prescribe_for) {
  nlohmann::json item = ActionSearchItemJson(it, today, from);
  item["places_text"] = PlacesText(item);
  item["quality_text"] =
      item["quality"]["label"].get<std::string>() + " (" +
      FrenchDecimal(item["quality"]["score"].get<double>() * 100).append(" %)");
  if (!item["distance_km"].is_null()) {
    item["distance_text"] = FrenchDecimal(item["distance_km"].get<double>()) + " km";
  }
  if (!item["weekly_hours"].is_null()) {
    item["hours_text"] = FrenchDecimal(item["weekly_hours"].get<double>()) + " h par semaine";
  }
  if (prescribe_for) {
    std::string href = "/beneficiaires/" + std::to_string(*prescribe_for) +
                       "/prescriptions/nouvelle?action=" + std::to_string(it.id);
    if (it.next_session_id) href += "&session=" + std::to_string(*it.next_session_id);
    item["prescribe_href"] = href;
  }
  return item;
}

nlohmann::json CommunesJson(const std::vector<app::CommuneResultCount>& counts) {
  nlohmann::json rows = nlohmann::json::array();
  nlohmann::json map = nlohmann::json::object();
  std::int64_t max = 0;
  for (const auto& c : counts) {
    rows.push_back({{"name", c.commune_code.empty() ? "Sans lieu (à distance ou non renseigné)"
                                                    : c.commune_name},
                    {"code", c.commune_code},
                    {"actions", c.actions}});
    if (c.commune_code.empty()) continue;
    map[c.commune_code] = {{"name", c.commune_name}, {"actions", c.actions}};
    max = std::max(max, c.actions);
  }
  const bool has_rows = !rows.empty();
  return {{"rows", rows},
          {"map_data", ScriptSafeJson({{"communes", map}, {"max", max}})},
          {"has_map", !map.empty()},
          {"has_rows", has_rows}};
}

HttpResponse SearchPage(RequestContext& ctx) {
  if (auto ok = app::Authorize(ctx.Who(), app::OfferAction::kReadCatalogue); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  auto query = ctx.req.QueryParams();
  auto page = PageFromQuery(query);
  auto choices = LoadStructureChoices(ctx, false);
  if (!choices) return ErrorPage(ctx, choices.error());
  auto pour = PersonParam(query);
  if (pour && !app::MayPrescribeFor(ctx.services.store, ctx.Who(), *pour)) pour.reset();
  auto result = app::SearchActions(ctx.services.store, ctx.services.clock, ctx.Who(),
                                   CriteriaFromQuery(query), page, true);
  if (!result && result.error().kind != ErrorKind::kInvalid) return ErrorPage(ctx, result.error());
  const auto errors = result ? nlohmann::json::object() : FieldErrorsJson(result.error());
  nlohmann::json data = SearchFormJson(query, choices->communes, errors);
  data["errors_summary"] = result ? nlohmann::json() : nlohmann::json(result.error().message);
  if (pour) data["pour"] = *pour;
  nlohmann::json results = nlohmann::json::array();
  std::int64_t total = 0;
  if (result) {
    const Date today = DateOf(ctx.services.clock.Now());
    for (const auto& it : result->page.items) {
      results.push_back(ResultJson(it, today, result->commune, pour));
    }
    total = result->page.total;
    data["communes"] = CommunesJson(result->communes);
  }
  data["results"] = results;
  data["has_results"] = !results.empty();
  data["total"] = total;
  data["pagination"] = PaginationJson("/offre/actions", query, total, page);
  return ctx.Page("catalogue_search", "Catalogue des actions", data, result ? 200 : 422);
}

HttpResponse FindForPerson(RequestContext& ctx) {
  const auto id = ParseVersion(ctx.Param("id"));
  if (id <= 0) return ErrorPage(ctx, app::PersonNotFound());
  auto criteria = app::CriteriaForPerson(ctx.services.store, ctx.services.clock, ctx.Who(), id);
  if (!criteria) return ErrorPage(ctx, criteria.error());
  std::string target = "/offre/actions?pour=" + std::to_string(id);
  if (auto q = QueryOfCriteria(*criteria); !q.empty()) target += "&" + q;
  return HttpResponse::Redirect(target);
}

}  // namespace

void RegisterCatalogueSearchRoutes(Router& router) {
  router.Get("/offre/actions", Access::kPage, SearchPage);
  router.Get("/beneficiaires/{id}/trouver-une-action", Access::kPage, FindForPerson);
  RegisterActionSearchApi(router);
}

}  // namespace pacte::web
