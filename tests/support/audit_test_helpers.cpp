#include "support/audit_test_helpers.hpp"

#include "app/audit/record_audit.hpp"

namespace pacte::testing {

app::Actor AgentWithRole(Role role, std::int64_t id) {
  app::Actor a;
  a.agent_id = id;
  a.display_name = "Agent de test";
  a.roles = {role};
  a.client_addr = "192.0.2.10";
  a.request_id = "req-" + std::to_string(id);
  return a;
}

void RecordOne(app::Store& store, const app::Clock& clock, const app::Actor& actor,
               const std::string& action, const std::string& object_type,
               const std::string& object_id, const nlohmann::json& details) {
  app::Write(store, [&](app::UnitOfWork& uow) {
    app::RecordAudit(uow, clock, actor, action, object_type, object_id, details);
    return true;
  });
}

void RecordMany(app::Store& store, const app::Clock& clock, int n) {
  auto actor = AgentWithRole(Role::kReferent);
  for (int i = 1; i <= n; ++i) {
    RecordOne(store, clock, actor, "structure.read", "structure", std::to_string(i));
  }
}

std::int64_t RawExecute(storage::SqlStore& store, const std::string& sql,
                        const storage::SqlParams& params) {
  std::int64_t affected = 0;
  store.WithConnection([&](storage::SqlConnection& c) { affected = c.Execute(sql, params); });
  return affected;
}

std::int64_t RawCount(storage::SqlStore& store, const std::string& sql,
                      const storage::SqlParams& params) {
  std::int64_t n = 0;
  store.WithConnection([&](storage::SqlConnection& c) { n = c.Query(sql, params).rows[0].Int(0); });
  return n;
}

std::vector<audit::ChainProblemKind> KindsOf(const audit::ChainReport& report) {
  std::vector<audit::ChainProblemKind> out;
  for (const auto& p : report.problems) out.push_back(p.kind);
  return out;
}

}  // namespace pacte::testing
