#include "app/intake/imports.hpp"

#include <cctype>

#include <spdlog/spdlog.h>

#include "app/audit/record_audit.hpp"
#include "app/policies/intake_policy.hpp"
#include "app/ports/import_mapping_repository.hpp"
#include "app/ports/unit_of_work.hpp"

namespace pacte::app {
namespace {

bool IsDigits(const std::string& s) {
  if (s.empty() || s.size() > 18) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

std::optional<StoredImportMapping> FindMapping(UnitOfWork& uow, const std::string& key) {
  if (IsDigits(key)) {
    if (auto m = uow.ImportMappings().Find(std::stoll(key))) return m;
  }
  return uow.ImportMappings().FindByName(key);
}

Error PlanRefused(std::string message) {
  return Error::Invalid("import.plan_invalid", std::move(message), "plan_of");
}

// The dry run `plan_of` may be applied by `actor` with this file and mapping.
Status CheckPlan(const Actor& actor, const std::optional<ImportRecord>& plan,
                 const IntakeImportRequest& request, std::optional<std::int64_t> mapping_id) {
  if (!plan || !MayFollowImport(actor, plan->created_by)) {
    return Fail(PlanRefused("La simulation à appliquer est introuvable."));
  }
  if (plan->kind != kImportKindSpreadsheet || !plan->dry_run || plan->status != kImportDone) {
    return Fail(PlanRefused("Seule une simulation de tableur terminée peut être appliquée."));
  }
  if (!request.file.path.empty() && request.file.sha256 != plan->file_sha256) {
    return Fail(PlanRefused("Le fichier n'est pas celui de la simulation."));
  }
  if (mapping_id != plan->mapping_id) {
    return Fail(PlanRefused("La correspondance n'est pas celle de la simulation."));
  }
  return {};
}

Status Permit(const Actor& actor, const std::string& kind, Validation& v) {
  if (kind == kImportKindCaf) return Authorize(actor, IntakeAction::kImportCaf);
  if (kind == kImportKindSpreadsheet) return Authorize(actor, IntakeAction::kImportSpreadsheet);
  v.Add("kind", "Type d'import inconnu : caf ou spreadsheet.");
  return {};
}

nlohmann::json OptionsOf(const IntakeImportRequest& r) {
  if (r.kind == kImportKindCaf) return {{"force", r.force}, {"validate", r.validate}};
  nlohmann::json o = nlohmann::json::object();
  if (!r.sheet.empty()) o["sheet"] = r.sheet;
  return o;
}

Result<ImportRecord> Queue(UnitOfWork& uow, const Clock& clock, const Actor& actor,
                           const IntakeDeps& deps, const IntakeImportRequest& request,
                           const ImportFile& file, std::optional<std::int64_t> mapping_id) {
  NewImport n;
  n.kind = request.kind;
  n.dry_run = request.dry_run;
  n.file_name = file.name;
  n.file_path = file.path;
  n.file_sha256 = file.sha256;
  n.file_bytes = file.bytes;
  n.mapping_id = mapping_id;
  n.options = OptionsOf(request);
  n.plan_of = request.plan_of;
  n.runner = deps.runner;
  if (!actor.IsSystem()) n.created_by = actor.agent_id;
  auto id = uow.Imports().Insert(n, clock.Now());
  nlohmann::json details{{"kind", n.kind}, {"dry_run", n.dry_run}};
  if (mapping_id) details["mapping_id"] = *mapping_id;
  if (n.plan_of) details["plan_of"] = *n.plan_of;
  RecordAudit(uow, clock, actor, "import.start", "import", std::to_string(id), details);
  return *uow.Imports().Find(id);
}

}  // namespace

Result<ImportRecord> StartImport(Store& store, const Clock& clock, const Actor& actor,
                                 const IntakeDeps& deps, const IntakeImportRequest& request) {
  Validation v;
  if (auto ok = Permit(actor, request.kind, v); !ok) return Fail(ok.error());
  bool spreadsheet = request.kind == kImportKindSpreadsheet;
  if (request.kind == kImportKindCaf && request.dry_run) {
    v.Add("dry_run", "La simulation n'existe que pour les tableurs.");
  }
  if (request.file.path.empty() && !(spreadsheet && request.plan_of)) {
    v.Add("file", "Choisissez le fichier à importer.");
  } else if (!request.file.path.empty() && request.file.bytes <= 0) {
    v.Add("file", "Le fichier est vide (0 octet).");
  }
  if (spreadsheet && request.mapping.empty()) {
    v.Add("mapping", "Choisissez la correspondance des colonnes de ce fichier.");
  }
  if (!v.Ok()) return Fail(v.ToError("import.invalid"));
  return Write(store, [&](UnitOfWork& uow) -> Result<ImportRecord> {
    std::optional<std::int64_t> mapping_id;
    if (spreadsheet) {
      auto mapping = FindMapping(uow, request.mapping);
      if (!mapping) {
        return Fail(Error::Invalid("import.mapping_unknown",
                                   "Correspondance inconnue : " + request.mapping + ".",
                                   "mapping"));
      }
      mapping_id = mapping->id;
    }
    ImportFile file = request.file;
    if (spreadsheet && request.plan_of) {
      auto plan = uow.Imports().Find(*request.plan_of);
      if (auto ok = CheckPlan(actor, plan, request, mapping_id); !ok) return Fail(ok.error());
      if (file.path.empty()) {
        auto kept = deps.files->Describe(plan->file_path);
        if (!kept || kept->sha256 != plan->file_sha256) {
          return Fail(PlanRefused(
              "Le fichier de la simulation n'est plus disponible : importez-le de nouveau."));
        }
        file = *kept;
        file.name = plan->file_name;
      }
    }
    return Queue(uow, clock, actor, deps, request, file, mapping_id);
  });
}

Result<ImportRecord> RunQueuedImport(Store& store, const Clock& clock, const ImportRunners& runners,
                                     const IntakeDeps& deps, std::int64_t id) {
  auto claimed = Write(store, [&](UnitOfWork& uow) -> Result<ImportRecord> {
    if (!uow.Imports().Claim(id, deps.runner, clock.Now())) {
      return Fail(Error::Conflict("import.not_queued", "Cet import n'est plus en attente."));
    }
    return *uow.Imports().Find(id);
  });
  if (!claimed) return claimed;
  const ImportRunner& runner = claimed->kind == kImportKindCaf ? runners.caf : runners.spreadsheet;
  std::optional<std::string> failure;
  try {
    if (!runner) {
      failure = "Ce type d'import n'est pas disponible sur ce serveur.";
    } else if (auto done = runner(id); !done) {
      failure = done.error().message;
    }
  } catch (const std::exception& e) {
    spdlog::error("import {} : exception {}", id, e.what());
    failure =
        "L'import s'est arrêté sur une erreur interne (enregistrée dans le journal du serveur). "
        "Ce qui a été compté avant l'arrêt est enregistré.";
  }
  auto ended = Write(store, [&](UnitOfWork& uow) -> Result<ImportRecord> {
    auto row = uow.Imports().Find(id);
    if (row && IsImportActive(*row)) {
      uow.Imports().Finish(id, kImportFailed,
                           failure.value_or("L'import s'est arrêté sans donner de résultat."),
                           clock.Now());
      row = uow.Imports().Find(id);
    }
    return *row;
  });
  bool keep_for_apply = ended->kind == kImportKindSpreadsheet && ended->dry_run &&
                        ended->status == kImportDone;
  if (!keep_for_apply && deps.files) deps.files->Discard(ended->file_path);
  return ended;
}

Result<ImportRecord> GetImport(Store& store, const Actor& actor, std::int64_t id) {
  if (auto ok = Authorize(actor, IntakeAction::kFollowImport); !ok) return Fail(ok.error());
  auto row = Read(store, [&](UnitOfWork& uow) { return uow.Imports().Find(id); });
  if (!row || !MayFollowImport(actor, row->created_by)) {
    return Fail(Error::NotFound("import.not_found", "Import introuvable."));
  }
  return *row;
}

Result<PageOf<ImportRecord>> ListImports(Store& store, const Actor& actor,
                                         const std::optional<std::string>& kind,
                                         const PageRequest& page) {
  if (auto ok = Authorize(actor, IntakeAction::kFollowImport); !ok) return Fail(ok.error());
  ImportQuery q;
  q.kind = kind;
  if (!MayFollowImport(actor, std::nullopt)) q.created_by = actor.agent_id;
  return Read(store, [&](UnitOfWork& uow) { return uow.Imports().List(q, page.Clamped()); });
}

Result<ImportRecord> CancelImport(Store& store, const Clock& clock, const Actor& actor,
                                  const IntakeDeps& deps, std::int64_t id) {
  auto row = GetImport(store, actor, id);
  if (!row) return row;
  auto after = Write(store, [&](UnitOfWork& uow) -> Result<ImportRecord> {
    auto current = uow.Imports().Find(id);
    if (!current || !IsImportActive(*current) || !uow.Imports().RequestCancel(id, clock.Now())) {
      return Fail(Error::Conflict("import.finished", "Cet import est déjà terminé."));
    }
    RecordAudit(uow, clock, actor, "import.cancel", "import", std::to_string(id),
                {{"kind", row->kind}});
    return *uow.Imports().Find(id);
  });
  // A queued run is cancelled at once: nobody will read its upload any more.
  if (after && after->status == kImportCancelled && deps.files) {
    deps.files->Discard(after->file_path);
  }
  return after;
}

bool IsImportActive(const ImportRecord& record) {
  return record.status == kImportQueued || record.status == kImportRunning;
}

}  // namespace pacte::app
