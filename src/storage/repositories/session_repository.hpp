#pragma once

#include "app/ports/session_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlSessionRepository final : public app::SessionRepository {
 public:
  explicit SqlSessionRepository(SqlConnection& conn) : conn_(conn) {}

  void Insert(const app::SessionRecord& session) override;
  std::optional<app::SessionRecord> Find(const std::string& id_hash) override;
  void Touch(const std::string& id_hash, Timestamp at) override;
  void CompleteSecondFactor(const std::string& id_hash) override;
  void SetPendingTotp(const std::string& id_hash,
                      const std::optional<std::string>& encrypted) override;
  void Delete(const std::string& id_hash) override;
  std::int64_t DeleteForAgent(std::int64_t agent_id) override;
  std::int64_t DeleteExpired(Timestamp idle_before, Timestamp created_before) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
