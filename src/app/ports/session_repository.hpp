#pragma once
// Port: browser sessions. Only the SHA-256 of a session id is stored.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/common/time.hpp"

namespace pacte::app {

struct SessionRecord {
  std::string id_hash;  // SHA-256 (hex) of the cookie value
  std::int64_t agent_id = 0;
  Timestamp created_at{};
  Timestamp last_seen_at{};
  std::string csrf_token;
  bool second_factor_done = false;
  // TOTP secret being enrolled (encrypted), until the agent confirms a code.
  std::optional<std::string> pending_totp_secret;
  std::string client_addr;
  std::string user_agent;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual void Insert(const SessionRecord& session) = 0;
  virtual std::optional<SessionRecord> Find(const std::string& id_hash) = 0;
  virtual void Touch(const std::string& id_hash, Timestamp at) = 0;
  virtual void CompleteSecondFactor(const std::string& id_hash) = 0;
  virtual void SetPendingTotp(const std::string& id_hash,
                              const std::optional<std::string>& encrypted) = 0;
  virtual void Delete(const std::string& id_hash) = 0;
  // Deletes every session of the agent; returns how many.
  virtual std::int64_t DeleteForAgent(std::int64_t agent_id) = 0;
  // Deletes sessions idle since before `idle_before` or created before `created_before`.
  virtual std::int64_t DeleteExpired(Timestamp idle_before, Timestamp created_before) = 0;
};

}  // namespace pacte::app
