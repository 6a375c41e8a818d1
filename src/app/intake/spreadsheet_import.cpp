#include "app/intake/spreadsheet_import.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "app/audit/record_audit.hpp"
#include "app/intake/import_mappings.hpp"
#include "app/intake/spreadsheet_plan.hpp"
#include "app/intake/spreadsheet_row.hpp"
#include "app/ports/import_mapping_repository.hpp"
#include "domain/intake/row_candidate.hpp"

namespace pacte::app {
namespace {

constexpr const char* kCancelled = "spreadsheet.cancelled";

Error RunError(std::string code, std::string message) {
  return Error::Invalid(std::move(code), std::move(message));
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "« " : ", « ") + s + " »";
  return out;
}

class SpreadsheetRun {
 public:
  SpreadsheetRun(Store& store, const Clock& clock, const IntakeDeps& deps, ImportRecord record)
      : store_(store), clock_(clock), deps_(deps), run_(std::move(record)) {
    actor_ = Actor::System("spreadsheet_import");
    if (run_.created_by) actor_.agent_id = *run_.created_by;
  }

  Result<ImportRecord> Execute() {
    if (run_.cancel_requested) return Finish(kImportCancelled, std::nullopt);
    if (auto ok = Prepare(); !ok) return Finish(kImportFailed, ok.error().message);
    auto read = deps_.spreadsheets->Read(
        run_.file_path, Options(), [this](const SpreadsheetInfo& i) { return OnInfo(i); },
        [this](const SpreadsheetRow& r) { return OnRow(r); },
        [this](const SpreadsheetProgress& p) { progress_ = p; });
    Status flushed = read ? Flush() : Status{};
    if (!read && read.error().code == kCancelled) return Finish(kImportCancelled, std::nullopt);
    if (!read) return Finish(kImportFailed, read.error().message);
    if (!flushed && flushed.error().code == kCancelled) {
      return Finish(kImportCancelled, std::nullopt);
    }
    if (progress_.bytes_total > 0) progress_.bytes_read = progress_.bytes_total;
    return Finish(kImportDone, std::nullopt);
  }

 private:
  Status Prepare() {
    if (!deps_.spreadsheets) {
      return Fail(RunError("spreadsheet.no_reader", "Lecture des tableurs indisponible."));
    }
    return Read(store_, [&](UnitOfWork& uow) -> Status {
      std::optional<StoredImportMapping> mapping;
      if (run_.mapping_id) mapping = uow.ImportMappings().Find(*run_.mapping_id);
      if (!mapping) {
        return Fail(RunError("spreadsheet.mapping_missing",
                             "La correspondance de colonnes de cet import n'existe plus."));
      }
      mapping_ = mapping->mapping;
      if (run_.plan_of) {
        auto plan = SpreadsheetPlan::Load(uow, run_);
        if (!plan) return Fail(plan.error());
        plan_ = std::move(*plan);
      }
      communes_.emplace(CommuneIndex::Load(uow));
      return {};
    });
  }

  SpreadsheetOptions Options() {
    SpreadsheetOptions o;
    o.max_uncompressed_bytes = deps_.max_xlsx_uncompressed_bytes;
    for (const auto* source : {&mapping_.options, &run_.options}) {
      if (!source->is_object()) continue;
      if (source->contains("sheet") && (*source)["sheet"].is_string()) {
        o.sheet = (*source)["sheet"].get<std::string>();
      }
      if (source->contains("header_row") && (*source)["header_row"].is_number_integer()) {
        o.header_row = (*source)["header_row"].get<int>();
      }
    }
    header_row_ = o.header_row;
    return o;
  }

