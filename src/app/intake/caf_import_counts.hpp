#pragma once
// The counters of a CAF import run, as stored in imports.counts (JSON keys are stable: the
// pages, the API and the CLI read them). Household outcomes are exclusive and add up to the
// households read; persons count the followed adults (DEM/CJT of the RSA benefit) only.

#include <cstdint>

#include <nlohmann/json.hpp>

namespace pacte::app {

struct CafImportCounts {
  std::int64_t households_created = 0;
  std::int64_t households_updated = 0;
  std::int64_t households_unchanged = 0;
  std::int64_t households_closed = 0;  // known households whose right turned closed (5/6)
  std::int64_t households_rejected = 0;
  std::int64_t persons_created = 0;
  std::int64_t persons_updated = 0;  // identity or rights changed
  std::int64_t persons_unchanged = 0;
  std::int64_t persons_rejected = 0;  // followed adults of rejected households
  std::int64_t warnings = 0;          // avertissement lines

  std::int64_t Households() const {
    return households_created + households_updated + households_unchanged + households_closed +
           households_rejected;
  }

  nlohmann::json ToJson() const {
    return {{"households_created", households_created},
            {"households_updated", households_updated},
            {"households_unchanged", households_unchanged},
            {"households_closed", households_closed},
            {"households_rejected", households_rejected},
            {"persons_created", persons_created},
            {"persons_updated", persons_updated},
            {"persons_unchanged", persons_unchanged},
            {"persons_rejected", persons_rejected},
            {"warnings", warnings}};
  }
};

}  // namespace pacte::app
