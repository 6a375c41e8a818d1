#pragma once
// Keeping person_parcours true: every use case that changes a parcours (or the rights history)
// calls RefreshParcoursState for the person inside its transaction, after the change.

#include <cstdint>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

// dd_since is computed from the rights history (DdSince with SuspensionEffect::kKeepsPeriod:
// a short payment suspension does not restart the legal deadlines) as of now's day.
void RefreshParcoursState(UnitOfWork& uow, std::int64_t person_id, Timestamp now);

// Refreshes every person not anonymised, in transactions of `chunk` persons: what depends on
// the day (the next appointment, dd_since of a period starting later) moves on with time.
// Run nightly by the job "parcours"; returns the number of persons refreshed.
std::int64_t RefreshAllParcoursStates(Store& store, const Clock& clock, int chunk = 1000);

}  // namespace pacte::app
