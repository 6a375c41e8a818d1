#include "app/intake/caf_import_run.hpp"

#include <algorithm>
#include <charconv>

#include "app/audit/record_audit.hpp"
#include "app/intake/caf_household_apply.hpp"
#include "domain/common/text.hpp"

namespace pacte::app {
namespace {

// Codes of the errors that stop the read on purpose.
constexpr const char* kCancelled = "caf_import.cancelled";

std::string PersonKey(const Person& p) {
  if (p.nir) return "nir:" + p.nir->Value();
  return "id:" + p.caf_number.value_or("") + "|" + FormatIsoDate(p.birth_date) + "|" +
         SearchKey(p.last_name) + "|" + SearchKey(p.first_name);
}

Actor RunActor(const ImportRecord& r) {
  Actor a = Actor::System("caf_import:" + std::to_string(r.id));
  if (r.created_by) {
    a.agent_id = *r.created_by;
    a.roles.clear();
  }
  return a;
}

bool OptionSet(const nlohmann::json& options, const char* name) {
  return options.is_object() && options.contains(name) && options[name].is_boolean() &&
         options[name].get<bool>();
}

std::optional<long> ParseCount(const std::string& text) {
  long n = 0;
  const std::string t = Trim(text);
  auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
  if (t.empty() || ec != std::errc() || ptr != t.data() + t.size()) return std::nullopt;
  return n;
}

}  // namespace

CafImportRun::CafImportRun(Store& store, const Clock& clock, const IntakeDeps& deps,
                           ImportRecord record)
    : store_(store), clock_(clock), deps_(deps), record_(std::move(record)) {
  force_ = OptionSet(record_.options, "force");
  validate_ = OptionSet(record_.options, "validate");
}

Result<ImportRecord> CafImportRun::Execute() {
  if (!force_) {
    auto already = Read(store_, [&](UnitOfWork& uow) {
      return uow.Imports().FindAppliedByHash(kImportKindCaf, record_.file_sha256);
    });
    if (already && *already != record_.id) return AlreadyApplied(*already);
  }
  CafFluxOptions options;
  options.validate_xsd = validate_;
  options.on_header = [this](const CafFluxHeader& h) { return OnHeader(h); };
  auto summary = deps_.caf->Read(record_.file_path, options,
                                 [this](const CafHousehold& h) { return OnHousehold(h); });
  if (!summary) {
    if (summary.error().code == kCancelled) return Finalise(kImportCancelled, std::nullopt, {});
    pending_.clear();  // read but not applied: the report says so through the counters
    return Finalise(kImportFailed, summary.error().message, {});
  }
  if (auto ok = Flush(); !ok) {
    if (ok.error().code == kCancelled) return Finalise(kImportCancelled, std::nullopt, {});
    return Finalise(kImportFailed, ok.error().message, {});
  }
  std::vector<ImportLine> lines;
  const auto declared = ParseCount(summary->declared_households);
  if (declared && *declared != summary->households) {
    lines.push_back({0, "", kLineWarning, std::nullopt, "caf.declared_count",
                     "Le fichier annonce " + std::to_string(*declared) +
                         " foyer(s) (NBTOTDOSRSATRANSM) mais en contient " +
                         std::to_string(summary->households) + ".",
                     {{"declared", *declared}, {"read", summary->households}}});
  }
  return Finalise(kImportDone, std::nullopt, std::move(lines));
}

Status CafImportRun::OnHeader(const CafFluxHeader& header) {
  reference_date_ = ParseIsoDate(Trim(header.reference_date));
  if (reference_date_) return {};
  return Fail(Error{ErrorKind::kMalformed, "caf_import.dtref_invalid",
                    "Date de référence du fichier (DTREF) absente ou illisible : « " +
                        header.reference_date + " ».",
                    {}});
}

Status CafImportRun::OnHousehold(const CafHousehold& h) {
  if (!reference_checked_) {
    if (auto ok = CheckReference(h); !ok) return ok;
  }
  pending_.push_back(h);
  if (static_cast<int>(pending_.size()) >= std::max(1, deps_.batch)) return Flush();
  return {};
}

// The organism is known from the first household; its latest applied DTREF bounds this file's.
Status CafImportRun::CheckReference(const CafHousehold& first) {
  reference_checked_ = true;
  organism_ = Trim(first.fonorg) + " " + Trim(first.numorg);
  auto latest = Read(store_, [&](UnitOfWork& uow) {
    return uow.Imports().LatestCafReference(organism_);
  });
  if (!latest || *latest <= *reference_date_ || force_) return {};
  return Fail(Error::Conflict(
      "caf_import.older_reference",
      "Fichier plus ancien que le dernier appliqué pour l'organisme " + organism_ +
          " : sa date de référence (DTREF) est le " + FormatIsoDate(*reference_date_) +
          ", un fichier du " + FormatIsoDate(*latest) +
          " a déjà été appliqué. Relancez avec l'option « forcer » pour l'appliquer quand même."));
}

Status CafImportRun::Flush() {
  if (pending_.empty()) return {};
  Write(store_, [&](UnitOfWork& uow) {
    if (!reference_saved_) {
      uow.Imports().SetCafReference(record_.id, organism_, *reference_date_, clock_.Now());
      reference_saved_ = true;
    }
    std::vector<ImportLine> lines;
    for (const auto& h : pending_) ApplyOne(uow, h, lines);
    bytes_done_ = pending_.back().bytes_read;
    counts_.warnings += std::count_if(lines.begin(), lines.end(), [](const ImportLine& l) {
      return l.outcome == kLineWarning;
    });
    if (!lines.empty()) uow.Imports().AddLines(record_.id, lines);
    SaveProgress(uow);
    return true;
  });
  pending_.clear();
  const bool cancel = Read(store_, [&](UnitOfWork& uow) {
    return uow.Imports().CancelRequested(record_.id);
  });
  if (!cancel) return {};
  return Fail(Error::Conflict(kCancelled, "Import annulé à la demande."));
}

void CafImportRun::ApplyOne(UnitOfWork& uow, const CafHousehold& h,
                            std::vector<ImportLine>& lines) {
  auto plan = PlanCafHousehold(h, DateOf(clock_.Now()));
  if (!plan) return Reject(h, plan.error(), lines);
  if (auto dup = DuplicateInFile(*plan)) return Reject(h, *dup, lines);
  const CafApplyContext ctx{*reference_date_, clock_.Now(),
                            "caf_import:" + std::to_string(record_.id)};
  Result<CafHouseholdApplied> applied = Fail(Error::Invalid("caf.not_applied", ""));
  uow.Nested([&] {
    applied = ApplyCafHousehold(uow, *plan, ctx);
    return applied.has_value();
  });
  if (!applied) return Reject(h, applied.error(), lines);
  switch (applied->outcome) {
    case CafHouseholdOutcome::kCreated: ++counts_.households_created; break;
    case CafHouseholdOutcome::kUpdated: ++counts_.households_updated; break;
    case CafHouseholdOutcome::kUnchanged: ++counts_.households_unchanged; break;
    case CafHouseholdOutcome::kClosed:
      ++counts_.households_closed;
      lines.push_back({h.line, plan->household.numdemrsa, kLineClosed, std::nullopt,
                       "caf.household_closed",
                       "Droit clos (ETATDOSRSA " + plan->persons[0].rights.etatdosrsa + ").",
                       {{"etatdosrsa", plan->persons[0].rights.etatdosrsa}}});
      break;
  }
  counts_.persons_created += applied->persons_created;
  counts_.persons_updated += applied->persons_updated;
  counts_.persons_unchanged += applied->persons_unchanged;
  for (auto& w : plan->warnings) lines.push_back(std::move(w));
}

// A NUMDEMRSA or a person met earlier in the file: the later household is refused (the file
// contradicts itself; the first occurrence stands).
std::optional<Error> CafImportRun::DuplicateInFile(const CafHouseholdPlan& plan) {
  std::optional<Error> refusal;
  if (!seen_.Insert("numdemrsa:" + plan.household.numdemrsa)) {
    refusal = Error::Conflict("caf.household_twice",
                              "Foyer refusé : le dossier NUMDEMRSA " + plan.household.numdemrsa +
                                  " figure déjà plus haut dans le fichier.");
  }
  for (const auto& p : plan.persons) {
    if (!seen_.Insert(PersonKey(p.person)) && !refusal) {
      refusal = Error::Conflict(
          "caf.person_twice_in_file",
          "Foyer refusé : la personne n°" + std::to_string(p.position) +
              " figure déjà dans un foyer précédent du fichier (personne présente deux fois).");
    }
  }
  return refusal;
}

void CafImportRun::Reject(const CafHousehold& h, const Error& e, std::vector<ImportLine>& lines) {
  ++counts_.households_rejected;
  counts_.persons_rejected += FollowedPersonCount(h);
  nlohmann::json details = nlohmann::json::object();
  if (!e.fields.empty()) details["field"] = e.fields[0].field;
  lines.push_back({h.line, Trim(h.request_number), kLineRejected, std::nullopt, e.code, e.message,
                   std::move(details)});
}

void CafImportRun::SaveProgress(UnitOfWork& uow) {
  uow.Imports().SaveProgress(record_.id, bytes_done_, record_.file_bytes, counts_.Households(),
                             counts_.ToJson(), clock_.Now());
}

Result<ImportRecord> CafImportRun::AlreadyApplied(std::int64_t by) {
  return Finalise(kImportDone, std::nullopt,
                  {{0, "", kLineWarning, std::nullopt, "caf.already_applied",
                    "Ce fichier (même empreinte SHA-256) a déjà été appliqué par l'import n°" +
                        std::to_string(by) +
                        " : rien n'a été modifié. Relancez avec l'option « forcer » pour le "
                        "relire.",
                    {{"import_id", by}}}});
}

Result<ImportRecord> CafImportRun::Finalise(const std::string& status,
                                            const std::optional<std::string>& error,
                                            std::vector<ImportLine> lines) {
  Write(store_, [&](UnitOfWork& uow) {
    if (status == kImportDone) bytes_done_ = record_.file_bytes;
    counts_.warnings += static_cast<std::int64_t>(lines.size());
    if (!lines.empty()) uow.Imports().AddLines(record_.id, lines);
    SaveProgress(uow);
    uow.Imports().Finish(record_.id, status, error, clock_.Now());
    nlohmann::json details = counts_.ToJson();
    details["status"] = status;
    details["force"] = force_;
    details["validate"] = validate_;
    RecordAudit(uow, clock_, RunActor(record_), "caf_import.run", "import",
                std::to_string(record_.id), details);
    return true;
  });
  auto done = Read(store_, [&](UnitOfWork& uow) { return uow.Imports().Find(record_.id); });
  if (!done) return Fail(Error::NotFound("import.not_found", "Import introuvable."));
  return *done;
}

}  // namespace pacte::app
