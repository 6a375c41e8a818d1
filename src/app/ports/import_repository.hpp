#pragma once
// Port: the journal of beneficiary imports (CAF / MSA flux and spreadsheets, table imports)
// and their report lines (import_lines). Progress and counters are written by the import use
// cases inside the transaction of the households / rows they describe, so that the journal
// always tells what the database holds, even after the process was killed.

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/paging.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

// Kinds and statuses as stored (French codes of the journal).
inline constexpr const char* kImportKindCaf = "caf";
inline constexpr const char* kImportKindSpreadsheet = "spreadsheet";

inline constexpr const char* kImportQueued = "en_attente";
inline constexpr const char* kImportRunning = "en_cours";
inline constexpr const char* kImportDone = "terminee";
inline constexpr const char* kImportFailed = "echouee";
inline constexpr const char* kImportCancelled = "annulee";
inline constexpr const char* kImportInterrupted = "interrompue";

// Outcomes of a report line.
inline constexpr const char* kLineCreated = "cree";
inline constexpr const char* kLineUpdated = "mis_a_jour";
inline constexpr const char* kLineUnchanged = "inchange";
inline constexpr const char* kLineClosed = "clos";
inline constexpr const char* kLineRejected = "rejete";
inline constexpr const char* kLineWarning = "avertissement";

struct NewImport {
  std::string kind{};  // kImportKindCaf or kImportKindSpreadsheet
  bool dry_run = false;
  std::string file_name{};    // as uploaded / given (shown, never used as a path)
  std::string file_path{};    // where the server keeps it
  std::string file_sha256{};  // hex
  std::int64_t file_bytes = 0;
  std::optional<std::int64_t> mapping_id{};
  nlohmann::json options = nlohmann::json::object();  // sheet, force, validate…
  std::optional<std::int64_t> plan_of{};              // dry run applied by this run
  std::optional<std::string> runner{};                // server process that will run it
  std::optional<std::int64_t> created_by{};
};

struct ImportRecord {
  std::int64_t id = 0;
  std::string kind{};
  bool dry_run = false;
  std::string status{};
  std::string file_name{};
  std::string file_path{};
  std::string file_sha256{};
  std::int64_t file_bytes = 0;
  std::optional<std::int64_t> mapping_id{};
  nlohmann::json options = nlohmann::json::object();
  std::optional<std::int64_t> plan_of{};
  std::optional<std::string> organism{};
  std::optional<Date> reference_date{};
  std::optional<std::string> runner{};
  bool cancel_requested = false;
  std::int64_t progress_done = 0;   // bytes read of the file (CAF and spreadsheets)
  std::int64_t progress_total = 0;  // file size or number of rows (0: unknown)
  std::int64_t units_done = 0;      // households or rows handled
  nlohmann::json counts = nlohmann::json::object();
  std::optional<std::string> error{};  // French, for failed runs
  std::optional<std::int64_t> created_by{};
  Timestamp created_at{};
  std::optional<Timestamp> started_at{};
  std::optional<Timestamp> finished_at{};
  Timestamp updated_at{};
};

struct ImportLine {
  std::int64_t line = 0;    // line of the file (CAF) or row number (spreadsheets, 1 = header)
  std::string reference{};  // NUMDEMRSA, row key… never a name
  std::string outcome{};    // kLine…
  std::optional<std::int64_t> person_id{};
  std::string code{};     // machine code of the reason (caf.nir_invalid…)
  std::string message{};  // French
  nlohmann::json details = nlohmann::json::object();
};

struct ImportQuery {
  std::optional<std::string> kind{};
  std::optional<std::int64_t> created_by{};  // only this agent's imports
};

class ImportRepository {
 public:
  virtual ~ImportRepository() = default;

  // A new run in status en_attente; returns its id.
  virtual std::int64_t Insert(const NewImport& import, Timestamp now) = 0;
  virtual std::optional<ImportRecord> Find(std::int64_t id) = 0;
  // Newest first.
  virtual PageOf<ImportRecord> List(const ImportQuery& query, const PageRequest& page) = 0;

  // en_attente → en_cours when still en_attente (and, when runner is given, the row's runner
  // is that one or none); false when someone else took it or it was cancelled.
  virtual bool Claim(std::int64_t id, const std::optional<std::string>& runner, Timestamp now) = 0;
  // The oldest en_attente run this runner may take (its own or unassigned).
  virtual std::optional<std::int64_t> NextQueued(const std::optional<std::string>& runner) = 0;

  // Progress, counters and the CAF header facts, written with the data they describe.
  virtual void SaveProgress(std::int64_t id, std::int64_t progress_done,
                            std::int64_t progress_total, std::int64_t units_done,
                            const nlohmann::json& counts, Timestamp now) = 0;
  virtual void SetCafReference(std::int64_t id, const std::string& organism, Date reference_date,
                               Timestamp now) = 0;
  // en_cours (or en_attente) → status (terminee, echouee, annulee, interrompue), with the
  // French error for echouee.
  virtual void Finish(std::int64_t id, const std::string& status,
                      const std::optional<std::string>& error, Timestamp now) = 0;
  // Sets cancel_requested; an en_attente run becomes annulee at once. False when the run is
  // already finished.
  virtual bool RequestCancel(std::int64_t id, Timestamp now) = 0;
  virtual bool CancelRequested(std::int64_t id) = 0;
  // Runs left en_cours by a process that died (runner given: only that runner's, else all)
  // become interrompue; returns how many.
  virtual std::int64_t MarkInterrupted(const std::optional<std::string>& runner, Timestamp now) = 0;

  virtual void AddLines(std::int64_t id, const std::vector<ImportLine>& lines) = 0;
  // Ordered by line then insertion; outcome given: only those.
  virtual PageOf<ImportLine> Lines(std::int64_t id, const std::optional<std::string>& outcome,
                                   const PageRequest& page) = 0;
  // Every line of a run, in order (dry run plans, report exports): calls fn per line.
  virtual void ForEachLine(std::int64_t id, const std::function<void(const ImportLine&)>& fn) = 0;

  // A finished (terminee), applied (not dry run) run of this kind with this file hash.
  virtual std::optional<std::int64_t> FindAppliedByHash(const std::string& kind,
                                                        const std::string& sha256) = 0;
  // The latest DTREF of a finished, applied CAF run of this organism.
  virtual std::optional<Date> LatestCafReference(const std::string& organism) = 0;
};

}  // namespace pacte::app
