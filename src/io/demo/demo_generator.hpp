#pragma once
// `pacte demo`: builds the Hauts-de-Seine demo département deterministically from a seed —
// its 36 communes and 4 territories, 21 signatory institutions and partner associations,
// about 85 structures (61 action operators), agents across the roles — through the
// application's use cases (so every row is validated and audited like any other); then the
// beneficiary population of the tier (demo_population.hpp) and the insertion offer with years
// of prescriptions (demo_offer.hpp), loaded in bulk.

#include <iosfwd>
#include <string>
#include <string_view>

#include "app/config/settings.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::io {

struct DemoParameters {
  unsigned long long seed = 92;
  bool if_absent = false;      // leave a database that already has agents untouched
  std::string size = "M";      // S, M, L: size of the beneficiary population (later issues)
  std::string_view geojson;    // communes-92.geojson content
  std::string_view postal_codes_csv;  // postal-codes-92.csv content
};

// The shared password of the demo logins.
inline constexpr const char* kDemoPassword = "Pacte-Demo-92!";

// Returns the process exit code; prints the demo logins on out (also when if_absent skips).
int RunDemo(app::Store& store, const app::Clock& clock, const app::Settings& settings,
            const DemoParameters& p, std::ostream& out);

}  // namespace pacte::io
