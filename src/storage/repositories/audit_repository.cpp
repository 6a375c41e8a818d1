#include "storage/repositories/audit_repository.hpp"

#include <algorithm>

#include "domain/audit/audit_hash.hpp"

namespace pacte::storage {
namespace {

constexpr const char* kColumns =
    "id, at, agent_id, action, object_type, object_id, client_addr, request_id, details, "
    "prev_hash, hash";

app::AuditEvent FromRow(const SqlRow& r) {
  app::AuditEvent e;
  e.id = r.Int(0);
  // A date that is unreadable or not in canonical form cannot be what was hashed: the epoch
  // makes the recomputed hash differ, so verification reports the event as altered.
  auto at = ParseIsoTimestamp(r.Text(1));
  e.at = at && FormatIsoTimestamp(*at) == r.Text(1) ? *at : Timestamp{};
  e.agent_id = r.OptInt(2);
  e.action = r.Text(3);
  e.object_type = r.Text(4);
  e.object_id = r.Text(5);
  e.client_addr = r.Text(6);
  e.request_id = r.Text(7);
  e.details = r.Text(8);
  e.prev_hash = r.Text(9);
  e.hash = r.Text(10);
  return e;
}

std::vector<app::AuditEvent> FromRows(const SqlResult& result) {
  std::vector<app::AuditEvent> out;
  out.reserve(result.rows.size());
  for (const auto& row : result.rows) out.push_back(FromRow(row));
  return out;
}

std::int64_t CodePoints(std::string_view utf8) {
  return std::count_if(utf8.begin(), utf8.end(),
                       [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

// " WHERE a = $1 AND b = $2…" with its parameters.
struct Conditions {
  std::string sql;
  SqlParams params;
  // The placeholder of a new parameter.
  std::string Bind(SqlParam value) {
    params.push_back(std::move(value));
    return "$" + std::to_string(params.size());
  }
  void Where(const std::string& condition) {
    sql += (sql.empty() ? " WHERE " : " AND ") + condition;
  }
};

Conditions ConditionsOf(const app::AuditSearch& s) {
  Conditions c;
  if (s.agent_id) c.Where("agent_id = " + c.Bind(*s.agent_id));
  if (!s.action_prefix.empty()) {
    // substr() compares exactly on both databases, where LIKE differs in case sensitivity.
    std::string length = c.Bind(CodePoints(s.action_prefix));
    std::string prefix = c.Bind(s.action_prefix);
    c.Where("substr(action, 1, " + length + ") = " + prefix);
  }
  if (!s.object_type.empty()) c.Where("object_type = " + c.Bind(s.object_type));
  if (!s.object_id.empty()) c.Where("object_id = " + c.Bind(s.object_id));
  if (s.from) c.Where("at >= " + c.Bind(FormatIsoTimestamp(*s.from)));
  if (s.before) c.Where("at < " + c.Bind(FormatIsoTimestamp(*s.before)));
  return c;
}

}  // namespace

audit::ChainHead SqlAuditRepository::LockHead() {
  // This repository lives for one transaction: once the head is locked, nobody else can move
  // it, so later appends reuse what this one wrote (re-reading a row updated many times in
  // one PostgreSQL transaction walks every version of it).
  if (locked_head_) return *locked_head_;
  const std::string sql = "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1" +
                          std::string(conn_.dialect().ForUpdate());
  auto rows = conn_.Query(sql).rows;
  if (rows.empty()) throw SqlError("tête de la chaîne d'audit absente (audit_chain_head)");
  locked_head_ = audit::ChainHead{rows[0].Int(0), rows[0].Text(1)};
  return *locked_head_;
}

void SqlAuditRepository::Append(app::AuditEvent e) {
  auto head = LockHead();
  audit::Seal(e, head.last_id, head.last_hash);
  // Compare-and-set: even if a caller forgot the write transaction, two appends can never
  // both take the same id (the second fails instead of forking the chain).
  auto moved = conn_.Execute(
      "UPDATE audit_chain_head SET last_id = $1, last_hash = $2 WHERE id = 1 AND last_id = $3",
      {e.id, e.hash, head.last_id});
  if (moved != 1) {
    locked_head_.reset();
    throw SqlError("tête de la chaîne d'audit déplacée par une autre transaction");
  }
  locked_head_ = audit::ChainHead{e.id, e.hash};
  conn_.Execute(
      "INSERT INTO audit_events (id, at, agent_id, action, object_type, object_id, client_addr, "
      "request_id, details, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
      "$11)",
      {e.id, FormatIsoTimestamp(e.at), Opt(e.agent_id), e.action, e.object_type, e.object_id,
       e.client_addr, e.request_id, e.details, e.prev_hash, e.hash});
}

audit::ChainHead SqlAuditRepository::Head() {
  auto rows = conn_.Query("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1").rows;
  if (rows.empty()) throw SqlError("tête de la chaîne d'audit absente (audit_chain_head)");
  return audit::ChainHead{rows[0].Int(0), rows[0].Text(1)};
}

audit::ChainAnchor SqlAuditRepository::PurgeAnchor() {
  auto rows = conn_.Query(
                       "SELECT up_to_id, last_purged_hash FROM audit_purges "
                       "ORDER BY up_to_id DESC, id DESC LIMIT 1")
                  .rows;
  if (rows.empty()) return audit::ChainAnchor{};
  return audit::ChainAnchor{rows[0].Int(0), rows[0].Text(1)};
}

std::vector<app::AuditEvent> SqlAuditRepository::ChainSlice(std::int64_t after_id,
                                                            std::int64_t up_to_id, int limit) {
  return FromRows(conn_.Query(std::string("SELECT ") + kColumns +
                                  " FROM audit_events WHERE id > $1 AND id <= $2 "
                                  "ORDER BY id LIMIT $3",
                              {after_id, up_to_id, std::int64_t{limit}}));
}

std::int64_t SqlAuditRepository::MaxId() {
  return conn_.Query("SELECT COALESCE(MAX(id), 0) FROM audit_events").rows[0].Int(0);
}

app::PageOf<app::AuditEvent> SqlAuditRepository::Search(const app::AuditSearch& search,
                                                        const app::PageRequest& request) {
  auto page = request.Clamped();
  auto where = ConditionsOf(search);
  app::PageOf<app::AuditEvent> out;
  out.number = page.number;
  out.size = page.size;
  out.total = conn_.Query("SELECT COUNT(*) FROM audit_events" + where.sql, where.params)
                  .rows[0]
                  .Int(0);
  auto params = where.params;
  std::string limit = "$" + std::to_string(params.size() + 1);
  std::string offset = "$" + std::to_string(params.size() + 2);
  params.push_back(std::int64_t{page.size});
  params.push_back(page.Offset());
  out.items = FromRows(conn_.Query(std::string("SELECT ") + kColumns + " FROM audit_events" +
                                       where.sql + " ORDER BY id DESC LIMIT " + limit +
                                       " OFFSET " + offset,
                                   params));
  return out;
}

std::int64_t SqlAuditRepository::PurgeableUpTo(Timestamp cutoff) {
  auto first_kept = conn_.Query("SELECT MIN(id) FROM audit_events WHERE at >= $1",
                                {FormatIsoTimestamp(cutoff)})
                        .rows[0]
                        .OptInt(0);
  return first_kept ? *first_kept - 1 : MaxId();
}

std::int64_t SqlAuditRepository::CountUpTo(std::int64_t up_to_id) {
  return conn_.Query("SELECT COUNT(*) FROM audit_events WHERE id <= $1", {up_to_id})
      .rows[0]
      .Int(0);
}

std::string SqlAuditRepository::HashAtOrBefore(std::int64_t up_to_id,
                                               const std::string& fallback) {
  auto rows = conn_.Query(
                       "SELECT hash FROM audit_events WHERE id <= $1 ORDER BY id DESC LIMIT 1",
                       {up_to_id})
                  .rows;
  return rows.empty() ? fallback : rows[0].Text(0);
}

app::AuditPurge SqlAuditRepository::PurgeOlderThan(Timestamp cutoff, Timestamp now,
                                                   std::int64_t max_count) {
  LockHead();  // one purge at a time, and no append sees a half-moved anchor
  auto anchor = PurgeAnchor();
  std::int64_t up_to = std::min(PurgeableUpTo(cutoff), anchor.up_to_id + max_count);
  if (up_to <= anchor.up_to_id) return {};
  // If the event up_to itself was deleted by someone, the anchor takes the hash of the one
  // before it: the next event's link then fails verification instead of hiding the deletion.
  std::string hash = HashAtOrBefore(up_to, anchor.hash);
  auto count = conn_.Execute("DELETE FROM audit_events WHERE id <= $1", {up_to});
  conn_.Execute(
      "INSERT INTO audit_purges (purged_at, up_to_id, last_purged_hash, count) "
      "VALUES ($1, $2, $3, $4)",
      {FormatIsoTimestamp(now), up_to, hash, count});
  return app::AuditPurge{count, up_to};
}

}  // namespace pacte::storage
