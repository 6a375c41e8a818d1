#pragma once
// Internal to the prescription use cases: loading a prescription the actor may read.

#include <cstdint>

#include "app/policies/actor.hpp"
#include "app/ports/prescription_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/common/error.hpp"

namespace pacte::app::prescriptions {

struct Loaded {
  PrescriptionRecord record;
  bool answers = false;    // offer policy kAnswerPrescription on its structure
  bool sees_file = false;  // person policy kView on its person
};

// kNotFound `prescription.not_found` when absent or unreadable by the actor.
Result<Loaded> LoadReadable(UnitOfWork& uow, const Actor& actor, std::int64_t id);

}  // namespace pacte::app::prescriptions
