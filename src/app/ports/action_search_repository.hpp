#pragma once
// Port: catalogue search (filters on actions, action_codes, action_sessions and free places
// counted from prescriptions).

namespace pacte::app {

class ActionSearchRepository {
 public:
  virtual ~ActionSearchRepository() = default;
};

}  // namespace pacte::app
