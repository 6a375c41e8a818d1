#pragma once
// Port: sign-in attempts (lockout), API tokens and password-reset links. Tokens are stored
// as SHA-256 hashes only.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/time.hpp"

namespace pacte::app {

enum class AttemptKey {
  kAccount,  // key: SHA-256 of the normalised e-mail typed (known or not)
  kAddress,  // key: the client address
};

struct LoginAttempt {
  AttemptKey kind = AttemptKey::kAccount;
  std::string key;
  Timestamp at{};
  bool success = false;
};

struct ApiToken {
  std::int64_t id = 0;
  std::int64_t agent_id = 0;
  std::string name;
  Timestamp created_at{};
  std::optional<Timestamp> last_used_at;
  std::optional<Timestamp> revoked_at;
};

struct PasswordReset {
  std::int64_t id = 0;
  std::int64_t agent_id = 0;
  Timestamp created_at{};
  Timestamp expires_at{};
  std::optional<Timestamp> used_at;
};

class CredentialRepository {
 public:
  virtual ~CredentialRepository() = default;

  virtual void RecordAttempt(const LoginAttempt& attempt) = 0;
  // Instants of the key's failures at or after `since`, oldest first. With
  // `after_last_success`, only the failures recorded after the key's last success count.
  virtual std::vector<Timestamp> Failures(AttemptKey kind, const std::string& key, Timestamp since,
                                          bool after_last_success) = 0;
  virtual std::int64_t DeleteAttemptsBefore(Timestamp before) = 0;

  virtual std::int64_t InsertApiToken(const std::string& token_hash, std::int64_t agent_id,
                                      const std::string& name, Timestamp now) = 0;
  virtual std::optional<ApiToken> FindApiToken(std::int64_t id) = 0;
  virtual std::optional<ApiToken> FindApiTokenByHash(const std::string& token_hash) = 0;
  // False when the token is absent or already revoked.
  virtual bool RevokeApiToken(std::int64_t id, Timestamp now) = 0;
  // Revokes every live token of the agent; returns how many.
  virtual std::int64_t RevokeApiTokensOf(std::int64_t agent_id, Timestamp now) = 0;
  virtual void TouchApiToken(std::int64_t id, Timestamp now) = 0;
  // Newest first.
  virtual std::vector<ApiToken> ApiTokensOf(std::int64_t agent_id) = 0;

  virtual std::int64_t InsertPasswordReset(const std::string& token_hash, std::int64_t agent_id,
                                           Timestamp now, Timestamp expires_at) = 0;
  virtual std::optional<PasswordReset> FindPasswordResetByHash(const std::string& token_hash) = 0;
  // Sets used_at when still unused; false when it was already used.
  virtual bool MarkPasswordResetUsed(std::int64_t id, Timestamp now) = 0;
  // Marks every unused link of the agent as used (superseded); returns how many.
  virtual std::int64_t SupersedePasswordResets(std::int64_t agent_id, Timestamp now) = 0;
};

}  // namespace pacte::app
