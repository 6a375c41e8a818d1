#include "app/appointments/person_context.hpp"

#include "app/parcours/person_access.hpp"
#include "app/ports/appointment_repository.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/parcours_state_repository.hpp"
#include "app/ports/territory_repository.hpp"
#include "domain/common/upper_name.hpp"

namespace pacte::app {
namespace {

std::string ShortCivility(const std::optional<Civility>& c) {
  if (!c) return "";
  return *c == Civility::kMadame ? "Mme " : "M. ";
}

std::string Upper(const std::string& s) { return UpperName(s); }

}  // namespace

Error AppointmentNotFound() {
  return Error::NotFound("appointment.not_found", "Rendez-vous introuvable.");
}

PersonHeader LoadPersonHeader(UnitOfWork& uow, std::int64_t person_id) {
  PersonHeader h;
  h.id = person_id;
  auto stored = uow.Beneficiaries().FindPerson(person_id);
  if (!stored) return h;
  const Person& p = stored->person;
  h.first_name = p.first_name;
  h.last_name = p.last_name;
  h.civility_label = p.civility ? std::string(CivilityLabel(*p.civility)) : "";
  h.display_name = ShortCivility(p.civility) + p.first_name + " " + Upper(p.last_name);
  h.address = p.address;
  if (p.commune_code) {
    if (auto commune = uow.Territory().FindCommune(*p.commune_code)) {
      h.commune_name = commune->name;
      if (!commune->postal_codes.empty()) h.postal_code = commune->postal_codes.front();
    }
  }
  if (auto state = uow.ParcoursStates().Find(person_id)) {
    h.dd_since = state->dd_since;
    h.exited_on = state->exited_on;
    h.exit_reason = state->exit_reason;
    h.referent_agent_id = state->referent_agent_id;
  }
  return h;
}

Status CheckAppointmentAction(Store& store, const Actor& actor, std::int64_t appointment_id,
                              PersonAction action) {
  return Read(store, [&](UnitOfWork& uow) -> Status {
    auto found = uow.Appointments().Find(appointment_id);
    if (!found) return Fail(AppointmentNotFound());
    auto scope = AuthorizePersonAction(uow, actor, found->record.person_id, action);
    if (!scope) {
      if (scope.error().kind == ErrorKind::kNotFound) return Fail(AppointmentNotFound());
      return Fail(scope.error());
    }
    return {};
  });
}

}  // namespace pacte::app
