#pragma once
// The contract form of the pages (new contract, draft edit, renewal): reading what was posted
// and building the template data, with each error next to its field. Works without
// JavaScript: a few blank action rows are always offered, blank rows are ignored, and the
// duration shortcut is applied by the server when the end date is left empty
// (assets/contracts.js only fills the end date and adds rows).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/contracts/contract_input.hpp"
#include "domain/common/error.hpp"
#include "web/server/http.hpp"

namespace pacte::web {

// What the form posted: the changes, and for each action the form row it came from (so that
// the error of "actions[1].label" is shown on the right row).
struct PostedContract {
  app::ContractChanges changes;
  std::vector<std::size_t> action_rows;
};

// Reads the form fields type, starts_on, ends_on, duration_months, weekly_hours ("17,5"
// accepted), exemption_reason, objectives, status, signed_on and the rows action_label_N,
// action_type_N, action_catalogue_N, action_prescription_N. Fields absent from the form stay
// absent; a row with neither label, type nor prescription is blank and ignored.
PostedContract ReadContractForm(const Params& form);

// A prescription of the person that an action row may carry out (its select).
struct PrescriptionChoice {
  std::int64_t id = 0;
  std::string label;  // "Atelier CV – Acceptée"
};

// The form data re-showing `values`. `error` (may be null) spreads its field errors;
// `with_status` adds the status and signature fields (creation and renewal).
struct ContractFormSpec {
  std::string action;        // where the form posts
  std::string submit_label;  // "Enregistrer le contrat"
  bool with_status = true;
  std::optional<std::int64_t> version;
  // The person's prescriptions offered on each action row (no select when empty and no row
  // is linked).
  std::vector<PrescriptionChoice> prescriptions = {};
};
nlohmann::json ContractFormJson(const ContractFormSpec& spec, const app::ContractInput& values,
                                const std::vector<std::size_t>& action_rows, const Error* error);

// Select options of the OARSA action types, `selected` marked (0: none).
nlohmann::json ActionTypeOptions(int selected);

}  // namespace pacte::web
