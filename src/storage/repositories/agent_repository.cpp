#include "storage/repositories/agent_repository.hpp"

#include <map>

#include "domain/common/text.hpp"
#include "storage/sql/versioned_update.hpp"

namespace pacte::storage {
namespace {

constexpr std::string_view kColumns =
    "id, email, first_name, last_name, structure_id, active, totp_secret IS NOT NULL, "
    "last_login_at, created_at, updated_at, version";

Agent AgentFromRow(const SqlRow& row) {
  Agent a;
  a.id = row.Int(0);
  a.email = row.Text(1);
  a.first_name = row.Text(2);
  a.last_name = row.Text(3);
  a.structure_id = row.OptInt(4);
  a.active = row.Bool(5);
  a.totp_enabled = row.Bool(6);
  if (auto t = row.OptText(7)) a.last_login_at = ParseIsoTimestamp(*t);
  a.created_at = ParseIsoTimestamp(row.Text(8)).value_or(Timestamp{});
  a.updated_at = ParseIsoTimestamp(row.Text(9)).value_or(Timestamp{});
  a.version = static_cast<int>(row.Int(10));
  return a;
}

std::string AgentSearchKey(const Agent& a) {
  return SearchKey(a.first_name + " " + a.last_name + " " + a.email);
}

Error DuplicateEmail() {
  return Error::Conflict("agent.email_taken", "Cette adresse e-mail est déjà utilisée.", "email");
}

// "%text%" with LIKE wildcards escaped (ESCAPE '\').
std::string LikeContains(const std::string& text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "%";
}

// WHERE clause (with its parameters) of a list filter.
std::string FilterClause(const app::AgentFilter& f, SqlParams& params) {
  std::string where = " WHERE 1 = 1";
  if (std::string key = SearchKey(f.query); !key.empty()) {
    params.emplace_back(LikeContains(key));
    where += " AND search_key LIKE $" + std::to_string(params.size()) + " ESCAPE '\\'";
  }
  if (f.role) {
    params.emplace_back(std::string(RoleCode(*f.role)));
    where +=
        " AND EXISTS (SELECT 1 FROM agent_roles r WHERE r.agent_id = agents.id AND r.role = $" +
        std::to_string(params.size()) + ")";
  }
  if (f.active) {
    params.emplace_back(*f.active);
    where += " AND active = $" + std::to_string(params.size());
  }
  return where;
}

}  // namespace

Result<std::int64_t> SqlAgentRepository::Insert(const Agent& a,
                                                const std::optional<std::string>& password_hash) {
  if (FindByEmail(a.email)) return Fail(DuplicateEmail());
  std::string now = FormatIsoTimestamp(a.created_at);
  std::int64_t id = 0;
  try {
    id = conn_
             .Query(
                 "INSERT INTO agents (email, first_name, last_name, search_key, structure_id, "
                 "password_hash, active, created_at, updated_at, version) "
                 "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, 1) RETURNING id",
                 {a.email, a.first_name, a.last_name, AgentSearchKey(a), Opt(a.structure_id),
                  Opt(password_hash), a.active, now})
             .rows.at(0)
             .Int(0);
  } catch (const SqlError& e) {
    if (e.IsUniqueViolation()) return Fail(DuplicateEmail());
    throw;
  }
  Agent saved = a;
  saved.id = id;
  ReplaceRoles(saved);
  return id;
}

std::optional<Agent> SqlAgentRepository::FindWhere(std::string_view where,
                                                   const SqlParams& params) {
  auto result =
      conn_.Query("SELECT " + std::string(kColumns) + " FROM agents " + std::string(where), params);
  if (result.rows.empty()) return std::nullopt;
  Agent a = AgentFromRow(result.rows.front());
  LoadRoles(a);
  return a;
}

std::optional<Agent> SqlAgentRepository::Find(std::int64_t id) {
  return FindWhere("WHERE id = $1", {id});
}

std::optional<Agent> SqlAgentRepository::FindByEmail(const std::string& email) {
  return FindWhere("WHERE email = $1", {email});
}

void SqlAgentRepository::LoadRoles(Agent& a) {
  a.roles.clear();
  a.territory_id.reset();
  auto rows = conn_.Query(
      "SELECT role, scope_territory_id FROM agent_roles WHERE agent_id = $1 ORDER BY role", {a.id});
  for (const auto& row : rows.rows) {
    if (auto role = ParseRole(row.Text(0))) a.roles.push_back(*role);
    if (!a.territory_id) a.territory_id = row.OptInt(1);
  }
}

void SqlAgentRepository::ReplaceRoles(const Agent& a) {
  conn_.Execute("DELETE FROM agent_roles WHERE agent_id = $1", {a.id});
  for (Role r : a.roles) {
    conn_.Execute(
        "INSERT INTO agent_roles (agent_id, role, scope_territory_id) VALUES ($1, $2, $3)",
        {a.id, std::string(RoleCode(r)), Opt(a.territory_id)});
  }
}

std::optional<app::AgentSecrets> SqlAgentRepository::Secrets(std::int64_t id) {
  auto result = conn_.Query("SELECT password_hash, totp_secret FROM agents WHERE id = $1", {id});
  if (result.rows.empty()) return std::nullopt;
  const auto& row = result.rows.front();
  return app::AgentSecrets{row.OptText(0), row.OptText(1)};
}

Status SqlAgentRepository::Update(const Agent& a, Timestamp now) {
  if (auto other = FindByEmail(a.email); other && other->id != a.id) {
    return Fail(DuplicateEmail());
  }
  auto updated = VersionedUpdate(
      conn_,
      "UPDATE agents SET email = $1, first_name = $2, last_name = $3, search_key = $4, "
      "structure_id = $5, active = $6, updated_at = $7, version = version + 1 "
      "WHERE id = $8 AND version = $9",
      {a.email, a.first_name, a.last_name, AgentSearchKey(a), Opt(a.structure_id), a.active,
       FormatIsoTimestamp(now), a.id, static_cast<std::int64_t>(a.version)},
      "agents", a.id,
      {Error::NotFound("agent.not_found", "Agent introuvable."), DuplicateEmail()});
  if (!updated) return updated;
  ReplaceRoles(a);
  return {};
}

void SqlAgentRepository::SetPasswordHash(std::int64_t id, const std::string& hash, Timestamp now) {
  conn_.Execute("UPDATE agents SET password_hash = $1, updated_at = $2 WHERE id = $3",
                {hash, FormatIsoTimestamp(now), id});
}

void SqlAgentRepository::SetTotpSecret(std::int64_t id, const std::optional<std::string>& encrypted,
                                       Timestamp now) {
  conn_.Execute("UPDATE agents SET totp_secret = $1, updated_at = $2 WHERE id = $3",
                {Opt(encrypted), FormatIsoTimestamp(now), id});
}

void SqlAgentRepository::SetLastLogin(std::int64_t id, Timestamp at) {
  conn_.Execute("UPDATE agents SET last_login_at = $1 WHERE id = $2", {FormatIsoTimestamp(at), id});
}

app::PageOf<Agent> SqlAgentRepository::List(const app::AgentFilter& filter,
                                            const app::PageRequest& request) {
  app::PageRequest page = request.Clamped();
  SqlParams params;
  std::string where = FilterClause(filter, params);
  app::PageOf<Agent> out;
  out.number = page.number;
  out.size = page.size;
  out.total = conn_.Query("SELECT COUNT(*) FROM agents" + where, params).rows.at(0).Int(0);

  SqlParams paged = params;
  paged.emplace_back(static_cast<std::int64_t>(page.size));
  paged.emplace_back(page.Offset());
  std::string limit = " ORDER BY last_name, first_name, id LIMIT $" +
                      std::to_string(paged.size() - 1) + " OFFSET $" + std::to_string(paged.size());
  auto rows =
      conn_.Query("SELECT " + std::string(kColumns) + " FROM agents" + where + limit, paged);
  std::map<std::int64_t, std::size_t> index;
  for (const auto& row : rows.rows) {
    index[row.Int(0)] = out.items.size();
    out.items.push_back(AgentFromRow(row));
  }
  if (out.items.empty()) return out;
  auto roles = conn_.Query(
      "SELECT agent_id, role, scope_territory_id FROM agent_roles WHERE agent_id IN "
      "(SELECT id FROM agents" +
          where + limit + ") ORDER BY agent_id, role",
      paged);
  for (const auto& row : roles.rows) {
    auto it = index.find(row.Int(0));
    if (it == index.end()) continue;
    Agent& a = out.items[it->second];
    if (auto role = ParseRole(row.Text(1))) a.roles.push_back(*role);
    if (!a.territory_id) a.territory_id = row.OptInt(2);
  }
  return out;
}

}  // namespace pacte::storage
