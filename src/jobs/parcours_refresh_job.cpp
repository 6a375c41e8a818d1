#include "jobs/parcours_refresh_job.hpp"

#include <spdlog/spdlog.h>

#include "app/parcours/parcours_state.hpp"

namespace pacte::jobs {

Job ParcoursRefreshJob(app::Store& store, const app::Clock& clock, std::chrono::seconds period) {
  return Job{"parcours", period, [&store, &clock] {
               const auto n = app::RefreshAllParcoursStates(store, clock);
               spdlog::info("parcours : état courant recalculé pour {} personne(s)", n);
             }};
}

}  // namespace pacte::jobs
