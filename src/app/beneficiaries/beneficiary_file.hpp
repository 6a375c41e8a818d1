#pragma once
// The beneficiary's fiche (page /beneficiaires/{id}, GET /api/v1/beneficiaries/{id}):
// identity, household, rights history (optionally as known at a date), parcours projection
// and summary. Sensitive fields are masked here, by the policy, never by the view.

#include <cstdint>
#include <optional>
#include <string>

#include "app/policies/actor.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/parcours_state_repository.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

struct BeneficiaryFile {
  // person.nir is cleared when the actor may not see the NIR (kViewNir); nir_display is
  // then the masked form. Empty when the person has no NIR.
  StoredPerson person;
  std::string nir_display;
  bool nir_masked = false;
  std::optional<StoredHousehold> household;
  ParcoursState state;
  // summary.barriers never holds the sante theme when health_hidden.
  PersonSummary summary;
  bool health_hidden = false;
  RightsHistory rights;
  std::optional<Date> known_at;  // the history is the one known at the end of that day
  bool can_edit = false;         // kEdit allowed
};

// Errors: kNotFound person.not_found when absent or invisible to the actor; kInvalid
// (field known_at) when known_at is in the future. Audit: person.read (a read of personal
// data), with known_at when given.
Result<BeneficiaryFile> GetBeneficiary(Store& store, const Clock& clock, const Actor& actor,
                                       std::int64_t person_id,
                                       std::optional<Date> known_at = std::nullopt);

}  // namespace pacte::app

namespace pacte::app {

// A contract is valid on `day` when signed and starts_on <= day <= ends_on.
bool IsValidOn(const ContractSummary& contract, Date day);

}  // namespace pacte::app
