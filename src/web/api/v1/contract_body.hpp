#pragma once
// Reading the JSON body of the contract API strictly (see contracts_api.hpp): unknown fields,
// wrong types and a missing version are 422 naming each field; business rules are left to
// the use cases.

#include <cstdint>
#include <nlohmann/json.hpp>

#include "app/contracts/contract_input.hpp"
#include "domain/common/error.hpp"

namespace pacte::web {

enum class ContractBodyKind {
  kCreate,   // no version, no closure fields
  kPatch,    // version required; closed_on, closure_reason allowed
  kRenewal,  // as a creation
};

struct ContractBody {
  app::ContractChanges changes;
  std::int64_t version = 0;  // kPatch only
};

// The changes a body asks for; kInvalid `request.invalid_fields` listing every problem.
// A null text field of a PATCH clears it (""), a null weekly_hours clears the hours.
Result<ContractBody> ReadContractBody(const nlohmann::json& body, ContractBodyKind kind);

// A creation input holding the present fields of `changes` (status included).
app::ContractInput InputFromChanges(const app::ContractChanges& changes);

}  // namespace pacte::web
