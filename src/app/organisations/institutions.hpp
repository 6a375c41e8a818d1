#pragma once
// Use cases on institutions. Each checks app/policies/organisation_policy.hpp first (kForbidden
// otherwise), runs in one transaction and, for changes, records one audit event in it.
// Callable with app::Actor::System() (CLI, demo generator).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/institution_repository.hpp"
#include "app/ports/store.hpp"
#include "domain/organisation/institution.hpp"

namespace pacte::app {

// Creates an institution from what was typed. kInvalid with one field error per broken rule
// (name, kind, siret); kConflict (field siret) when another institution has the SIRET.
// Audit: "institution.create".
Result<Institution> CreateInstitution(Store& store, const Clock& clock, const Actor& actor,
                                      const InstitutionDraft& draft);

// A partial change: absent fields keep their value; siret "" removes the SIRET.
struct InstitutionChanges {
  std::optional<std::string> name;
  std::optional<std::string> kind;
  std::optional<std::string> siret;
  std::optional<bool> is_pact_signatory;
};

// Applies changes when the institution is still at expected_version. kNotFound, kStale,
// kInvalid and kConflict as for creation. Audit: "institution.update" with the changed
// field names.
Result<Institution> UpdateInstitution(Store& store, const Clock& clock, const Actor& actor,
                                      std::int64_t id, std::int64_t expected_version,
                                      const InstitutionChanges& changes);

// kNotFound when absent.
Result<Institution> GetInstitution(Store& store, const Actor& actor, std::int64_t id);

Result<PageOf<Institution>> ListInstitutions(Store& store, const Actor& actor,
                                             const InstitutionFilter& filter,
                                             const PageRequest& page);

// Every institution (id, name) for select boxes; needs the right to manage structures.
Result<std::vector<InstitutionChoice>> ListInstitutionChoices(Store& store, const Actor& actor);

}  // namespace pacte::app
