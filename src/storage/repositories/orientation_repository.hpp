#pragma once
// SQL implementation of app::OrientationRepository (orientations in
// orientation_repository.cpp, re-orientation requests in reorientation_request_sql.cpp).

#include "app/ports/orientation_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlOrientationRepository final : public app::OrientationRepository {
 public:
  explicit SqlOrientationRepository(SqlConnection& conn) : conn_(conn) {}

  Result<std::int64_t> Insert(const app::NewOrientation& o, Timestamp now) override;
  std::optional<app::OrientationRecord> Find(std::int64_t id) override;
  std::optional<app::OrientationRecord> Current(std::int64_t person_id) override;
  std::vector<app::OrientationRecord> History(std::int64_t person_id) override;

  Result<std::int64_t> InsertRequest(const app::NewReorientationRequest& r,
                                     Timestamp now) override;
  std::optional<app::ReorientationRequestRecord> FindRequest(std::int64_t id) override;
  std::optional<app::ReorientationRequestRecord> PendingRequest(std::int64_t person_id) override;
  std::vector<app::ReorientationRequestRecord> Requests(std::int64_t person_id) override;
  app::PageOf<app::ReorientationRequestRecord> ListPending(const app::PersonVisibility& visibility,
                                                           const app::PageRequest& page) override;
  Status Decide(std::int64_t id, std::int64_t expected_version,
                const app::ReorientationDecision& d, Timestamp now) override;

 private:
  std::vector<app::OrientationRecord> Select(const std::string& where, const SqlParams& params);
  std::vector<app::ReorientationRequestRecord> SelectRequests(const std::string& where,
                                                              const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace pacte::storage
