#include "app/referents/caseloads.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/forms.hpp"
#include "web/html/orientation/orientation_forms.hpp"
#include "web/html/orientation/orientation_pages.hpp"
#include "web/html/organisations/organisation_views.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

HttpResponse List(RequestContext& ctx) {
  auto query = ctx.req.QueryParams();
  auto page = PageFromQuery(query);
  app::CaseloadFilter filter;
  std::string structure = FormValue(query, "structure");
  if (auto id = ParseVersion(structure); id > 0) {
    filter.structure_id = id;
  } else {
    structure.clear();
  }
  auto list = app::ListCaseloads(ctx.services.store, ctx.Who(), filter, page);
  if (!list) return ErrorPage(ctx, list.error());
  auto structures = ReferentBodyOptions(ctx);
  if (!structures) return ErrorPage(ctx, structures.error());
  const bool can_transfer =
      app::AuthorizePersons(ctx.Who(), app::PersonAction::kTransferCaseload).has_value();
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& c : list->items) {
    rows.push_back({{"agent_id", c.agent_id},
                    {"name", c.first_name + " " + c.last_name},
                    {"structure", c.structure_name},
                    {"caseload", c.active_assignments},
                    {"can_transfer", can_transfer && c.active_assignments > 0}});
  }
  nlohmann::json data{
      {"referents", rows},
      {"has_referents", !rows.empty()},
      {"total", list->total},
      {"structure_options", FilterOptions(*structures, structure, "Toutes les structures")},
      {"pagination", PaginationJson("/referents", query, list->total, page)}};
  return ctx.Page("referents_list", "Référents et portefeuilles", data);
}

HttpResponse Render(RequestContext& ctx, std::int64_t id, const app::TransferInput& in,
                    const Error* error, int status) {
  auto from = app::GetCaseload(ctx.services.store, ctx.Who(), id);
  if (!from) return ErrorPage(ctx, from.error());
  auto agents = ReferentAgentOptions(ctx);
  if (!agents) return ErrorPage(ctx, agents.error());
  std::vector<Option> others;
  for (auto& o : *agents) {
    if (o.value != std::to_string(id)) others.push_back(o);
  }
  auto errors = error ? FieldErrorsJson(*error) : nlohmann::json::object();
  const std::string to = in.to_agent_id > 0 ? std::to_string(in.to_agent_id) : "";
  nlohmann::json data{
      {"name", from->first_name + " " + from->last_name},
      {"structure", from->structure_name},
      {"caseload", from->active_assignments},
      {"agent_id", id},
      {"summary", errors.value("_summary", "")},
      {"to_agent_id", SelectField(FieldSpec("to_agent_id", "Nouveau référent", to).Required(),
                                  others, "Choisir un référent", errors)},
      {"since", TextField(FieldSpec("since", "Date du transfert", in.since).Type("date").Required(),
                          errors)}};
  return ctx.Page("referents_transfer", "Transférer un portefeuille", data, status);
}

HttpResponse ShowTransfer(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("referent.not_found", "Référent introuvable."));
  return Render(ctx, *id, {}, nullptr, 200);
}

HttpResponse PostTransfer(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("referent.not_found", "Référent introuvable."));
  auto form = ctx.req.Form();
  app::TransferInput in{ParseVersion(FormValue(form, "to_agent_id")), FormValue(form, "since")};
  auto done = app::TransferCaseload(ctx.services.store, ctx.services.clock, ctx.Who(), *id, in);
  if (done) {
    return HttpResponse::Redirect("/referents?transfert=" +
                                  std::to_string(done->person_ids.size()));
  }
  const Error& e = done.error();
  if (e.kind != ErrorKind::kInvalid && e.kind != ErrorKind::kConflict &&
      e.kind != ErrorKind::kStale) {
    return ErrorPage(ctx, e);
  }
  return Render(ctx, *id, in, &e, HttpStatusOf(e.kind));
}

}  // namespace

void RegisterReferentPages(Router& router) {
  router.Get("/referents", Access::kPage, List);
  router.Get("/referents/{id}/transfert", Access::kPage, ShowTransfer);
  router.Post("/referents/{id}/transfert", Access::kPage, PostTransfer);
}

}  // namespace pacte::web
