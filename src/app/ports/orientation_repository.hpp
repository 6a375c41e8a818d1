#pragma once
// Port: orientations and re-orientation requests. Filled by its feature.

namespace pacte::app {

class OrientationRepository {
 public:
  virtual ~OrientationRepository() = default;
};

}  // namespace pacte::app
