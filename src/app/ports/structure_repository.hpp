#pragma once
// Port: structure data (to be completed by its feature).

namespace pacte::app {

class StructureRepository {
 public:
  virtual ~StructureRepository() = default;
};

}  // namespace pacte::app
