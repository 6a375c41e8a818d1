#pragma once
// Writing one planned CAF household (caf_household_plan.hpp) to the database: the household
// found by NUMDEMRSA or created, each followed adult matched or created, its rights history
// observed at the file's DTREF, and person_parcours refreshed for every person that changed.

#include <cstdint>
#include <string>

#include "app/intake/caf_household_plan.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

struct CafApplyContext {
  Date reference_date{};  // DTREF: the observations' date
  Timestamp now{};
  std::string source;  // rights rows' source: "caf_import:<id>"
};

// Exclusive outcomes of a household, as counted in the report.
enum class CafHouseholdOutcome {
  kCreated,    // NUMDEMRSA unknown until now (even when the file says the right is closed)
  kClosed,     // known, and its right turned closed (etatdosrsa 5/6) with this file
  kUpdated,    // known: household, a person's identity or rights changed, or a person added
  kUnchanged,  // nothing written
};

struct CafHouseholdApplied {
  CafHouseholdOutcome outcome = CafHouseholdOutcome::kUnchanged;
  int persons_created = 0;
  int persons_updated = 0;  // identity or rights changed
  int persons_unchanged = 0;
};

// Applies the plan. Matching, in order:
//  - the household by NUMDEMRSA; a known household whose matricule differs is refused
//    (caf.household_matricule_mismatch: two allocataires are never merged); its commune and
//    address, which the flux does not carry, are kept;
//  - a person by NIR, then by CAF number with the same birth date, last name (or birth
//    name) and first name (SearchKey-equal) and no other NIR; anonymised persons never match.
//    A matched person takes the file's identity (names, birth date, civility, sex, NIR when
//    given, CAF number, role) and moves to this household; contact fields stay;
//  - rights: ApplyObservation at the reference date; an observation older than the person's
//    history is refused (caf.observation_older).
// Writes only what changed. An error (refusal, or a repository conflict such as a NIR held by
// another person) leaves partial writes that the caller must undo (UnitOfWork::Nested).
Result<CafHouseholdApplied> ApplyCafHousehold(UnitOfWork& uow, const CafHouseholdPlan& plan,
                                              const CafApplyContext& ctx);

}  // namespace pacte::app
