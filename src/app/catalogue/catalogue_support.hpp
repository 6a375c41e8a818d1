#pragma once
// Internals shared by the catalogue use cases: loading an action with the visibility and
// management rules, resolving what an action refers to (structure, commune, funders,
// territories, programme).

#include <cstdint>

#include "app/catalogue/catalogue.hpp"
#include "app/ports/unit_of_work.hpp"

namespace pacte::app::catalogue {

Error ActionNotFound();

// The action if the actor may read it (kReadCatalogue; a non-published one only for whoever
// manages it), else kForbidden / kNotFound.
Result<StoredAction> LoadReadable(UnitOfWork& uow, const Actor& actor, std::int64_t id);

// The action if the actor may manage it (kNotFound when not even readable).
Result<StoredAction> LoadManageable(UnitOfWork& uow, const Actor& actor, std::int64_t id);

// Validates `w.fields` (normalising them), deduces the objective, checks and resolves the
// references, fills commune_name and programme_id. Errors go to `errors`.
void PrepareWrite(UnitOfWork& uow, ActionWrite& w, Validation& errors);

}  // namespace pacte::app::catalogue
