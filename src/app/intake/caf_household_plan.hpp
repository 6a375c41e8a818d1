#pragma once
// What one InfosFoyerRSA of a CAF flux asks for, checked without the database: the household,
// its followed adults (DEM / CJT of the RSA benefit; children and others are ignored) with
// their identity and rights state, and the warnings about codes kept raw. Pure.

#include <optional>
#include <string>
#include <vector>

#include "app/ports/caf_flux_reader.hpp"
#include "app/ports/import_repository.hpp"
#include "domain/beneficiary/person.hpp"
#include "domain/beneficiary/rights.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

struct CafPersonPlan {
  int position = 0;  // 1-based rank among the household's <Personne> elements
  Person person;     // validated; names normalised (LAST NAME, First-Name)
  RightsState rights;
};

struct CafHouseholdPlan {
  int line = 0;
  Household household;
  std::vector<CafPersonPlan> persons;  // at least one
  std::vector<ImportLine> warnings;    // avertissement lines (codes kept raw…)
};

// The adults of the household that are followed (CafFollowedRole).
int FollowedPersonCount(const CafHousehold& h);

// Checks and maps a household, `today` bounding birth dates. A refusal is an Error whose code
// and French message become the household's report line:
//  caf.numdemrsa_missing / caf.numdemrsa_invalid, caf.household_invalid (matricule,
//  organism), caf.no_adult (no DEM/CJT with an RSA benefit), caf.nir_invalid,
//  caf.birth_date_invalid, caf.person_invalid (names…), caf.person_twice (same NIR twice in
//  the household). Messages name the person by rank ("personne n°2"), never by name.
// Unknown QUAL or SEXE values are not refusals: the field is left empty and reported.
Result<CafHouseholdPlan> PlanCafHousehold(const CafHousehold& h, Date today);

}  // namespace pacte::app
