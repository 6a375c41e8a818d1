#include <map>
#include <set>

#include "app/audit/record_audit.hpp"
#include "app/data_inclusion/exchange.hpp"
#include "app/data_inclusion/record_check.hpp"
#include "app/data_inclusion/record_splitter.hpp"
#include "app/policies/offer_policy.hpp"
#include "domain/audit/audit_hash.hpp"

namespace pacte::app {
namespace {

std::string BaseName(const std::string& name) {
  auto slash = name.find_last_of("/\\");
  std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
  return base.empty() ? "fichier" : base.substr(0, 200);
}

std::string Quoted(const std::string& s) { return "« " + s + " »"; }

void Reject(CheckedRecord& r, std::string field, std::string message) {
  r.report.errors.push_back({std::move(field), std::move(message)});
  r.structure.reset();
  r.service.reset();
}

// Every occurrence of an id present more than once (per kind) is rejected: which one the
// producer meant cannot be told.
void RejectDuplicates(std::vector<CheckedRecord>& records) {
  std::map<std::pair<RecordKind, std::string>, std::vector<std::size_t>> seen;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto& rep = records[i].report;
    if (!rep.id.empty()) seen[{rep.kind, rep.id}].push_back(i);
  }
  for (const auto& [key, positions] : seen) {
    if (positions.size() < 2) continue;
    for (auto i : positions) {
      std::string others;
      for (auto j : positions) {
        if (j == i) continue;
        others += (others.empty() ? "" : ", ") + std::to_string(records[j].report.index);
      }
      Reject(records[i], "id", "identifiant en double dans le fichier (aussi enregistrement n° " +
                                   others + ") : aucun des deux n'est importé");
    }
  }
}

// Applies (or, for a dry run, only classifies) the valid records inside one transaction.
class Applier {
 public:
  Applier(UnitOfWork& uow, const Settings& settings, Timestamp now, bool dry_run,
          CatalogueImport& journal)
      : repo_(uow.DataInclusion()), settings_(settings), now_(now), dry_run_(dry_run),
        journal_(journal) {}

  void Structures(std::vector<CheckedRecord>& records) {
    for (auto& r : records) {
      if (r.report.kind != RecordKind::kStructure) continue;
      if (!r.structure) {
        if (!r.report.id.empty()) rejected_structures_.insert(r.report.id);
        continue;
      }
      const auto& s = *r.structure;
      if (auto stored = repo_.FindStructure(s.di_id, settings_.di_source)) {
        file_structures_[s.di_id] = stored->structure_id;
        if (SameStructure(stored->fields, s)) {
          Count(r, RecordOutcome::kUnchanged);
          continue;
        }
        if (!dry_run_) repo_.UpdateStructure(stored->structure_id, s, now_);
        Count(r, RecordOutcome::kUpdated);
      } else {
        file_structures_[s.di_id] =
            dry_run_ ? 0 : repo_.InsertStructure(s, NewStructureCodesOf(s), now_);
        Count(r, RecordOutcome::kCreated);
      }
    }
  }

  void Services(std::vector<CheckedRecord>& records) {
    for (auto& r : records) {
      if (r.report.kind != RecordKind::kService || !r.service) continue;
      auto structure_id = StructureOf(r);
      if (!structure_id) continue;
      const auto& s = *r.service;
      auto extras = ExtrasOf(s);
      if (auto stored = repo_.FindService(s.di_id)) {
        stored->fields.structure_di_id = s.structure_di_id;  // compared through the ids
        if (stored->structure_id == *structure_id && SameService(stored->fields, s)) {
          Count(r, RecordOutcome::kUnchanged);
          continue;
        }
        if (!dry_run_) repo_.UpdateService(stored->action_id, *structure_id, s, extras, now_);
        Count(r, RecordOutcome::kUpdated);
      } else {
        if (!dry_run_) repo_.InsertService(*structure_id, s, extras, now_);
        Count(r, RecordOutcome::kCreated);
      }
    }
  }

 private:
  // The structure of a service: valid in the file, or already in pacte; rejects it otherwise.
  std::optional<std::int64_t> StructureOf(CheckedRecord& r) {
    const auto& id = r.service->structure_di_id;
    if (auto it = file_structures_.find(id); it != file_structures_.end()) return it->second;
    if (rejected_structures_.contains(id)) {
      Reject(r, "structure_id", "structure " + Quoted(id) + " rejetée dans ce fichier");
      return std::nullopt;
    }
    if (auto found = repo_.FindStructure(id, settings_.di_source)) return found->structure_id;
    Reject(r, "structure_id", "structure " + Quoted(id) +
                                  " inconnue : ni dans pacte ni dans ce fichier");
    return std::nullopt;
  }

