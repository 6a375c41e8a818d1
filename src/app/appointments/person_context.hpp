#pragma once
// What the appointment, note and exit use cases show about the person they act on, and the
// permission check API handlers run before reading a body (a refused role gets 403/404, never
// a field report).

#include <cstdint>
#include <optional>
#include <string>

#include "app/policies/actor.hpp"
#include "app/policies/person_policy.hpp"
#include "app/ports/store.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

struct PersonHeader {
  std::int64_t id = 0;
  std::string display_name;  // "Mme Awa MARTIN"
  std::string civility_label;  // "Madame", "Monsieur" or ""
  std::string first_name;
  std::string last_name;
  std::optional<std::string> address;
  std::string commune_name;
  std::string postal_code;
  std::optional<Date> dd_since;  // current D&D period, from person_parcours
  std::optional<Date> exited_on;
  std::optional<std::string> exit_reason;
  std::optional<std::int64_t> referent_agent_id;
};

// Precondition: the person exists (checked by AuthorizePersonAction).
PersonHeader LoadPersonHeader(UnitOfWork& uow, std::int64_t person_id);

// The same for the person of an appointment; kNotFound `appointment.not_found` when the
// appointment does not exist.
Status CheckAppointmentAction(Store& store, const Actor& actor, std::int64_t appointment_id,
                              PersonAction action);

Error AppointmentNotFound();

}  // namespace pacte::app
