#pragma once
// Searching and listing beneficiaries (page /beneficiaires, GET /api/v1/beneficiaries,
// /mes-beneficiaires). Lists always apply VisibilityOf(actor).

#include <cstdint>
#include <optional>
#include <string>
#include <span>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "app/policies/actor.hpp"
#include "app/policies/person_policy.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

// Criteria as typed; empty text means "not given".
struct BeneficiarySearch {
  std::string name;        // see PersonListQuery::criteria
  std::string nir;         // 13 or 15 characters
  std::string caf_number;  // allocataire number
  std::string birth_date;  // YYYY-MM-DD
  std::optional<std::int64_t> territory_id;
  std::optional<std::string> commune_code;
  std::optional<std::int64_t> structure_id;
  std::optional<std::int64_t> referent_agent_id;
  std::optional<std::string> parcours;  // Parcours code
  std::optional<PersonStatusFilter> status;
  PersonSort sort = PersonSort::kName;
  bool descending = false;
};

// Codes of the status filters and sorts ("non_oriente", "sans_contrat_valide", …; "name",
// "dd_since", "oriented_on").
std::string_view PersonStatusFilterCode(PersonStatusFilter s);
std::string_view PersonStatusFilterLabel(PersonStatusFilter s);
std::optional<PersonStatusFilter> ParsePersonStatusFilter(std::string_view code);
std::span<const PersonStatusFilter> AllPersonStatusFilters();
std::string_view PersonSortCode(PersonSort s);
std::optional<PersonSort> ParsePersonSort(std::string_view code);

// The repository query of `search` for the actor: criteria normalised, VisibilityOf(actor)
// applied, statuses as of the clock's day. Errors: kInvalid naming nir, caf_number,
// birth_date or parcours when unreadable (code person.search_invalid). No permission check.
Result<PersonListQuery> PersonListQueryOf(const Clock& clock, const Actor& actor,
                                          const BeneficiarySearch& search);

// For audit details: the names of the criteria given and the codes / ids of the filters,
// never the typed values (personal data).
nlohmann::json BeneficiarySearchCodes(const BeneficiarySearch& search);

// One page of the persons the actor sees that match. Errors: kForbidden when the actor may
// not list persons; kInvalid naming nir, caf_number, birth_date or parcours when unreadable.
// Audit: one person.search event per call with the criteria's codes (never their values).
Result<PageOf<PersonListItem>> SearchBeneficiaries(Store& store, const Clock& clock,
                                                   const Actor& actor,
                                                   const BeneficiarySearch& search,
                                                   const PageRequest& page);

// The person policy's scope of a person a list shows the actor (SearchBeneficiaries): the
// row's territory, orientation structure and référent; in a list restricted to the persons
// prescribed to the actor's structure (VisibilityOf(actor).only_prescribed), the prescription.
// Enough for IsAllowed(actor, kView / kViewLimited, …) to choose the row's link.
PersonScope ListedPersonScope(const Actor& actor, const PersonListItem& item);

// The actor's own caseload (persons whose active référent is the actor) counted by status.
// Errors: kForbidden as SearchBeneficiaries. Counts only: not audited.
Result<CaseloadCounts> GetCaseloadCounts(Store& store, const Clock& clock, const Actor& actor);

}  // namespace pacte::app
