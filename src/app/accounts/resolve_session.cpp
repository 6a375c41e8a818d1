#include "app/accounts/resolve_session.hpp"

#include "app/accounts/account_support.hpp"
#include "app/accounts/crypto.hpp"
#include "app/ports/agent_repository.hpp"
#include "app/ports/pact_repository.hpp"
#include "app/ports/session_repository.hpp"

namespace pacte::app {
namespace {

struct Loaded {
  std::optional<SessionRecord> session;
  std::optional<Agent> agent;
  std::optional<std::int64_t> institution_id;
};

bool Expired(const SessionRecord& s, const Settings& settings, Timestamp now) {
  return now - s.last_seen_at > settings.session_idle ||
         now - s.created_at > settings.session_absolute;
}

}  // namespace

std::optional<SessionView> ResolveSession(Store& store, const Clock& clock,
                                          const Settings& settings, std::string_view token) {
  if (!IsLowerHex(token, 64)) return std::nullopt;
  std::string id_hash = Sha256Hex(token);
  Timestamp now = clock.Now();
  Loaded loaded = Read(store, [&](UnitOfWork& uow) {
    Loaded l;
    l.session = uow.Sessions().Find(id_hash);
    if (l.session) l.agent = uow.Agents().Find(l.session->agent_id);
    if (l.agent) l.institution_id = uow.Pact().InstitutionOfAgent(l.agent->id);
    return l;
  });
  if (!loaded.session) return std::nullopt;
  bool valid = loaded.agent && loaded.agent->active && !Expired(*loaded.session, settings, now);
  if (!valid) {
    Write(store, [&](UnitOfWork& uow) {
      uow.Sessions().Delete(id_hash);
      return true;
    });
    return std::nullopt;
  }
  if (now - loaded.session->last_seen_at >= kSessionTouchInterval) {
    Write(store, [&](UnitOfWork& uow) {
      uow.Sessions().Touch(id_hash, now);
      return true;
    });
  }
  Actor actor = ActorFor(*loaded.agent);
  actor.institution_id = loaded.institution_id;
  return SessionView{std::move(actor), loaded.session->csrf_token,
                     !loaded.session->second_factor_done, loaded.agent->totp_enabled};
}

}  // namespace pacte::app
