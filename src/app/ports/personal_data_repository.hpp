#pragma once
// Port: personal-data export and retention (anonymisation). Filled by its feature.

namespace pacte::app {

class PersonalDataRepository {
 public:
  virtual ~PersonalDataRepository() = default;
};

}  // namespace pacte::app
