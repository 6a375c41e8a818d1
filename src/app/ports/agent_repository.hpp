#pragma once
// Port: agents, their roles and their credentials (password hash, encrypted TOTP secret).

#include <cstdint>
#include <optional>
#include <string>

#include "app/ports/paging.hpp"
#include "domain/agent/agent.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

// The secrets of an agent, never part of Agent itself.
struct AgentSecrets {
  std::optional<std::string> password_hash;  // nullopt: no password yet (reset link pending)
  std::optional<std::string> totp_secret;    // hex of nonce + secretbox ciphertext
};

struct AgentFilter {
  std::string query;           // matched against names and e-mail (search key)
  std::optional<Role> role;    // agents holding this role
  std::optional<bool> active;  // nullopt: both
};

class AgentRepository {
 public:
  virtual ~AgentRepository() = default;
  // Inserts the agent (its id, version and totp_enabled are ignored; created_at is used for
  // both timestamps) with its roles; returns the new id, or a kConflict on field "email" when
  // the e-mail is already used.
  virtual Result<std::int64_t> Insert(const Agent& agent,
                                      const std::optional<std::string>& password_hash) = 0;
  virtual std::optional<Agent> Find(std::int64_t id) = 0;
  // By normalised e-mail.
  virtual std::optional<Agent> FindByEmail(const std::string& email) = 0;
  virtual std::optional<AgentSecrets> Secrets(std::int64_t id) = 0;
  // Saves e-mail, names, structure, territory, roles and active flag when the stored version
  // is still agent.version (then version + 1): kStale otherwise, kNotFound when absent,
  // kConflict on "email" when the new e-mail is taken.
  virtual Status Update(const Agent& agent, Timestamp now) = 0;
  // Credential changes do not bump the version (an open edit form stays valid).
  virtual void SetPasswordHash(std::int64_t id, const std::string& hash, Timestamp now) = 0;
  virtual void SetTotpSecret(std::int64_t id, const std::optional<std::string>& encrypted,
                             Timestamp now) = 0;
  virtual void SetLastLogin(std::int64_t id, Timestamp at) = 0;
  // One page ordered by last name, first name, id.
  virtual PageOf<Agent> List(const AgentFilter& filter, const PageRequest& page) = 0;
};

}  // namespace pacte::app
