#pragma once
// Use cases on a person's diagnostic: dated versions, never overwritten. Each starts with
// AuthorizePersonAction (404 when the person is invisible to the actor, 403 when visible but
// not allowed). Health (theme sante) items are visible only with PersonAction::kViewHealth:
// for other actors they are removed from what is returned and health_hidden is set.

#include <cstdint>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/diagnostic_repository.hpp"
#include "app/ports/store.hpp"
#include "domain/beneficiary/diagnostic.hpp"

namespace pacte::app {

struct PersonDiagnostics {
  std::int64_t person_id = 0;
  std::string display_name;                 // PersonDisplayName
  std::vector<StoredDiagnostic> versions;   // newest first
  bool health_hidden = false;               // sante items were removed for this actor
  bool can_edit = false;                    // the actor may record a new version
  std::vector<StoredSituation> situations;  // the whole referential (labels, form choices)
};

// Every version of the person's diagnostic as the actor may see it (PersonAction::kView).
// An audited read: "diagnostic.read" on the person, in a write transaction.
Result<PersonDiagnostics> ListDiagnostics(Store& store, const Clock& clock, const Actor& actor,
                                          std::int64_t person_id);

struct CreatedDiagnostic {
  StoredDiagnostic diagnostic;  // as the actor may see it
  bool health_hidden = false;
};

// Records a new version (PersonAction::kEdit). kInvalid with the fields of
// ValidateDiagnosticDraft, plus items[i].situation_code when the situation does not exist,
// is inactive or belongs to another theme, and items[i].theme when an actor who may not see
// health fills the sante theme (their new version then keeps the sante items of the previous
// one). Refreshes person_parcours (last contact). Audit: "diagnostic.create" with person_id
// and the number of items.
Result<CreatedDiagnostic> CreateDiagnostic(Store& store, const Clock& clock, const Actor& actor,
                                           std::int64_t person_id, const DiagnosticDraft& draft);

}  // namespace pacte::app
