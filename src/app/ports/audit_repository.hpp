#pragma once
// Port: audit data (to be completed by its feature).

namespace pacte::app {

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
};

}  // namespace pacte::app
