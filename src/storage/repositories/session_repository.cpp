#include "storage/repositories/session_repository.hpp"

namespace pacte::storage {

void SqlSessionRepository::Insert(const app::SessionRecord& s) {
  conn_.Execute(
      "INSERT INTO sessions (id_hash, agent_id, created_at, last_seen_at, csrf_token, "
      "second_factor_done, pending_totp_secret, client_addr, user_agent) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {s.id_hash, s.agent_id, FormatIsoTimestamp(s.created_at), FormatIsoTimestamp(s.last_seen_at),
       s.csrf_token, s.second_factor_done, Opt(s.pending_totp_secret), s.client_addr,
       s.user_agent.empty() ? SqlParam(nullptr) : SqlParam(s.user_agent)});
}

std::optional<app::SessionRecord> SqlSessionRepository::Find(const std::string& id_hash) {
  auto result = conn_.Query(
      "SELECT id_hash, agent_id, created_at, last_seen_at, csrf_token, second_factor_done, "
      "pending_totp_secret, client_addr, user_agent FROM sessions WHERE id_hash = $1",
      {id_hash});
  if (result.rows.empty()) return std::nullopt;
  const auto& row = result.rows.front();
  app::SessionRecord s;
  s.id_hash = row.Text(0);
  s.agent_id = row.Int(1);
  s.created_at = ParseIsoTimestamp(row.Text(2)).value_or(Timestamp{});
  s.last_seen_at = ParseIsoTimestamp(row.Text(3)).value_or(Timestamp{});
  s.csrf_token = row.Text(4);
  s.second_factor_done = row.Bool(5);
  s.pending_totp_secret = row.OptText(6);
  s.client_addr = row.Text(7);
  s.user_agent = row.Text(8);
  return s;
}

void SqlSessionRepository::Touch(const std::string& id_hash, Timestamp at) {
  conn_.Execute("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2",
                {FormatIsoTimestamp(at), id_hash});
}

void SqlSessionRepository::CompleteSecondFactor(const std::string& id_hash) {
  conn_.Execute(
      "UPDATE sessions SET second_factor_done = $1, pending_totp_secret = NULL "
      "WHERE id_hash = $2",
      {true, id_hash});
}

void SqlSessionRepository::SetPendingTotp(const std::string& id_hash,
                                          const std::optional<std::string>& encrypted) {
  conn_.Execute("UPDATE sessions SET pending_totp_secret = $1 WHERE id_hash = $2",
                {Opt(encrypted), id_hash});
}

void SqlSessionRepository::Delete(const std::string& id_hash) {
  conn_.Execute("DELETE FROM sessions WHERE id_hash = $1", {id_hash});
}

std::int64_t SqlSessionRepository::DeleteForAgent(std::int64_t agent_id) {
  return conn_.Execute("DELETE FROM sessions WHERE agent_id = $1", {agent_id});
}

std::int64_t SqlSessionRepository::DeleteExpired(Timestamp idle_before, Timestamp created_before) {
  return conn_.Execute("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2",
                       {FormatIsoTimestamp(idle_before), FormatIsoTimestamp(created_before)});
}

}  // namespace pacte::storage
