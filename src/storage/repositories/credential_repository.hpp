#pragma once

#include "app/ports/credential_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlCredentialRepository final : public app::CredentialRepository {
 public:
  explicit SqlCredentialRepository(SqlConnection& conn) : conn_(conn) {}

  void RecordAttempt(const app::LoginAttempt& attempt) override;
  std::vector<Timestamp> Failures(app::AttemptKey kind, const std::string& key, Timestamp since,
                                  bool after_last_success) override;
  std::int64_t DeleteAttemptsBefore(Timestamp before) override;

  std::int64_t InsertApiToken(const std::string& token_hash, std::int64_t agent_id,
                              const std::string& name, Timestamp now) override;
  std::optional<app::ApiToken> FindApiToken(std::int64_t id) override;
  std::optional<app::ApiToken> FindApiTokenByHash(const std::string& token_hash) override;
  bool RevokeApiToken(std::int64_t id, Timestamp now) override;
  std::int64_t RevokeApiTokensOf(std::int64_t agent_id, Timestamp now) override;
  void TouchApiToken(std::int64_t id, Timestamp now) override;
  std::vector<app::ApiToken> ApiTokensOf(std::int64_t agent_id) override;

  std::int64_t InsertPasswordReset(const std::string& token_hash, std::int64_t agent_id,
                                   Timestamp now, Timestamp expires_at) override;
  std::optional<app::PasswordReset> FindPasswordResetByHash(const std::string& token_hash) override;
  bool MarkPasswordResetUsed(std::int64_t id, Timestamp now) override;
  std::int64_t SupersedePasswordResets(std::int64_t agent_id, Timestamp now) override;

 private:
  std::optional<app::ApiToken> FindTokenWhere(std::string_view where, const SqlParam& param);
  SqlConnection& conn_;
};

}  // namespace pacte::storage
