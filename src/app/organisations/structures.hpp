#pragma once
// Use cases on structures. Each checks app/policies/organisation_policy.hpp first (kForbidden
// otherwise), runs in one transaction and, for changes, records one audit event in it.
// Callable with app::Actor::System() (CLI, demo generator).

#include <cstdint>
#include <optional>
#include <string>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "app/ports/structure_repository.hpp"
#include "domain/organisation/structure.hpp"

namespace pacte::app {

// Creates a structure from what was typed. kInvalid with one field error per broken rule
// (see ValidateStructure), plus institution_id when the institution does not exist and
// commune_code when the commune is not among the imported ones.
// Audit: "structure.create".
Result<Structure> CreateStructure(Store& store, const Clock& clock, const Actor& actor,
                                  const StructureDraft& draft);

// A partial change: absent fields keep their value; "" clears address, phone and email.
struct StructureChanges {
  std::optional<std::int64_t> institution_id;
  std::optional<std::string> name;
  std::optional<std::string> address;
  std::optional<std::string> commune_code;
  std::optional<std::string> phone;
  std::optional<std::string> email;
  std::optional<bool> is_referent_body;
  std::optional<bool> is_action_operator;
  std::optional<std::string> drees_category;
};

// Applies changes when the structure is still at expected_version. kNotFound, kStale and
// kInvalid as for creation. Audit: "structure.update" with the changed field names.
Result<Structure> UpdateStructure(Store& store, const Clock& clock, const Actor& actor,
                                  std::int64_t id, std::int64_t expected_version,
                                  const StructureChanges& changes);

// kNotFound when absent.
Result<Structure> GetStructure(Store& store, const Actor& actor, std::int64_t id);

// One page of structures matching the filter, ordered by name.
Result<PageOf<Structure>> ListStructures(Store& store, const Actor& actor,
                                         const StructureFilter& filter, const PageRequest& page);

}  // namespace pacte::app
