#include "app/catalogue_search/search_actions.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/parcours/person_access.hpp"
#include "app/policies/offer_policy.hpp"
#include "domain/common/text.hpp"

namespace pacte::app {
namespace {

// Looks the commune up: kInvalid naming `commune` when unknown, or when a distance is asked
// from a commune whose centroid is unknown.
Status ResolveCommune(UnitOfWork& uow, const std::string& code, ActionSearchQuery& query) {
  const std::string insee = Trim(code);
  if (insee.empty()) return {};
  auto place = uow.ActionSearch().FindCommune(insee);
  if (!place) {
    return Fail(Error::Invalid("catalogue.search_invalid",
                               "Commune inconnue : « " + insee + " » n'est pas un code INSEE "
                               "du territoire.",
                               "commune"));
  }
  if (query.radius_km && (!place->lat || !place->lon)) {
    return Fail(Error::Invalid("catalogue.search_invalid",
                               "Le centre de cette commune n'est pas connu : la distance ne "
                               "peut pas être calculée.",
                               "commune"));
  }
  query.commune = std::move(*place);
  return {};
}

}  // namespace

Result<ActionSearchResult> SearchActions(Store& store, const Clock& clock, const Actor& actor,
                                         const ActionSearchCriteria& criteria,
                                         const PageRequest& page, bool with_communes) {
  if (auto ok = Authorize(actor, OfferAction::kReadCatalogue); !ok) return Fail(ok.error());
  auto query = ReadActionSearch(criteria, DateOf(clock.Now()));
  if (!query) return Fail(query.error());
  return Read(store, [&](UnitOfWork& uow) -> Result<ActionSearchResult> {
    if (auto ok = ResolveCommune(uow, criteria.commune, *query); !ok) return Fail(ok.error());
    ActionSearchResult out;
    out.page = uow.ActionSearch().Search(*query, page.Clamped());
    if (with_communes) out.communes = uow.ActionSearch().CountByCommune(*query);
    out.commune = query->commune;
    out.query = std::move(*query);
    return out;
  });
}

Result<ActionSearchCriteria> CriteriaForPerson(Store& store, const Clock& clock,
                                               const Actor& actor, std::int64_t person_id) {
  if (auto ok = Authorize(actor, OfferAction::kPrescribe); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<ActionSearchCriteria> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kEdit);
    if (!scope) return Fail(scope.error());
    auto needs = uow.ActionSearch().NeedsOf(person_id);
    if (!needs) return Fail(PersonNotFound());
    const bool health = IsAllowed(actor, PersonAction::kViewHealth, *scope);
    ActionSearchCriteria c;
    for (const auto& theme : needs->barriers) {
      if (theme != "sante" || health) c.barriers.push_back(theme);
    }
    c.commune = needs->commune_code.value_or("");
    RecordAudit(uow, clock, actor, "offer.search_for_person", "person",
                std::to_string(person_id),
                {{"barrier_count", c.barriers.size()}, {"with_commune", !c.commune.empty()}});
    return c;
  });
}

bool MayPrescribeFor(Store& store, const Actor& actor, std::int64_t person_id) {
  return IsAllowed(actor, OfferAction::kPrescribe) &&
         CheckPersonAction(store, actor, person_id, PersonAction::kEdit).has_value();
}

}  // namespace pacte::app
