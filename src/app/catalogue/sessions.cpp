#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/catalogue/catalogue.hpp"
#include "app/catalogue/catalogue_support.hpp"

namespace pacte::app {
namespace {

Error SessionNotFound() {
  return Error::NotFound("session.not_found", "Cette session n'existe pas.");
}

std::optional<StoredSession> FindSession(UnitOfWork& uow, std::int64_t action_id,
                                         std::int64_t id) {
  for (auto& s : uow.Catalogue().ListSessions(action_id)) {
    if (s.id == id) return s;
  }
  return std::nullopt;
}

}  // namespace

SessionInput InputOfSession(const SessionFields& s) {
  return {s.label,    FormatIsoDate(s.starts_on), FormatIsoDate(s.ends_on),
          s.schedule, s.weekly_hours,             s.weeks,
          s.places,   s.place,                    s.commune_code};
}

Result<StoredSession> AddSession(Store& store, const Clock& clock, const Actor& actor,
                                 std::int64_t action_id, const SessionInput& input) {
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredSession> {
    auto action = catalogue::LoadManageable(uow, actor, action_id);
    if (!action) return Fail(action.error());
    if (action->data.status == ActionStatus::kArchivee) {
      return Fail(Error::Conflict("action.archived",
                                  "Cette action est archivée : elle ne reçoit plus de session."));
    }
    const Date today = DateOf(clock.Now());
    Validation errors;
    auto fields = ValidateSession(input, today, true, 0, errors);
    if (!errors.Ok()) return Fail(errors.ToError("session.invalid"));
    const auto id = uow.Catalogue().InsertSession(action_id, fields, clock.Now());
    uow.Catalogue().TouchAction(action_id, today, clock.Now());
    RecordAudit(uow, clock, actor, "session.create", "action_session", std::to_string(id),
                {{"action_id", action_id}, {"places", fields.places}});
    return *FindSession(uow, action_id, id);
  });
}

Result<StoredSession> UpdateSession(Store& store, const Clock& clock, const Actor& actor,
                                    std::int64_t session_id, std::int64_t expected_version,
                                    const SessionInput& input, bool cancelled) {
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredSession> {
    auto current = uow.Catalogue().LockSession(session_id);
    if (!current) return Fail(SessionNotFound());
    auto action = catalogue::LoadManageable(uow, actor, current->action_id);
    if (!action) {
      if (action.error().kind == ErrorKind::kNotFound) return Fail(SessionNotFound());
      return Fail(action.error());
    }
    if (current->version != expected_version) return Fail(Error::Stale());
    const Date today = DateOf(clock.Now());
    Validation errors;
    const std::int64_t taken = cancelled ? 0 : current->taken;
    auto fields = ValidateSession(input, today, false, taken, errors);
    if (!errors.Ok()) return Fail(errors.ToError("session.invalid"));
    auto saved = uow.Catalogue().UpdateSession(session_id, expected_version, fields, cancelled,
                                               clock.Now());
    if (!saved) return Fail(saved.error());
    uow.Catalogue().TouchAction(current->action_id, today, clock.Now());
    RecordAudit(uow, clock, actor, "session.update", "action_session",
                std::to_string(session_id),
                {{"action_id", current->action_id}, {"places", fields.places},
                 {"cancelled", cancelled}});
    return *FindSession(uow, current->action_id, session_id);
  });
}

}  // namespace pacte::app
