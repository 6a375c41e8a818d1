#pragma once

#include "app/ports/credential_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlCredentialRepository final : public app::CredentialRepository {
 public:
  explicit SqlCredentialRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
