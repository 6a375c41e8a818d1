#pragma once
// Port: credential data (to be completed by its feature).

namespace pacte::app {

class CredentialRepository {
 public:
  virtual ~CredentialRepository() = default;
};

}  // namespace pacte::app
