#pragma once
// Port: institution data (to be completed by its feature).

namespace pacte::app {

class InstitutionRepository {
 public:
  virtual ~InstitutionRepository() = default;
};

}  // namespace pacte::app
