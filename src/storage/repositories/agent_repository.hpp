#pragma once

#include "app/ports/agent_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlAgentRepository final : public app::AgentRepository {
 public:
  explicit SqlAgentRepository(SqlConnection& conn) : conn_(conn) {}

  Result<std::int64_t> Insert(const Agent& agent,
                              const std::optional<std::string>& password_hash) override;
  std::optional<Agent> Find(std::int64_t id) override;
  std::optional<Agent> FindByEmail(const std::string& email) override;
  std::optional<app::AgentSecrets> Secrets(std::int64_t id) override;
  Status Update(const Agent& agent, Timestamp now) override;
  void SetPasswordHash(std::int64_t id, const std::string& hash, Timestamp now) override;
  void SetTotpSecret(std::int64_t id, const std::optional<std::string>& encrypted,
                     Timestamp now) override;
  void SetLastLogin(std::int64_t id, Timestamp at) override;
  app::PageOf<Agent> List(const app::AgentFilter& filter, const app::PageRequest& page) override;

 private:
  std::optional<Agent> FindWhere(std::string_view where, const SqlParams& params);
  void LoadRoles(Agent& agent);
  void ReplaceRoles(const Agent& agent);

  SqlConnection& conn_;
};

}  // namespace pacte::storage
