#pragma once
// Port: session data (to be completed by its feature).

namespace pacte::app {

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
};

}  // namespace pacte::app
