#pragma once
// Port: prescriptions of catalogue actions and their events (tables prescriptions,
// prescription_events), place accounting under a lock on the session or action.

namespace pacte::app {

class PrescriptionRepository {
 public:
  virtual ~PrescriptionRepository() = default;
};

}  // namespace pacte::app
