#pragma once
// `pacte demo`: builds the Hauts-de-Seine demo département deterministically from a seed.

#include <iosfwd>
#include <string>

#include "app/config/settings.hpp"
#include "app/ports/store.hpp"

namespace pacte::io {

struct DemoParameters {
  unsigned long long seed = 92;
  bool if_absent = false;
  std::string size = "M";
};

// Returns the process exit code; prints the demo logins on out.
int RunDemo(app::Store& store, const app::Settings& settings, const DemoParameters& p,
            std::ostream& out);

}  // namespace pacte::io
