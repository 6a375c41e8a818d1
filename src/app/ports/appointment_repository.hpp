#pragma once
// Port: appointments and the appointment motives list. Filled by its feature.

namespace pacte::app {

class AppointmentRepository {
 public:
  virtual ~AppointmentRepository() = default;
};

}  // namespace pacte::app
