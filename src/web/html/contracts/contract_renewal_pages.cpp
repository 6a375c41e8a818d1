// The renewal form and the printable contract (see contract_pages.hpp).

#include "app/contracts/contracts.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/contract_body.hpp"
#include "web/html/contracts/contract_form.hpp"
#include "web/html/contracts/contract_page_support.hpp"
#include "web/html/contracts/contract_views.hpp"
#include "web/html/parcours/person_tabs.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

using app::PersonAction;

// The renewal's defaults: the contract's fields, starting the day after its end, unsigned.
app::ContractInput RenewalDefaults(const app::StoredContract& c) {
  app::ContractInput in = app::InputOf(c.record);
  in.signed_on.clear();
  in.ends_on.clear();
  in.starts_on = FormatIsoDate(c.record.fields.ends_on + std::chrono::days{1});
  return in;
}

std::optional<std::string> NotRenewableReason(const app::StoredContract& c) {
  if (c.renewed_by_id) {
    return "Ce contrat a déjà été renouvelé (contrat n° " + std::to_string(*c.renewed_by_id) +
           ") : un contrat ne se renouvelle qu'une fois.";
  }
  auto s = c.record.status;
  if (s != ContractStatus::kSigne && s != ContractStatus::kTermine) {
    return "Seul un contrat signé ou terminé peut être renouvelé ; ce contrat est « " +
           std::string(ContractStatusLabel(s)) + " ».";
  }
  return std::nullopt;
}

HttpResponse RenewalPage(RequestContext& ctx, std::int64_t id, const app::ContractInput* values,
                         const std::vector<std::size_t>& rows, const Error* error) {
  auto& store = ctx.services.store;
  if (auto ok = app::CheckContractAccess(store, ctx.Who(), id, PersonAction::kEdit); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  auto d = app::GetContract(store, ctx.services.clock, ctx.Who(), id);
  if (!d) return ErrorPage(ctx, d.error());
  const auto& c = d->contract;
  nlohmann::json data{
      {"person_tabs", PersonTabsJson(ctx.Who(), c.person_id, d->person_name, "contrats")},
      {"contract", ContractSummaryJson(c, d->is_current)},
      {"contract_id", c.id}};
  int status = error ? FormErrorStatus(*error) : 200;
  if (auto reason = NotRenewableReason(c); reason && !error) {
    data["alert"] = *reason;
    status = 409;
  } else {
    ContractFormSpec spec{ContractHref(id) + "/renouvellement", "Enregistrer le renouvellement",
                          true, std::nullopt};
    spec.prescriptions = PrescriptionChoicesOf(ctx, c.person_id);
    data["form"] = ContractFormJson(spec, values ? *values : RenewalDefaults(c), rows, error);
  }
  return ctx.Page("contracts_renewal", "Renouveler le contrat n° " + std::to_string(id), data,
                  status);
}

HttpResponse ShowRenewal(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, PageNotFound());
  return RenewalPage(ctx, *id, nullptr, {}, nullptr);
}

HttpResponse Renew(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, PageNotFound());
  auto posted = ReadContractForm(ctx.req.Form());
  auto created = app::RenewContract(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                    posted.changes);
  if (created) return HttpResponse::Redirect(ContractHref(created->id) + "?enregistre=1");
  if (!IsFormError(created.error())) return ErrorPage(ctx, created.error());
  auto values = InputFromChanges(posted.changes);
  return RenewalPage(ctx, *id, &values, posted.action_rows, &created.error());
}

HttpResponse Print(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, PageNotFound());
  auto d = app::GetContract(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!d) return ErrorPage(ctx, d.error());
  const auto& c = d->contract;
  const auto& p = d->person;
  const std::string title = ContractDocumentTitle(c.record.fields.type);
  nlohmann::json data{
      {"document_title", title},
      {"person_tabs", PersonTabsJson(ctx.Who(), c.person_id, d->person_name, "contrats")},
      {"contract", ContractSummaryJson(c, d->is_current)},
      {"person_name", d->person_name},
      {"birth_date", FormatFrenchDate(p.birth_date)},
      {"address", p.address.value_or("")},
      {"referent_name", d->referent_name.value_or("non désigné")},
      {"structure_name", d->structure_name.value_or("non renseignée")},
      {"detail_href", ContractHref(c.id)}};
  return ctx.Page("contracts_print", title + " n° " + std::to_string(c.id), data);
}

}  // namespace

void RegisterContractRenewalPages(Router& router) {
  router.Get("/contrats/{id}/renouvellement", Access::kPage, ShowRenewal);
  router.Post("/contrats/{id}/renouvellement", Access::kPage, Renew);
  router.Get("/contrats/{id}/imprimer", Access::kPage, Print);
}

}  // namespace pacte::web
