#pragma once
// The beneficiary form (creation and edition): fields as template data for the partials
// institutions_text_field / institutions_select_field, and the draft read from a post.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/beneficiaries/manage_beneficiary.hpp"
#include "web/html/organisations/form_fields.hpp"
#include "web/server/http.hpp"

namespace pacte::web {

// Template data of beneficiaries_form.mustache. dd_since is offered only on creation
// (version nullopt).
nlohmann::json BeneficiaryFormJson(const app::NewBeneficiary& input,
                                   const std::vector<Option>& communes,
                                   const nlohmann::json& errors, const std::string& action,
                                   std::optional<std::int64_t> version);

app::NewBeneficiary BeneficiaryFromForm(const Params& form);

// Every field of the form as a change (a form posts them all).
app::BeneficiaryChanges ChangesOf(const PersonDraft& d);

}  // namespace pacte::web
