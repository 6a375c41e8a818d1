#pragma once
// Port: catalogue actions (data·inclusion services with pacte's fields), their sessions and
// codes, and the PDI programmes (tables actions, action_codes, action_sessions, programmes,
// programme_budgets of migration 0013).

namespace pacte::app {

class CatalogueRepository {
 public:
  virtual ~CatalogueRepository() = default;
};

}  // namespace pacte::app
