#pragma once
// Port: exits and reviews of a social path. Filled by its feature.

namespace pacte::app {

class ExitRepository {
 public:
  virtual ~ExitRepository() = default;
};

}  // namespace pacte::app
