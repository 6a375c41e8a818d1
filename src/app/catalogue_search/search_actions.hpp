#pragma once
// Catalogue search (page /offre/actions, GET /api/v1/actions) and "Trouver une action" from a
// person's page. Only published actions are searched; operators and managers see their
// drafts on their own pages.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/action_search_repository.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

// The search parameters as typed (API query names); "" means "not given".
struct ActionSearchCriteria {
  std::string q = {};                      // words, all required, accents and case ignored
  std::string objective = {};              // objective code
  std::string thematique = {};             // thematique code or category
  std::vector<std::string> barriers = {};  // barrier theme codes (any of them)
  std::string commune = {};                // INSEE code: the eligibility zone contains it
  std::string radius_km = {};              // with commune: distance from its centroid
  std::string public_code = {};            // data·inclusion public (tous-publics always matches)
  std::string mode = {};                   // en-presentiel | a-distance
  std::string weekly_hours_min = {};
  std::string weekly_hours_max = {};
  std::string has_places = {};             // true/false (also 1/0, on)
  std::string from = {};                   // YYYY-MM-DD: sessions starting from
  std::string to = {};                     // YYYY-MM-DD: sessions starting until
};

// The filters read from the criteria, without the commune (looked up in the database):
// kInvalid `catalogue.search_invalid` with one French message per bad parameter, named as
// in the API. `today` is the default start of the session range when has_places is true.
Result<ActionSearchQuery> ReadActionSearch(const ActionSearchCriteria& criteria, Date today);

struct ActionSearchResult {
  PageOf<ActionSearchItem> page;
  std::vector<CommuneResultCount> communes;  // every result per commune (map and table)
  std::optional<CommunePlace> commune;       // the commune searched from
  ActionSearchQuery query;                   // the filters applied
};

// One page of the published actions matching every criterion, sorted by relevance then name,
// and (with_communes) the count of all results per commune. Errors: kForbidden without
// OfferAction::kReadCatalogue; kInvalid as ReadActionSearch, or naming commune (unknown
// commune; radius_km from a commune without centroid) or radius_km (without commune).
// The catalogue holds no personal data: not audited.
Result<ActionSearchResult> SearchActions(Store& store, const Clock& clock, const Actor& actor,
                                         const ActionSearchCriteria& criteria,
                                         const PageRequest& page, bool with_communes);

// The criteria "Trouver une action" pre-fills for a person: the barrier themes rated fort or
// moyen in their latest diagnostic (health only when the actor may see it) and their
// commune. Errors: kForbidden without OfferAction::kPrescribe; kNotFound/kForbidden as
// AuthorizePersonAction(kEdit) (one prescribes to the persons one may edit). Audit:
// offer.search_for_person on the person with the number of themes (never the themes).
Result<ActionSearchCriteria> CriteriaForPerson(Store& store, const Clock& clock,
                                               const Actor& actor, std::int64_t person_id);

// Whether the actor may prescribe to this person (OfferAction::kPrescribe and
// PersonAction::kEdit): the search then shows a "Prescrire" link on each result.
bool MayPrescribeFor(Store& store, const Actor& actor, std::int64_t person_id);

}  // namespace pacte::app
