#pragma once
// Port: deadline rules and the bulk facts work lists are computed from. Filled by its feature.

namespace pacte::app {

class WorklistRepository {
 public:
  virtual ~WorklistRepository() = default;
};

}  // namespace pacte::app