  Status OnInfo(const SpreadsheetInfo& info) {
    auto bound = intake::BindColumns(MappingColumns(mapping_), info.headers);
    std::vector<std::string> fields;
    for (const auto& b : bound.bound) {
      fields.push_back(b.field);
      settings_.header_of_field[b.field] = b.header;
    }
    if (!intake::IdentifiesPersons(fields)) {
      std::string missing = bound.missing_headers.empty()
                                ? std::string()
                                : " Colonnes absentes : " + Joined(bound.missing_headers) + ".";
      return Fail(RunError("spreadsheet.columns_missing",
                           "Le fichier ne peut pas être importé avec cette correspondance : " +
                               intake::IdentifyingRuleText() + missing));
    }
    if (!bound.missing_headers.empty()) {
      pending_.push_back(ImportLine{header_row_, "", kLineWarning, std::nullopt,
                                    "spreadsheet.columns_missing",
                                    "Colonnes de la correspondance absentes du fichier : " +
                                        Joined(bound.missing_headers) + ".",
                                    {{"headers", bound.missing_headers}}});
      ++counts_[kLineWarning];
    }
    columns_ = std::move(bound.bound);
    return {};
  }

  Status OnRow(const SpreadsheetRow& row) {
    batch_.push_back(row);
    if (static_cast<int>(batch_.size()) >= std::max(1, deps_.batch)) return Flush();
    return {};
  }

  // One transaction: the batch's rows, their report lines, the progress and (when persons
  // changed) the audit event, together.
  Status Flush() {
    settings_.now = clock_.Now();
    settings_.communes = communes_ ? &*communes_ : nullptr;
    Status out = Write(store_, [&](UnitOfWork& uow) -> Status {
      if (uow.Imports().CancelRequested(run_.id)) {
        return Fail(RunError(kCancelled, "Import annulé."));
      }
      std::vector<ImportLine> lines = std::move(pending_);
      nlohmann::json changed = nlohmann::json::array();
      for (const auto& row : batch_) ProcessRow(uow, row, lines, changed);
      uow.Imports().AddLines(run_.id, lines);
      SaveProgress(uow);
      if (!changed.empty()) {
        RecordAudit(uow, clock_, actor_, "spreadsheet_import.apply", "import",
                    std::to_string(run_.id),
                    {{"rows", {batch_.front().number, batch_.back().number}},
                     {"person_ids", changed}});
      }
      return {};
    });
    if (out) batch_.clear();
    return out;
  }

  void SaveProgress(UnitOfWork& uow) {
    const bool bytes = progress_.bytes_total > 0;
    uow.Imports().SaveProgress(
        run_.id, bytes ? static_cast<std::int64_t>(progress_.bytes_read) : units_,
        bytes ? static_cast<std::int64_t>(progress_.bytes_total) : 0, units_, Counts(),
        settings_.now);
  }

  nlohmann::json Counts() const {
    nlohmann::json out = {{"rows", units_}};
    for (const char* o : {kLineCreated, kLineUpdated, kLineUnchanged, kLineRejected, kLineWarning}) {
      auto it = counts_.find(o);
      out[o] = it == counts_.end() ? 0 : it->second;
    }
    return out;
  }

  void ProcessRow(UnitOfWork& uow, const SpreadsheetRow& row, std::vector<ImportLine>& lines,
                  nlohmann::json& changed) {
    ++units_;
    const auto candidate = intake::ReadRowCandidate(columns_, row.cells, YearOf());
    RowResult result = Screen(row.number, candidate);
    if (result.line.outcome.empty()) {
      uow.Nested([&] {
        result = ApplySpreadsheetRow(uow, settings_, row.number, candidate);
        if (plan_ && !plan_->Agrees(result.line)) result = Drifted(row.number, candidate, result);
        return result.wrote && !run_.dry_run;
      });
    }
    if (run_.dry_run && result.line.outcome == kLineCreated) {
      result.line.person_id.reset();  // the id of an insert that was undone
      for (auto& w : result.warnings) w.person_id.reset();
    }
    if (!run_.dry_run && result.wrote) changed.push_back(*result.line.person_id);
    ++counts_[result.line.outcome];
    counts_[kLineWarning] += static_cast<std::int64_t>(result.warnings.size());
    lines.push_back(std::move(result.line));
    for (auto& w : result.warnings) lines.push_back(std::move(w));
  }

