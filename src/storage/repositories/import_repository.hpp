#pragma once
// SQL implementation of app::ImportRepository (tables imports, import_lines).

#include "app/ports/import_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlImportRepository final : public app::ImportRepository {
 public:
  explicit SqlImportRepository(SqlConnection& conn) : conn_(conn) {}

  std::int64_t Insert(const app::NewImport& import, Timestamp now) override;
  std::optional<app::ImportRecord> Find(std::int64_t id) override;
  app::PageOf<app::ImportRecord> List(const app::ImportQuery& query,
                                      const app::PageRequest& page) override;
  bool Claim(std::int64_t id, const std::optional<std::string>& runner, Timestamp now) override;
  std::optional<std::int64_t> NextQueued(const std::optional<std::string>& runner) override;
  void SaveProgress(std::int64_t id, std::int64_t progress_done, std::int64_t progress_total,
                    std::int64_t units_done, const nlohmann::json& counts,
                    Timestamp now) override;
  void SetCafReference(std::int64_t id, const std::string& organism, Date reference_date,
                       Timestamp now) override;
  void Finish(std::int64_t id, const std::string& status,
              const std::optional<std::string>& error, Timestamp now) override;
  bool RequestCancel(std::int64_t id, Timestamp now) override;
  bool CancelRequested(std::int64_t id) override;
  std::int64_t MarkInterrupted(const std::optional<std::string>& runner, Timestamp now) override;
  void AddLines(std::int64_t id, const std::vector<app::ImportLine>& lines) override;
  app::PageOf<app::ImportLine> Lines(std::int64_t id, const std::optional<std::string>& outcome,
                                     const app::PageRequest& page) override;
  void ForEachLine(std::int64_t id,
                   const std::function<void(const app::ImportLine&)>& fn) override;
  std::optional<std::int64_t> FindAppliedByHash(const std::string& kind,
                                                const std::string& sha256) override;
  std::optional<Date> LatestCafReference(const std::string& organism) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
