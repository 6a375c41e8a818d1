#include "web/html/contracts/contract_pages.hpp"

#include "app/contracts/contracts.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/contract_body.hpp"
#include "web/api/v1/contracts_api.hpp"
#include "web/html/contracts/contract_form.hpp"
#include "web/html/contracts/contract_page_support.hpp"
#include "web/html/contracts/contract_views.hpp"
#include "web/html/parcours/person_tabs.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

HttpResponse PersonPage(RequestContext& ctx, const app::PersonContracts& list,
                        const app::ContractInput& values, const std::vector<std::size_t>& rows,
                        const Error* error, int status) {
  nlohmann::json contracts = nlohmann::json::array();
  nlohmann::json current;
  for (const auto& c : list.contracts) {
    bool is_current = list.current_contract_id == c.id;
    contracts.push_back(ContractSummaryJson(c, is_current));
    if (is_current) current = contracts.back();
  }
  nlohmann::json data{
      {"person_name", list.person_name},
      {"person_tabs", PersonTabsJson(ctx.Who(), list.person_id, list.person_name, "contrats")},
      {"contracts", contracts},
      {"has_contracts", !contracts.empty()},
      {"current", current}};
  if (list.can_edit) {
    ContractFormSpec spec{"/beneficiaires/" + std::to_string(list.person_id) + "/contrats",
                          "Enregistrer le contrat", true, std::nullopt};
    spec.prescriptions = PrescriptionChoicesOf(ctx, list.person_id);
    data["form"] = ContractFormJson(spec, values, rows, error);
  }
  return ctx.Page("contracts_person", "Contrats de " + list.person_name, data, status);
}

HttpResponse ListPage(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, PageNotFound());
  auto list = app::ListPersonContracts(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!list) return ErrorPage(ctx, list.error());
  app::ContractInput blank;
  blank.type = "contrat_engagement";
  return PersonPage(ctx, *list, blank, {}, nullptr, 200);
}

HttpResponse Create(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, PageNotFound());
  auto posted = ReadContractForm(ctx.req.Form());
  auto input = InputFromChanges(posted.changes);
  auto created =
      app::CreateContract(ctx.services.store, ctx.services.clock, ctx.Who(), *id, input);
  if (created) return HttpResponse::Redirect(ContractHref(created->id) + "?enregistre=1");
  const Error& e = created.error();
  if (!IsFormError(e)) return ErrorPage(ctx, e);
  auto list = app::ListPersonContracts(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!list) return ErrorPage(ctx, list.error());
  return PersonPage(ctx, *list, input, posted.action_rows, &e, FormErrorStatus(e));
}

HttpResponse Show(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, PageNotFound());
  return RenderDetail(ctx, *id, {});
}

HttpResponse Edit(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, PageNotFound());
  const Params form = ctx.req.Form();
  auto posted = ReadContractForm(form);
  posted.changes.status.reset();
  auto version = FormVersion(form);
  auto saved = app::ChangeContract(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                   version, posted.changes);
  if (saved) return HttpResponse::Redirect(ContractHref(*id) + "?enregistre=1");
  if (!IsFormError(saved.error())) return ErrorPage(ctx, saved.error());
  DetailState state;
  state.error = &saved.error();
  state.edit_values = InputFromChanges(posted.changes);
  state.edit_rows = posted.action_rows;
  state.edit_version = version;
  return RenderDetail(ctx, *id, state);
}

app::ContractChanges StatusChanges(const Params& form) {
  app::ContractChanges c;
  c.status = First(form, "status").value_or("");
  if (*c.status == "signe") c.signed_on = First(form, "signed_on").value_or("");
  c.closed_on = First(form, "closed_on");
  c.closure_reason = First(form, "closure_reason");
  return c;
}

HttpResponse ChangeStatus(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, PageNotFound());
  const Params form = ctx.req.Form();
  auto changes = StatusChanges(form);
  auto saved = app::ChangeContract(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                   FormVersion(form), changes);
  if (saved) return HttpResponse::Redirect(ContractHref(*id) + "?enregistre=1");
  if (!IsFormError(saved.error())) return ErrorPage(ctx, saved.error());
  DetailState state;
  state.error = &saved.error();
  state.posted_status = *changes.status;
  state.posted = form;
  return RenderDetail(ctx, *id, state);
}

}  // namespace

void RegisterContractRoutes(Router& router) {
  router.Get("/beneficiaires/{id}/contrats", Access::kPage, ListPage);
  router.Post("/beneficiaires/{id}/contrats", Access::kPage, Create);
  router.Get("/contrats/{id}", Access::kPage, Show);
  router.Post("/contrats/{id}", Access::kPage, Edit);
  router.Post("/contrats/{id}/statut", Access::kPage, ChangeStatus);
  RegisterContractRenewalPages(router);
  RegisterContractApi(router);
}

}  // namespace pacte::web