  void Count(CheckedRecord& r, RecordOutcome o) {
    r.report.outcome = o;
    bool structure = r.report.kind == RecordKind::kStructure;
    if (o == RecordOutcome::kUnchanged) ++journal_.unchanged;
    if (o == RecordOutcome::kCreated) ++(structure ? journal_.structures_created : journal_.services_created);
    if (o == RecordOutcome::kUpdated) ++(structure ? journal_.structures_updated : journal_.services_updated);
  }

  DataInclusionRepository& repo_;
  const Settings& settings_;
  Timestamp now_;
  bool dry_run_;
  CatalogueImport& journal_;
  std::map<std::string, std::int64_t> file_structures_;
  std::set<std::string> rejected_structures_;
};

std::vector<CheckedRecord> CheckAll(const SplitFile& split, const Geography& geo, Date today) {
  std::vector<CheckedRecord> out;
  out.reserve(split.records.size());
  for (const auto& raw : split.records) out.push_back(CheckRecord(raw, geo, today));
  RejectDuplicates(out);
  return out;
}

void Finish(ImportResult& result, std::vector<CheckedRecord>& checked) {
  auto& j = result.journal;
  for (auto& c : checked) {
    if (!c.report.errors.empty()) c.report.outcome = RecordOutcome::kRejected;
    if (c.report.outcome == RecordOutcome::kRejected) ++j.rejected;
    if (!c.report.warnings.empty()) ++j.warnings;
    result.records.push_back(std::move(c.report));
  }
  j.report = ImportReportJson(result).dump();
}

// The journal's counts and hash; not the file name (free text chosen by the user).
nlohmann::json AuditDetails(const CatalogueImport& j) {
  auto details = CatalogueImportJson(j);
  for (const char* key : {"id", "file_name", "imported_at", "summary"}) details.erase(key);
  return details;
}

}  // namespace

Result<ImportResult> ImportCatalogue(Store& store, const Clock& clock, const Settings& settings,
                                     const Actor& actor, const ImportRequest& request) {
  if (auto allowed = Authorize(actor, OfferAction::kImportCatalogue); !allowed) {
    return Fail(allowed.error());
  }
  ImportResult result;
  result.dry_run = request.dry_run;
  auto& j = result.journal;
  j.file_name = BaseName(request.file_name);
  j.file_sha256 = audit::Sha256Hex(request.content);
  j.dry_run = request.dry_run;
  if (!actor.IsSystem()) j.imported_by = actor.agent_id;
  auto split = SplitRecords(request.content);
  j.records = static_cast<std::int64_t>(split.records.size());
  std::vector<CheckedRecord> checked;
  if (split.broken) {
    result.broken = split.broken;
    j.broken = split.broken;
  } else {
    auto geo = Read(store, [](UnitOfWork& uow) { return uow.DataInclusion().LoadGeography(); });
    checked = CheckAll(split, geo, DateOf(clock.Now()));
  }
  return Write(store, [&](UnitOfWork& uow) -> Result<ImportResult> {
    j.imported_at = clock.Now();
    if (!result.broken) {
      Applier applier(uow, settings, clock.Now(), request.dry_run, j);
      applier.Structures(checked);
      applier.Services(checked);
      j.applied = !request.dry_run;
    } else {
      j.rejected = j.records;
    }
    Finish(result, checked);
    j.id = uow.DataInclusion().InsertImport(j);
    RecordAudit(uow, clock, actor, "data_inclusion.import", "catalogue_import",
                std::to_string(j.id), AuditDetails(j));
    return std::move(result);
  });
}

Result<CatalogueImport> GetCatalogueImport(Store& store, const Actor& actor, std::int64_t id) {
  if (auto allowed = Authorize(actor, OfferAction::kImportCatalogue); !allowed) {
    return Fail(allowed.error());
  }
  return Read(store, [&](UnitOfWork& uow) -> Result<CatalogueImport> {
    auto found = uow.DataInclusion().FindImport(id);
    if (!found) {
      return Fail(Error::NotFound("catalogue_import.not_found", "Cet import n'existe pas."));
    }
    return *found;
  });
}

Result<PageOf<CatalogueImport>> ListCatalogueImports(Store& store, const Actor& actor,
                                                     const PageRequest& page) {
  if (auto allowed = Authorize(actor, OfferAction::kImportCatalogue); !allowed) {
    return Fail(allowed.error());
  }
  return Read(store, [&](UnitOfWork& uow) -> Result<PageOf<CatalogueImport>> {
    return uow.DataInclusion().ListImports(page.Clamped());
  });
}

}  // namespace pacte::app
