#pragma once

#include "app/ports/agent_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlAgentRepository final : public app::AgentRepository {
 public:
  explicit SqlAgentRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
