#pragma once
// Port: contracts and their actions. Filled by its feature.

namespace pacte::app {

class ContractRepository {
 public:
  virtual ~ContractRepository() = default;
};

}  // namespace pacte::app
