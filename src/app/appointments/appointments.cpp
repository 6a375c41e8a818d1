#include "app/appointments/appointments.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/parcours/parcours_state.hpp"
#include "app/parcours/person_access.hpp"
#include "app/ports/agent_repository.hpp"
#include "domain/common/upper_name.hpp"

namespace pacte::app {
namespace {

constexpr int kAgendaLimit = 200;

nlohmann::json ChangedFields(const AppointmentRecord& a, const AppointmentRecord& b) {
  nlohmann::json changed = nlohmann::json::array();
  auto note = [&](bool differs, const char* name) {
    if (differs) changed.push_back(name);
  };
  note(a.starts_at != b.starts_at, "starts_at");
  note(a.duration_minutes != b.duration_minutes, "duration_minutes");
  note(a.mode != b.mode, "mode");
  note(a.place != b.place, "place");
  note(a.motive_code != b.motive_code, "motive");
  note(a.agent_id != b.agent_id, "agent_id");
  note(a.status != b.status, "status");
  note(a.comment != b.comment, "comment");
  return changed;
}

std::vector<AppointmentMotive> ActiveMotives(UnitOfWork& uow, const std::string& keep = "") {
  std::vector<AppointmentMotive> out;
  for (auto& m : uow.Appointments().Motives()) {
    if (m.active || m.code == keep) out.push_back(std::move(m));
  }
  return out;
}

std::string AgentName(UnitOfWork& uow, std::optional<std::int64_t> id) {
  if (!id) return "";
  auto agent = uow.Agents().Find(*id);
  if (!agent) return "";
  std::string last = UpperName(agent->last_name);
  return agent->first_name + " " + last;
}

}  // namespace

Result<StoredAppointment> PlanAppointment(Store& store, const Clock& clock, const Actor& actor,
                                          std::int64_t person_id, const AppointmentDraft& draft) {
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredAppointment> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kEdit);
    if (!scope) return Fail(scope.error());
    auto record = ValidateAppointment(uow, actor, person_id, draft, clock.Now(), std::nullopt);
    if (!record) return Fail(record.error());
    auto id = uow.Appointments().Insert(*record, clock.Now());
    RefreshParcoursState(uow, person_id, clock.Now());
    RecordAudit(uow, clock, actor, "appointment.create", "appointment", std::to_string(id),
                {{"person_id", person_id},
                 {"motive", record->motive_code},
                 {"status", AppointmentStatusCode(record->status)}});
    return *uow.Appointments().Find(id);
  });
}

Result<StoredAppointment> UpdateAppointment(Store& store, const Clock& clock, const Actor& actor,
                                            std::int64_t appointment_id,
                                            std::int64_t expected_version,
                                            const AppointmentChanges& changes) {
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredAppointment> {
    auto current = uow.Appointments().Find(appointment_id);
    if (!current) return Fail(AppointmentNotFound());
    const std::int64_t person_id = current->record.person_id;
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kEdit);
    if (!scope) {
      if (scope.error().kind == ErrorKind::kNotFound) return Fail(AppointmentNotFound());
      return Fail(scope.error());
    }
    if (current->version != expected_version) return Fail(Error::Stale());
    AppointmentDraft draft = DraftOf(current->record);
    Apply(changes, draft);
    // An appointment keeps its agent (even one who left) unless a new one is given.
    if (!changes.agent_id) draft.agent_id.reset();
    auto record = ValidateAppointment(uow, actor, person_id, draft, clock.Now(),
                                      current->record.motive_code);
    if (!record) return Fail(record.error());
    if (!changes.agent_id) {
      // Keep who receives the person unless asked (the default is for new appointments).
      record->agent_id = current->record.agent_id;
      record->structure_id = current->record.structure_id;
    }
    if (auto saved =
            uow.Appointments().Update(appointment_id, expected_version, *record, clock.Now());
        !saved) {
      return Fail(saved.error());
    }
    RefreshParcoursState(uow, person_id, clock.Now());
    RecordAudit(uow, clock, actor, "appointment.update", "appointment",
                std::to_string(appointment_id),
                {{"person_id", person_id},
                 {"changed", ChangedFields(current->record, *record)},
                 {"status", AppointmentStatusCode(record->status)}});
    return *uow.Appointments().Find(appointment_id);
  });
}

Result<PersonAppointments> ListPersonAppointments(Store& store, const Clock& clock,
                                                  const Actor& actor, std::int64_t person_id) {
  return Write(store, [&](UnitOfWork& uow) -> Result<PersonAppointments> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kView);
    if (!scope) return Fail(scope.error());
    PersonAppointments out;
    out.person = LoadPersonHeader(uow, person_id);
    out.appointments = uow.Appointments().ListForPerson(person_id);
    out.motives = ActiveMotives(uow);
    out.can_edit = IsAllowed(actor, PersonAction::kEdit, *scope);
    RecordAudit(uow, clock, actor, "appointment.list", "person", std::to_string(person_id),
                {{"count", out.appointments.size()}});
    return out;
  });
}

Result<AppointmentDetail> GetAppointment(Store& store, const Clock& clock, const Actor& actor,
                                         std::int64_t appointment_id, bool for_letter) {
  return Write(store, [&](UnitOfWork& uow) -> Result<AppointmentDetail> {
    auto found = uow.Appointments().Find(appointment_id);
    if (!found) return Fail(AppointmentNotFound());
    auto scope =
        AuthorizePersonAction(uow, actor, found->record.person_id, PersonAction::kView);
    if (!scope) {
      if (scope.error().kind == ErrorKind::kNotFound) return Fail(AppointmentNotFound());
      return Fail(scope.error());
    }
    AppointmentDetail out;
    out.person = LoadPersonHeader(uow, found->record.person_id);
    out.appointment = std::move(*found);
    out.motives = ActiveMotives(uow, out.appointment.record.motive_code);
    out.can_edit = IsAllowed(actor, PersonAction::kEdit, *scope);
    if (for_letter) {
      out.departement_name = uow.Appointments().DepartementName();
      out.referent_name = AgentName(uow, out.person.referent_agent_id);
      if (out.referent_name.empty()) out.referent_name = out.appointment.agent_name;
    }
    RecordAudit(uow, clock, actor, for_letter ? "appointment.convocation" : "appointment.read",
                "appointment", std::to_string(appointment_id),
                {{"person_id", out.appointment.record.person_id}});
    return out;
  });
}

Result<std::vector<AgendaEntry>> AgendaOf(Store& store, const Clock& clock, const Actor& actor) {
  if (auto ok = AuthorizePersons(actor, PersonAction::kList); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<std::vector<AgendaEntry>> {
    std::vector<AgendaEntry> out;
    for (auto& a : uow.Appointments().PendingForAgent(actor.agent_id, kAgendaLimit)) {
      auto scope = LoadPersonScope(uow, actor, a.record.person_id);
      if (!scope || !CanSee(actor, *scope)) continue;
      AgendaEntry entry;
      entry.person_name = LoadPersonHeader(uow, a.record.person_id).display_name;
      entry.appointment = std::move(a);
      out.push_back(std::move(entry));
    }
    RecordAudit(uow, clock, actor, "appointment.agenda", "agent", std::to_string(actor.agent_id),
                {{"count", out.size()}});
    return out;
  });
}

}  // namespace pacte::app
