#pragma once
// Creating and editing a beneficiary by hand (page /beneficiaires/nouveau, modifier, and
// POST / PATCH /api/v1/beneficiaries). One transaction each, audited, person_parcours
// refreshed.

#include <cstdint>
#include <optional>
#include <string>

#include "app/policies/actor.hpp"
#include "app/policies/person_policy.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/beneficiary/person.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

struct NewBeneficiary {
  PersonDraft person;
  // Start of a D&D period known by hand ("YYYY-MM-DD", optional): stored as a manual rights
  // observation etatdosrsa 2 / D&D flag 1 from that date.
  std::string dd_since;
};

// Creates the person (and, with dd_since, a household holding its rights history).
// Errors: kForbidden when the actor may not create persons (person policy kCreate); kInvalid
// (code person.invalid) listing every field problem of ValidatePersonDraft plus commune_code
// ("Commune inconnue") and dd_since (not a date, or in the future); kConflict person.nir_taken
// on field nir when another person carries the NIR. Audit: person.create.
Result<std::int64_t> CreateBeneficiary(Store& store, const Clock& clock, const Actor& actor,
                                       const NewBeneficiary& input);

// A change of identity: each field given replaces the stored one ("" clears it; required
// fields cannot be cleared).
struct BeneficiaryChanges {
  std::optional<std::string> civility, first_name, last_name, birth_name, birth_date, sex, nir,
      caf_number, email, phone, address, commune_code;
};

// Applies the changes when the stored version is `version`. Errors: kNotFound
// person.not_found (absent or invisible), kForbidden (person policy kEdit), kInvalid and
// kConflict as CreateBeneficiary, kStale when the version moved. Audit: person.update with
// the names of the changed fields.
Status UpdateBeneficiary(Store& store, const Clock& clock, const Actor& actor,
                         std::int64_t person_id, std::int64_t version,
                         const BeneficiaryChanges& changes);

// The draft that reproduces a stored person (to prefill a form or apply changes).
PersonDraft DraftOf(const Person& person);

}  // namespace pacte::app
