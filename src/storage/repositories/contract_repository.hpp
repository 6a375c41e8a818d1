#pragma once
// SQL implementation of app::ContractRepository.

#include "app/ports/contract_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlContractRepository final : public app::ContractRepository {
 public:
  explicit SqlContractRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
