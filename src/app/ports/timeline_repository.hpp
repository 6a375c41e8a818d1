#pragma once
// Port: the journal of everything that happened to a person. Filled by its feature.

namespace pacte::app {

class TimelineRepository {
 public:
  virtual ~TimelineRepository() = default;
};

}  // namespace pacte::app
