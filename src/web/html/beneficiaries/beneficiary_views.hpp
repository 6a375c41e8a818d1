#pragma once
// JSON of beneficiaries for the API and template data for the pages. Masking is already
// done by the use cases (app/beneficiaries): views render what they receive.

#include <string>

#include <nlohmann/json.hpp>

#include "app/beneficiaries/beneficiary_file.hpp"
#include "app/beneficiaries/beneficiary_timeline.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/beneficiary_repository.hpp"

namespace pacte::web {

// "Mme Awa LEFÈVRE" (civility when known, last name upper-cased as typed).
std::string DisplayName(const std::optional<Civility>& civility, const std::string& first,
                        const std::string& last);

// API: one row of GET /api/v1/beneficiaries.
nlohmann::json PersonListItemJson(const app::PersonListItem& item);
// API: GET /api/v1/beneficiaries/{id}; `today` decides whether the contract is valid.
nlohmann::json BeneficiaryFileJson(const app::BeneficiaryFile& file, Date today);
// API: one event of the timeline.
nlohmann::json TimelineEntryJson(std::int64_t person_id, const app::TimelineEntry& entry);

// Pages: rows of the list table, the fiche's sections, the journal's rows. A row links to the
// person's file when the actor may view it (PersonAction::kView), else to the prescriptions
// page of the limited view (kViewLimited, an operateur's prescribed persons).
nlohmann::json PersonRowsJson(const app::Actor& actor,
                              const std::vector<app::PersonListItem>& items);
nlohmann::json FilePageJson(const app::BeneficiaryFile& file, Date today);
nlohmann::json TimelineRowsJson(std::int64_t person_id,
                                const std::vector<app::TimelineEntry>& entries);

}  // namespace pacte::web
