#include "web/api/v1/contracts_api.hpp"

#include "app/parcours/person_access.hpp"
#include "app/contracts/contracts.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/contract_body.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

using app::PersonAction;

nlohmann::json OptText(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json OptDate(const std::optional<Date>& d) {
  return d ? nlohmann::json(FormatIsoDate(*d)) : nlohmann::json(nullptr);
}

nlohmann::json OptId(const std::optional<std::int64_t>& id) {
  return id ? nlohmann::json(*id) : nlohmann::json(nullptr);
}

nlohmann::json ActionsJson(const std::vector<ContractAction>& actions) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : actions) {
    out.push_back({{"label", a.label},
                   {"action_type", a.action_type},
                   {"action_type_label", OarsaActionTypeLabel(a.action_type)},
                   {"catalogue_action_id", OptId(a.catalogue_action_id)},
                   {"prescription_id", OptId(a.prescription_id)}});
  }
  return out;
}

nlohmann::json NextStatusesJson(ContractStatus s) {
  nlohmann::json out = nlohmann::json::array();
  for (auto next : NextContractStatuses(s)) out.push_back(ContractStatusCode(next));
  return out;
}

HttpResponse Fail(RequestContext& ctx, const Error& e) { return ProblemResponse(e, ctx.req.path); }

HttpResponse List(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto list = app::ListPersonContracts(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!list) return Fail(ctx, list.error());
  const Date today = DateOf(ctx.services.clock.Now());
  nlohmann::json items = nlohmann::json::array();
  for (const auto& c : list->contracts) items.push_back(ContractJson(c, today));
  const auto total = static_cast<std::int64_t>(items.size());
  return HttpResponse::Json({{"items", std::move(items)},
                             {"page", 1},
                             {"page_size", std::max<std::int64_t>(total, 1)},
                             {"total", total}});
}

HttpResponse Created(RequestContext& ctx, const app::StoredContract& c) {
  auto r = HttpResponse::Json(ContractJson(c, DateOf(ctx.services.clock.Now())), 201);
  r.Set("Location", "/api/v1/contracts/" + std::to_string(c.id));
  return r;
}

HttpResponse Create(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto& store = ctx.services.store;
  if (auto ok = app::CheckPersonAction(store, ctx.Who(), *id, PersonAction::kEdit); !ok) {
    return Fail(ctx, ok.error());
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return Fail(ctx, body.error());
  auto changes = ReadContractBody(*body, ContractBodyKind::kCreate);
  if (!changes) return Fail(ctx, changes.error());
  auto created = app::CreateContract(store, ctx.services.clock, ctx.Who(), *id,
                                     InputFromChanges(changes->changes));
  if (!created) return Fail(ctx, created.error());
  return Created(ctx, *created);
}

HttpResponse Get(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto found = app::GetContract(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!found) return Fail(ctx, found.error());
  return HttpResponse::Json(ContractJson(found->contract, DateOf(ctx.services.clock.Now())));
}

HttpResponse Patch(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto& store = ctx.services.store;
  if (auto ok = app::CheckContractAccess(store, ctx.Who(), *id, PersonAction::kEdit); !ok) {
    return Fail(ctx, ok.error());
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return Fail(ctx, body.error());
  auto changes = ReadContractBody(*body, ContractBodyKind::kPatch);
  if (!changes) return Fail(ctx, changes.error());
  auto saved = app::ChangeContract(store, ctx.services.clock, ctx.Who(), *id, changes->version,
                                   changes->changes);
  if (!saved) return Fail(ctx, saved.error());
  return HttpResponse::Json(ContractJson(*saved, DateOf(ctx.services.clock.Now())));
}

HttpResponse Renew(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto& store = ctx.services.store;
  if (auto ok = app::CheckContractAccess(store, ctx.Who(), *id, PersonAction::kEdit); !ok) {
    return Fail(ctx, ok.error());
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return Fail(ctx, body.error());
  auto changes = ReadContractBody(*body, ContractBodyKind::kRenewal);
  if (!changes) return Fail(ctx, changes.error());
  auto created = app::RenewContract(store, ctx.services.clock, ctx.Who(), *id, changes->changes);
  if (!created) return Fail(ctx, created.error());
  return Created(ctx, *created);
}

}  // namespace

nlohmann::json ContractJson(const app::StoredContract& c, Date today) {
  const auto& r = c.record;
  const auto& f = r.fields;
  const ExemptionReason* exemption =
      f.exemption_reason ? app::CurrentContractRules().FindExemption(*f.exemption_reason)
                         : nullptr;
  return {{"id", c.id},
          {"person_id", c.person_id},
          {"type", ContractTypeCode(f.type)},
          {"type_label", ContractTypeLabel(f.type)},
          {"status", ContractStatusCode(r.status)},
          {"status_label", ContractStatusLabel(r.status)},
          {"next_statuses", NextStatusesJson(r.status)},
          {"signed_on", OptDate(f.signed_on)},
          {"starts_on", FormatIsoDate(f.starts_on)},
          {"ends_on", FormatIsoDate(f.ends_on)},
          {"weekly_hours", f.weekly_hours ? nlohmann::json(*f.weekly_hours) : nlohmann::json()},
          {"exemption_reason", OptText(f.exemption_reason)},
          {"exemption_reason_label",
           exemption ? nlohmann::json(exemption->label) : nlohmann::json()},
          {"objectives", OptText(r.objectives)},
          {"actions", ActionsJson(f.actions)},
          {"closed_on", OptDate(r.closed_on)},
          {"closure_reason", OptText(r.closure_reason)},
          {"structure_id", OptId(c.structure_id)},
          {"referent_agent_id", OptId(c.referent_agent_id)},
          {"renews_contract_id", OptId(c.renews_contract_id)},
          {"renewed_by_id", OptId(c.renewed_by_id)},
          {"is_current", app::IsCurrentContract(c, today)},
          {"version", c.version},
          {"created_at", IsoOrEmpty(c.created_at)},
          {"updated_at", IsoOrEmpty(c.updated_at)}};
}

void RegisterContractApi(Router& router) {
  router.Get("/api/v1/beneficiaries/{id}/contracts", Access::kApi, List);
  router.Post("/api/v1/beneficiaries/{id}/contracts", Access::kApi, Create);
  router.Get("/api/v1/contracts/{id}", Access::kApi, Get);
  router.Add("PATCH", "/api/v1/contracts/{id}", Access::kApi, Patch);
  router.Post("/api/v1/contracts/{id}/renewal", Access::kApi, Renew);
}

}  // namespace pacte::web
