#pragma once
// Port: the write fast path of the CAF import (app/intake/caf_household_apply.cpp), measured
// necessary by bench/bench_caf_import.cpp: refreshing person_parcours costs eight statements
// per person, most of them finding nothing for a person the import has just created.

#include <cstdint>
#include <optional>

#include "domain/common/time.hpp"

namespace pacte::app {

class CafIntakeRepository {
 public:
  virtual ~CafIntakeRepository() = default;
  // Writes the person_parcours row of a person created in this transaction that has nothing
  // else yet (no orientation, référent, contract, exit, appointment, diagnostic): its commune
  // and territory, and dd_since. The row equals what ParcoursStateRepository::Refresh would
  // compute for such a person. Precondition: the person exists and has no row yet.
  virtual void StartParcours(std::int64_t person_id, std::optional<Date> dd_since,
                             Timestamp now) = 0;
};

}  // namespace pacte::app
