#pragma once
// Template data of the contract pages (French labels and dates).

#include <string>

#include <nlohmann/json.hpp>

#include "app/contracts/contracts.hpp"
#include "domain/common/error.hpp"
#include "web/server/http.hpp"

namespace pacte::web {

// "Contrat d'engagement réciproque" (CER), "Contrat d'engagement", "Projet personnalisé
// d'accès à l'emploi (PPAE)": the title of the printable contract.
std::string ContractDocumentTitle(ContractType t);

// One contract as rows and detail pages show it: id, href, type_label, status_label, dates
// (French), hours, exemption, objectives, actions with their OARSA labels, closure, renewal
// links, is_current.
nlohmann::json ContractSummaryJson(const app::StoredContract& c, bool is_current);

// The forms of the transitions allowed from the contract's status (sign, end, cancel). When
// `error` came from the form of `posted_status`, its field errors and `posted` values are
// shown in that form.
nlohmann::json StatusFormsJson(const app::StoredContract& c, const std::string& posted_status,
                               const Params& posted, const Error* error);

}  // namespace pacte::web
