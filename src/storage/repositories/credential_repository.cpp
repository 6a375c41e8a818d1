#include "storage/repositories/credential_repository.hpp"

namespace pacte::storage {
namespace {

std::string KindCode(app::AttemptKey kind) {
  return kind == app::AttemptKey::kAccount ? "account" : "address";
}

std::optional<Timestamp> OptTimestamp(const SqlRow& row, std::size_t i) {
  auto text = row.OptText(i);
  if (!text) return std::nullopt;
  return ParseIsoTimestamp(*text);
}

app::ApiToken TokenFromRow(const SqlRow& row) {
  app::ApiToken t;
  t.id = row.Int(0);
  t.agent_id = row.Int(1);
  t.name = row.Text(2);
  t.created_at = ParseIsoTimestamp(row.Text(3)).value_or(Timestamp{});
  t.last_used_at = OptTimestamp(row, 4);
  t.revoked_at = OptTimestamp(row, 5);
  return t;
}

constexpr std::string_view kTokenColumns =
    "SELECT id, agent_id, name, created_at, last_used_at, revoked_at FROM api_tokens ";

}  // namespace

void SqlCredentialRepository::RecordAttempt(const app::LoginAttempt& a) {
  conn_.Execute(
      "INSERT INTO login_attempts (key_kind, key_value, at, success) VALUES ($1, $2, $3, $4)",
      {KindCode(a.kind), a.key, FormatIsoTimestamp(a.at), a.success});
}

std::vector<Timestamp> SqlCredentialRepository::Failures(app::AttemptKey kind,
                                                         const std::string& key, Timestamp since,
                                                         bool after_last_success) {
  std::string sql =
      "SELECT at FROM login_attempts WHERE key_kind = $1 AND key_value = $2 AND at >= $3 "
      "AND success = $4";
  if (after_last_success) {
    sql +=
        " AND id > COALESCE((SELECT MAX(id) FROM login_attempts WHERE key_kind = $1 "
        "AND key_value = $2 AND success = $5), 0)";
  }
  sql += " ORDER BY at, id";
  SqlParams params{KindCode(kind), key, FormatIsoTimestamp(since), false};
  if (after_last_success) params.emplace_back(true);
  std::vector<Timestamp> out;
  for (const auto& row : conn_.Query(sql, params).rows) {
    if (auto t = ParseIsoTimestamp(row.Text(0))) out.push_back(*t);
  }
  return out;
}

std::int64_t SqlCredentialRepository::DeleteAttemptsBefore(Timestamp before) {
  return conn_.Execute("DELETE FROM login_attempts WHERE at < $1", {FormatIsoTimestamp(before)});
}

std::int64_t SqlCredentialRepository::InsertApiToken(const std::string& token_hash,
                                                     std::int64_t agent_id, const std::string& name,
                                                     Timestamp now) {
  return conn_
      .Query(
          "INSERT INTO api_tokens (token_hash, agent_id, name, created_at) "
          "VALUES ($1, $2, $3, $4) RETURNING id",
          {token_hash, agent_id, name, FormatIsoTimestamp(now)})
      .rows.at(0)
      .Int(0);
}

std::optional<app::ApiToken> SqlCredentialRepository::FindTokenWhere(std::string_view where,
                                                                     const SqlParam& param) {
  auto result = conn_.Query(std::string(kTokenColumns) + std::string(where), {param});
  if (result.rows.empty()) return std::nullopt;
  return TokenFromRow(result.rows.front());
}

std::optional<app::ApiToken> SqlCredentialRepository::FindApiToken(std::int64_t id) {
  return FindTokenWhere("WHERE id = $1", id);
}

std::optional<app::ApiToken> SqlCredentialRepository::FindApiTokenByHash(
    const std::string& token_hash) {
  return FindTokenWhere("WHERE token_hash = $1", token_hash);
}

bool SqlCredentialRepository::RevokeApiToken(std::int64_t id, Timestamp now) {
  return conn_.Execute("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
                       {FormatIsoTimestamp(now), id}) == 1;
}

std::int64_t SqlCredentialRepository::RevokeApiTokensOf(std::int64_t agent_id, Timestamp now) {
  return conn_.Execute(
      "UPDATE api_tokens SET revoked_at = $1 WHERE agent_id = $2 AND revoked_at IS NULL",
      {FormatIsoTimestamp(now), agent_id});
}

void SqlCredentialRepository::TouchApiToken(std::int64_t id, Timestamp now) {
  conn_.Execute("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2",
                {FormatIsoTimestamp(now), id});
}

std::vector<app::ApiToken> SqlCredentialRepository::ApiTokensOf(std::int64_t agent_id) {
  std::vector<app::ApiToken> out;
  auto result =
      conn_.Query(std::string(kTokenColumns) + "WHERE agent_id = $1 ORDER BY id DESC", {agent_id});
  for (const auto& row : result.rows) out.push_back(TokenFromRow(row));
  return out;
}

std::int64_t SqlCredentialRepository::InsertPasswordReset(const std::string& token_hash,
                                                          std::int64_t agent_id, Timestamp now,
                                                          Timestamp expires_at) {
  return conn_
      .Query(
          "INSERT INTO password_resets (token_hash, agent_id, created_at, expires_at) "
          "VALUES ($1, $2, $3, $4) RETURNING id",
          {token_hash, agent_id, FormatIsoTimestamp(now), FormatIsoTimestamp(expires_at)})
      .rows.at(0)
      .Int(0);
}

std::optional<app::PasswordReset> SqlCredentialRepository::FindPasswordResetByHash(
    const std::string& token_hash) {
  auto result = conn_.Query(
      "SELECT id, agent_id, created_at, expires_at, used_at FROM password_resets "
      "WHERE token_hash = $1",
      {token_hash});
  if (result.rows.empty()) return std::nullopt;
  const auto& row = result.rows.front();
  app::PasswordReset r;
  r.id = row.Int(0);
  r.agent_id = row.Int(1);
  r.created_at = ParseIsoTimestamp(row.Text(2)).value_or(Timestamp{});
  r.expires_at = ParseIsoTimestamp(row.Text(3)).value_or(Timestamp{});
  r.used_at = OptTimestamp(row, 4);
  return r;
}

bool SqlCredentialRepository::MarkPasswordResetUsed(std::int64_t id, Timestamp now) {
  return conn_.Execute("UPDATE password_resets SET used_at = $1 WHERE id = $2 AND used_at IS NULL",
                       {FormatIsoTimestamp(now), id}) == 1;
}

std::int64_t SqlCredentialRepository::SupersedePasswordResets(std::int64_t agent_id,
                                                              Timestamp now) {
  return conn_.Execute(
      "UPDATE password_resets SET used_at = $1 WHERE agent_id = $2 AND used_at IS NULL",
      {FormatIsoTimestamp(now), agent_id});
}

}  // namespace pacte::storage
