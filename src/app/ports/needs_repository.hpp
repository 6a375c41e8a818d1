#pragma once
// Port: needs versus offer by territory (persons with each barrier theme at `fort` or `moyen`
// impact in their latest diagnostic, places offered by actions addressing the theme, their
// use), aggregated by territory and commune.

namespace pacte::app {

class NeedsRepository {
 public:
  virtual ~NeedsRepository() = default;
};

}  // namespace pacte::app
