#pragma once
// The nightly refresh of person_parcours (app::RefreshAllParcoursStates): the next appointment
// and the D&D period move on with the calendar even when nothing is recorded.

#include <chrono>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "jobs/job_runner.hpp"

namespace pacte::jobs {

// A job named "parcours" run once per period; store and clock must outlive it.
Job ParcoursRefreshJob(app::Store& store, const app::Clock& clock,
                       std::chrono::seconds period = std::chrono::hours{24});

}  // namespace pacte::jobs
