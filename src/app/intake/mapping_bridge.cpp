// STAND-IN for package C's mapping use cases and preview: see mapping_bridge.hpp.
#include "app/intake/mapping_bridge.hpp"

#include <set>

#include "app/audit/record_audit.hpp"
#include "app/policies/intake_policy.hpp"
#include "app/ports/import_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/common/text.hpp"
#include "domain/intake/field_suggestion.hpp"

namespace pacte::app::intake_bridge {
namespace {

constexpr std::size_t kPreviewRows = 20;

Status Check(const ImportMapping& m) {
  Validation v;
  auto name = Trim(m.name);
  if (name.empty()) v.Add("name", "Donnez un nom à la correspondance.");
  if (name.size() > 100) v.Add("name", "Le nom ne doit pas dépasser 100 caractères.");
  std::set<std::string> seen;
  if (!m.columns.is_object()) {
    v.Add("columns", "Les colonnes doivent associer un en-tête à un champ.");
    return Fail(v.ToError("import_mapping.invalid"));
  }
  for (const auto& [header, field] : m.columns.items()) {
    if (!field.is_string() || intake::IntakeFieldLabel(field.get<std::string>()).empty()) {
      v.Add("columns", "Champ inconnu pour la colonne « " + header + " ».");
    } else if (!seen.insert(field.get<std::string>()).second) {
      v.Add("columns", "Le champ « " +
                           std::string(intake::IntakeFieldLabel(field.get<std::string>())) +
                           " » est associé à plusieurs colonnes.");
    }
  }
  if (seen.empty()) v.Add("columns", "Associez au moins une colonne à un champ.");
  if (!v.Ok()) return Fail(v.ToError("import_mapping.invalid"));
  return {};
}

// Whether a run of the journal names the mapping (scan: a stand-in, see the header).
bool UsedByAnImport(UnitOfWork& uow, std::int64_t id) {
  for (int page = 1;; ++page) {
    auto runs = uow.Imports().List(ImportQuery{}, PageRequest{page, 200});
    for (const auto& r : runs.items) {
      if (r.mapping_id == id) return true;
    }
    if (runs.items.size() < 200) return false;
  }
}

}  // namespace

Result<std::vector<StoredImportMapping>> ListMappings(Store& store, const Actor& actor) {
  if (auto ok = Authorize(actor, IntakeAction::kManageMappings); !ok) return Fail(ok.error());
  return Read(store, [](UnitOfWork& uow) { return uow.ImportMappings().List(); });
}

Result<StoredImportMapping> GetMapping(Store& store, const Actor& actor, std::int64_t id) {
  if (auto ok = Authorize(actor, IntakeAction::kManageMappings); !ok) return Fail(ok.error());
  auto m = Read(store, [&](UnitOfWork& uow) { return uow.ImportMappings().Find(id); });
  if (!m) return Fail(Error::NotFound("import_mapping.not_found", "Correspondance introuvable."));
  return *m;
}

Result<StoredImportMapping> SaveMapping(Store& store, const Clock& clock, const Actor& actor,
                                        std::optional<std::int64_t> id,
                                        std::int64_t expected_version, const ImportMapping& m) {
  if (auto ok = Authorize(actor, IntakeAction::kManageMappings); !ok) return Fail(ok.error());
  if (auto ok = Check(m); !ok) return Fail(ok.error());
  ImportMapping clean = m;
  clean.name = Trim(m.name);
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredImportMapping> {
    auto& repo = uow.ImportMappings();
    std::int64_t saved = 0;
    if (id) {
      if (auto ok = repo.Update(*id, expected_version, clean, clock.Now()); !ok) {
        return Fail(ok.error());
      }
      saved = *id;
    } else {
      auto inserted = repo.Insert(clean, actor.IsSystem() ? std::nullopt
                                                          : std::optional(actor.agent_id),
                                  clock.Now());
      if (!inserted) return Fail(inserted.error());
      saved = *inserted;
    }
    RecordAudit(uow, clock, actor, id ? "import_mapping.update" : "import_mapping.create",
                "import_mapping", std::to_string(saved));
    return *repo.Find(saved);
  });
}

Status DeleteMapping(Store& store, const Clock& clock, const Actor& actor, std::int64_t id) {
  if (auto ok = Authorize(actor, IntakeAction::kManageMappings); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Status {
    if (!uow.ImportMappings().Find(id)) {
      return Fail(Error::NotFound("import_mapping.not_found", "Correspondance introuvable."));
    }
    if (UsedByAnImport(uow, id)) {
      return Fail(Error::Conflict("import_mapping.in_use",
                                  "Cette correspondance a servi à des imports : elle est gardée "
                                  "pour que leurs rapports restent lisibles."));
    }
    if (auto ok = uow.ImportMappings().Delete(id); !ok) return ok;
    RecordAudit(uow, clock, actor, "import_mapping.delete", "import_mapping", std::to_string(id));
    return {};
  });
}

Result<SheetPreview> PreviewSpreadsheet(const IntakeDeps& deps, const Actor& actor,
                                        const std::string& path, const std::string& sheet) {
  if (auto ok = Authorize(actor, IntakeAction::kManageMappings); !ok) return Fail(ok.error());
  SheetPreview out;
  SpreadsheetOptions options;
  options.sheet = sheet;
  options.max_uncompressed_bytes = deps.max_xlsx_uncompressed_bytes;
  const Error enough{ErrorKind::kInvalid, "preview.enough", "", {}};
  auto info = deps.spreadsheets->Read(
      path, options,
      [&](const SpreadsheetInfo& i) -> Status {
        out.info = i;
        return {};
      },
      [&](const SpreadsheetRow& row) -> Status {
        out.rows.push_back(row.cells);
        if (out.rows.size() >= kPreviewRows) return Fail(enough);
        return {};
      });
  if (!info && info.error().code != enough.code) return Fail(info.error());
  if (info) out.info = *info;
  for (const auto& s : intake::SuggestFields(out.info.headers)) {
    out.suggestions.push_back(s ? std::string(*s) : std::string());
  }
  return out;
}

}  // namespace pacte::app::intake_bridge