  // Refusals decided without the database: blank rows and the same person twice.
  RowResult Screen(std::int64_t number, const intake::RowCandidate& row) {
    if (row.IsBlank() && !row.HasBlockingProblem()) {
      return RejectedRow(number, row, "spreadsheet.row_empty",
                         "Ligne sans nom, prénom, date de naissance ni identifiant : ligne "
                         "ignorée.");
    }
    if (row.HasBlockingProblem()) return RowResult{};
    const auto keys = intake::IdentityKeys(row);
    for (const auto& key : keys) {
      if (auto it = seen_.find(key); it != seen_.end()) {
        return RejectedRow(number, row, "spreadsheet.duplicate_row",
                           "La même personne figure déjà à la ligne " +
                               std::to_string(it->second) + " du fichier : ligne ignorée.",
                           {{"first_row", it->second}});
      }
    }
    for (const auto& key : keys) seen_.emplace(key, number);
    return RowResult{};
  }

  RowResult Drifted(std::int64_t number, const intake::RowCandidate& row, const RowResult& now) {
    if (now.line.outcome == kLineRejected && plan_->PlannedOutcome(number) == kLineRejected) {
      return now;
    }
    RowResult out = RejectedRow(number, row, "spreadsheet.plan_changed",
                                "La situation a changé depuis la simulation : ligne non "
                                "appliquée.",
                                {{"planned", plan_->PlannedOutcome(number)},
                                 {"now", now.line.outcome}});
    out.line.person_id = now.line.outcome == kLineCreated ? std::nullopt : now.line.person_id;
    return out;
  }

  int YearOf() const {
    return static_cast<int>(std::chrono::year_month_day{DateOf(settings_.now)}.year());
  }

  Result<ImportRecord> Finish(const char* status, const std::optional<std::string>& error) {
    settings_.now = clock_.Now();
    Write(store_, [&](UnitOfWork& uow) {
      uow.Imports().AddLines(run_.id, pending_);
      SaveProgress(uow);
      uow.Imports().Finish(run_.id, status, error, settings_.now);
      RecordAudit(uow, clock_, actor_, "spreadsheet_import.run", "import",
                  std::to_string(run_.id),
                  {{"status", status}, {"dry_run", run_.dry_run}, {"counts", Counts()}});
      return true;
    });
    auto done = Read(store_, [&](UnitOfWork& uow) { return uow.Imports().Find(run_.id); });
    return *done;
  }

  Store& store_;
  const Clock& clock_;
  const IntakeDeps& deps_;
  ImportRecord run_;
  Actor actor_;
  ImportMapping mapping_;
  std::optional<SpreadsheetPlan> plan_;
  std::optional<CommuneIndex> communes_;
  RowSettings settings_;
  int header_row_ = 1;
  std::vector<intake::ColumnBinding> columns_;
  std::vector<SpreadsheetRow> batch_;
  std::vector<ImportLine> pending_;
  std::unordered_map<std::string, std::int64_t> seen_;
  std::map<std::string, std::int64_t> counts_;
  std::int64_t units_ = 0;
  SpreadsheetProgress progress_;
};

}  // namespace

Result<ImportRecord> RunSpreadsheetImport(Store& store, const Clock& clock, const IntakeDeps& deps,
                                          std::int64_t import_id) {
  auto record = Read(store, [&](UnitOfWork& uow) { return uow.Imports().Find(import_id); });
  if (!record || record->kind != kImportKindSpreadsheet) {
    return Fail(Error::NotFound("import.not_found", "Import introuvable."));
  }
  return SpreadsheetRun(store, clock, deps, std::move(*record)).Execute();
}

}  // namespace pacte::app
