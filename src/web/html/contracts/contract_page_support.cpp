#include "web/html/contracts/contract_page_support.hpp"

#include <cstdlib>

#include "app/contracts/contracts.hpp"
#include "app/prescriptions/prescriptions.hpp"
#include "web/html/contracts/contract_form.hpp"
#include "web/html/contracts/contract_views.hpp"
#include "web/html/parcours/person_tabs.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

bool CanRenew(const app::StoredContract& c) {
  auto s = c.record.status;
  return !c.renewed_by_id && (s == ContractStatus::kSigne || s == ContractStatus::kTermine);
}

nlohmann::json EditForm(RequestContext& ctx, const app::ContractDetail& d,
                        const DetailState& state) {
  const auto& c = d.contract;
  ContractFormSpec spec{ContractHref(c.id), "Enregistrer les modifications", false, c.version};
  spec.prescriptions = PrescriptionChoicesOf(ctx, c.person_id);
  if (state.edit_values) {
    spec.version = state.edit_version;
    return ContractFormJson(spec, *state.edit_values, state.edit_rows, state.error);
  }
  return ContractFormJson(spec, app::InputOf(c.record), {}, nullptr);
}

}  // namespace

Error PageNotFound() { return Error::NotFound("contract.not_found", "Ce contrat n'existe pas."); }

std::vector<PrescriptionChoice> PrescriptionChoicesOf(RequestContext& ctx, std::int64_t person_id) {
  app::PrescriptionListQuery query;
  query.person_id = person_id;
  auto list = app::ListPrescriptions(ctx.services.store, ctx.services.clock, ctx.Who(), query,
                                     app::PageRequest{1, 200});
  std::vector<PrescriptionChoice> out;
  if (!list) return out;
  for (const auto& p : list->page.items) {
    out.push_back({p.id, p.action_name + " – " + std::string(PrescriptionStatusLabel(p.status)) +
                             " (prescrite le " + FormatFrenchDate(DateOf(p.prescribed_at)) + ")"});
  }
  return out;
}

std::string ContractHref(std::int64_t id) { return "/contrats/" + std::to_string(id); }

bool IsFormError(const Error& e) {
  return e.kind == ErrorKind::kInvalid || e.kind == ErrorKind::kConflict ||
         e.kind == ErrorKind::kStale;
}

int FormErrorStatus(const Error& e) { return e.kind == ErrorKind::kInvalid ? 422 : 409; }

std::int64_t FormVersion(const Params& form) {
  std::string text = First(form, "version").value_or("");
  char* end = nullptr;
  long long v = std::strtoll(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || v < 0) return 0;
  return v;
}

HttpResponse RenderDetail(RequestContext& ctx, std::int64_t id, const DetailState& state) {
  auto d = app::GetContract(ctx.services.store, ctx.services.clock, ctx.Who(), id);
  if (!d) return ErrorPage(ctx, d.error());
  const auto& c = d->contract;
  const std::string title =
      std::string(ContractTypeLabel(c.record.fields.type)) + " n° " + std::to_string(c.id);
  nlohmann::json data{
      {"title", title},
      {"person_name", d->person_name},
      {"person_tabs", PersonTabsJson(ctx.Who(), c.person_id, d->person_name, "contrats")},
      {"contracts_href", "/beneficiaires/" + std::to_string(c.person_id) + "/contrats"},
      {"contract", ContractSummaryJson(c, d->is_current)},
      {"structure_name", d->structure_name.value_or("")},
      {"referent_name", d->referent_name.value_or("")},
      {"saved", !state.error && First(ctx.req.QueryParams(), "enregistre").has_value()},
      {"can_edit", d->can_edit}};
  const bool edit_error = state.error && state.edit_values;
  const bool status_error = state.error && !state.edit_values;
  if (status_error && state.error->kind != ErrorKind::kInvalid) {
    data["alert"] = state.error->message;
  }
  if (d->can_edit) {
    data["status_forms"] = StatusFormsJson(c, state.posted_status, state.posted,
                                           status_error ? state.error : nullptr);
    if (c.record.status == ContractStatus::kBrouillon || edit_error) {
      data["edit_form"] = EditForm(ctx, *d, state);
    }
    if (CanRenew(c)) data["renewal_href"] = ContractHref(c.id) + "/renouvellement";
  }
  int status = state.error ? FormErrorStatus(*state.error) : 200;
  return ctx.Page("contracts_detail", title, data, status);
}

}  // namespace pacte::web
