#pragma once
// Port: the pact and its governance (pacts, signatories, orientations, objectives and their
// pilots, commitments, indicators with targets and measurements, objective discussions).
// Measurements and targets are kept as dated rows: a correction supersedes, never overwrites.

namespace pacte::app {

class PactRepository {
 public:
  virtual ~PactRepository() = default;
};

}  // namespace pacte::app
