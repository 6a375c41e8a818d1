#pragma once
// A small population for the OARSA storage and HTTP tests (survey year 2025), written as
// rows recorded on the day of their event, with its hand-computed 2025 figures:
//   - "ft": D&D since 01/01/2024, oriented to France Travail 10/02/2024, PPAE valid all 2025;
//   - "entrant": D&D since 01/03/2025, oriented to the département 10/04/2025 (40 days), a
//     first CER 01/05/2025 → 31/10/2025 (21 days after), a second CER 01/11/2025 → 30/04/2026
//     (6 months) with actions of types 7 and 9, valid on 31/12;
//   - "waiting": D&D since 01/06/2025, never oriented;
//   - "reoriented": D&D since 01/01/2020, oriented to France Travail 01/02/2020 then to a
//     CCAS 01/09/2025 (SPE → hors SPE);
//   - "late": D&D since 01/06/2025 but recorded on 15/01/2026 (absent from 2025);
//   - "closed": D&D since 01/01/2024, right closed 01/10/2025.
// 2025: T1 non orientés 1, France Travail 1, département 1, CCAS 1 (total 4); T2 France
// Travail 1, département 1; T3 "6 à 12 mois" 1; T4 types 7 and 9: 1 each; T5 entrants 2,
// primo-orientés 1, hors FT 1, primo-CER 1, delays 40 and 21 days; T6 SPE → hors SPE 1.

#include <cstdint>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::testing {

struct OarsaPopulation {
  std::int64_t ft = 0, entrant = 0, waiting = 0, reoriented = 0, late = 0, closed = 0;
};

// Throws std::runtime_error on failure.
OarsaPopulation SeedOarsaPopulation(app::Store& store, const app::Clock& clock);

}  // namespace pacte::testing
