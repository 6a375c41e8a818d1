#pragma once
// Shared pieces of the contract pages: the detail page (re-shown with the errors of its
// forms), small form helpers, and the renewal and print pages' registration.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/contracts/contract_input.hpp"
#include "domain/common/error.hpp"
#include "web/html/contracts/contract_form.hpp"
#include "web/server/context.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

Error PageNotFound();
std::string ContractHref(std::int64_t id);

// Errors a form shows in place (422 field errors; 409 stale, conflicts).
bool IsFormError(const Error& e);
int FormErrorStatus(const Error& e);

// The posted "version" (0 when unreadable, which is always stale).
std::int64_t FormVersion(const Params& form);

// The person's prescriptions, newest first, offered on the contract form's action rows
// (app::ListPrescriptions; none when the actor may not list them).
std::vector<PrescriptionChoice> PrescriptionChoicesOf(RequestContext& ctx, std::int64_t person_id);

// What the detail page re-shows after a refused post.
struct DetailState {
  const Error* error = nullptr;
  // A refused edit: the typed values, their action rows and version.
  std::optional<app::ContractInput> edit_values;
  std::vector<std::size_t> edit_rows;
  std::int64_t edit_version = 0;
  // A refused transition: its status code and what was posted.
  std::string posted_status;
  Params posted;
};

// GET /contrats/{id}, or its re-display with `state` (status 422/409 when state.error).
HttpResponse RenderDetail(RequestContext& ctx, std::int64_t id, const DetailState& state);

void RegisterContractRenewalPages(Router& router);

}  // namespace pacte::web
