#pragma once
// SQL implementation of app::IntakeLookupRepository, over the persons table.

#include "app/ports/intake_lookup_repository.hpp"
#include "storage/repositories/beneficiary_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlIntakeLookupRepository final : public app::IntakeLookupRepository {
 public:
  explicit SqlIntakeLookupRepository(SqlConnection& conn) : persons_(conn) {}

  std::vector<app::StoredPerson> FindByInternalId(const std::string& internal_id) override;
  std::vector<app::StoredPerson> FindByEmailAndBirth(const std::string& email,
                                                     Date birth_date) override;
  std::vector<app::StoredPerson> FindByPhoneAndBirth(const std::string& phone,
                                                     Date birth_date) override;

 private:
  SqlBeneficiaryRepository persons_;
};

}  // namespace pacte::storage
