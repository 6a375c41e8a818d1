#pragma once
// SQL implementation of app::ContractRepository (tables contracts and contract_actions).

#include "app/ports/contract_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlContractRepository final : public app::ContractRepository {
 public:
  explicit SqlContractRepository(SqlConnection& conn) : conn_(conn) {}

  Result<std::int64_t> Insert(const app::NewContract& contract, Timestamp now) override;
  std::optional<app::StoredContract> Find(std::int64_t id) override;
  std::vector<app::StoredContract> ListForPerson(std::int64_t person_id) override;
  Status Update(std::int64_t id, std::int64_t expected_version, const app::ContractRecord& record,
                Timestamp now) override;
  std::vector<std::int64_t> SignedOverlapping(std::int64_t person_id, Date starts_on,
                                              Date ends_on,
                                              std::optional<std::int64_t> except_id) override;

 private:
  std::vector<app::StoredContract> Select(const std::string& where, const SqlParams& params);
  void LoadActions(std::vector<app::StoredContract>& contracts);
  void InsertActions(std::int64_t contract_id, const std::vector<ContractAction>& actions);

  SqlConnection& conn_;
};

}  // namespace pacte::storage
