#pragma once
// Port: référent unique assignments and caseloads. Filled by its feature.

namespace pacte::app {

class ReferentRepository {
 public:
  virtual ~ReferentRepository() = default;
};

}  // namespace pacte::app
