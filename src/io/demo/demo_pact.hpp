#pragma once
// The demo's pact (issue 6): "Pacte territorial d'insertion 2016-2020", adopted in 2016, its
// 21 signatories with their representatives, the five orientations of the seed, 21 objectives
// with one or two pilot institutions each, about 35 indicators (entered ones with five years of
// measurements drawn deterministically from the seed around their target path, computed ones
// naming the indicator library's definitions), baselines in 2015, targets 2016–2020, a few
// commitments linked to catalogue actions and a few comments. Everything goes through the
// pact's use cases (validated and audited).
//
// Signataire agents: the first of `signataire_agents` (the signataire@pacte-demo.fr login)
// speaks for France Travail Hauts-de-Seine, which pilots the employment objectives; the others
// take the remaining signatory institutions in catalogue order.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::io {

struct DemoPactInput {
  unsigned long long seed = 92;
  std::map<std::string, std::int64_t> institutions;  // name → id (every demo institution)
  std::vector<std::int64_t> signataire_agents;       // the login first
};

struct DemoPactCounts {
  int objectives = 0;
  int indicators = 0;
  int measurements = 0;
};

// The computed definitions the demo's indicators use (package B's library provides them).
const std::vector<std::string>& DemoPactDefinitionCodes();

// Throws std::runtime_error (French message) when a use case refuses.
DemoPactCounts CreateDemoPact(app::Store& store, const app::Clock& clock,
                              const DemoPactInput& in);

}  // namespace pacte::io
