#pragma once
// SQL implementation of app::BeneficiaryRepository. Households and persons are in
// beneficiary_repository.cpp, the rights history in beneficiary_rights_sql.cpp, lists in
// beneficiary_list_sql.cpp, the fiche's summary in beneficiary_summary_sql.cpp.

#include "app/ports/beneficiary_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlBeneficiaryRepository final : public app::BeneficiaryRepository {
 public:
  explicit SqlBeneficiaryRepository(SqlConnection& conn) : conn_(conn) {}

  Result<std::int64_t> InsertHousehold(const Household& h, Timestamp now) override;
  Status UpdateHousehold(std::int64_t id, std::int64_t expected_version, const Household& h,
                         Timestamp now) override;
  std::optional<app::StoredHousehold> FindHousehold(std::int64_t id) override;
  std::optional<app::StoredHousehold> FindHouseholdByNumdemrsa(
      const std::string& numdemrsa) override;

  Result<std::int64_t> InsertPerson(std::optional<std::int64_t> household_id, const Person& p,
                                    const std::optional<std::string>& internal_id,
                                    Timestamp now) override;
  Status UpdatePerson(std::int64_t id, std::int64_t expected_version,
                      std::optional<std::int64_t> household_id, const Person& p,
                      const std::optional<std::string>& internal_id, Timestamp now) override;
  std::optional<app::StoredPerson> FindPerson(std::int64_t id) override;
  std::optional<app::StoredPerson> FindPersonByNir(const std::string& nir) override;
  std::vector<app::StoredPerson> FindPersonsByCafNumber(const std::string& caf_number) override;
  app::PageOf<app::StoredPerson> SearchPersons(const app::PersonQuery& query,
                                               const app::PageRequest& page) override;

  app::PageOf<app::PersonListItem> ListPersons(const app::PersonListQuery& query,
                                               const app::PageRequest& page) override;
  app::CaseloadCounts CountCaseload(std::int64_t agent_id, Date today) override;
  app::PersonSummary SummaryOf(std::int64_t person_id) override;
  bool NirTaken(const std::string& nir, std::optional<std::int64_t> except_id) override;

  RightsHistory RightsHistoryOf(std::int64_t person_id) override;
  RightsHistory RightsHistoryAsKnownAt(std::int64_t person_id, Timestamp known_at) override;
  Status ReplaceRightsRows(std::int64_t person_id, std::int64_t household_id,
                           const AppliedObservation& applied, const std::string& source,
                           Timestamp now) override;

  // Persons matching a SQL condition on table persons (parameters $1…), by id. Shared with
  // the other repositories of storage that look persons up (intake matching).
  std::vector<app::StoredPerson> FindPersonsWhere(const std::string& condition,
                                                  const SqlParams& params);

 private:
  std::optional<app::StoredHousehold> FindHouseholdWhere(const std::string& condition,
                                                         const SqlParams& params);
  void ReplaceNameVariants(std::int64_t person_id, const Person& p);
  void InsertRightsRow(std::int64_t person_id, std::int64_t household_id, const RightsRow& row,
                       const std::string& source, Timestamp now);

  SqlConnection& conn_;
};

}  // namespace pacte::storage
