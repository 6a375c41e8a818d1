#pragma once
// Port: territory data (to be completed by its feature).

namespace pacte::app {

class TerritoryRepository {
 public:
  virtual ~TerritoryRepository() = default;
};

}  // namespace pacte::app
