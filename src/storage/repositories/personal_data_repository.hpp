#pragma once
// SQL implementation of app::PersonalDataRepository.

#include "app/ports/personal_data_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlPersonalDataRepository final : public app::PersonalDataRepository {
 public:
  explicit SqlPersonalDataRepository(SqlConnection& conn) : conn_(conn) {}

  std::vector<app::DataSection> Export(std::int64_t person_id) override;
  std::vector<app::RetentionCandidate> RetentionCandidates(
      Date cutoff, std::optional<std::int64_t> only_person) override;
  void Anonymise(std::int64_t person_id, Timestamp now) override;

 private:
  void AnonymiseCriteria(std::int64_t person_id);
  SqlConnection& conn_;
};

}  // namespace pacte::storage
