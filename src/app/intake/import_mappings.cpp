#include "app/intake/import_mappings.hpp"

#include <map>

#include "app/audit/record_audit.hpp"
#include "app/policies/intake_policy.hpp"
#include "domain/common/text.hpp"
#include "domain/intake/field_suggestion.hpp"
#include "domain/intake/row_candidate.hpp"

namespace pacte::app {
namespace {

Error MappingNotFound() {
  return Error::NotFound("import_mapping.not_found", "Correspondance de colonnes introuvable.");
}

Status AuthorizeRead(const Actor& actor) {
  if (IsAllowed(actor, IntakeAction::kImportSpreadsheet)) return {};
  return Authorize(actor, IntakeAction::kManageMappings);
}

std::size_t CharCount(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

void CheckText(Validation& errors, const char* field, std::string& value, std::size_t max,
               const std::string& label, bool required) {
  value = Trim(value);
  if (required && value.empty()) {
    errors.Add(field, "Indiquez " + label + ".");
  } else if (CharCount(value) > max) {
    errors.Add(field, "Trop long : " + label + " ne doit pas dépasser " + std::to_string(max) +
                          " caractères.");
  }
}

nlohmann::json CheckColumns(const nlohmann::json& columns, Validation& errors) {
  nlohmann::json out = nlohmann::json::object();
  if (!columns.is_object()) {
    errors.Add("columns", "Les colonnes doivent associer chaque en-tête à un champ.");
    return out;
  }
  std::map<std::string, std::string> header_of_field;
  std::vector<std::string> fields;
  for (const auto& [raw_header, value] : columns.items()) {
    const std::string header = Trim(raw_header);
    if (!value.is_string()) {
      errors.Add("columns", "Colonne « " + header + " » : le champ doit être un code.");
      continue;
    }
    const std::string field = value.get<std::string>();
    if (field.empty() || header.empty()) continue;
    if (intake::IntakeFieldLabel(field).empty()) {
      errors.Add("columns", "Colonne « " + header + " » : champ inconnu « " + field + " ».");
      continue;
    }
    if (auto [it, fresh] = header_of_field.emplace(field, header); !fresh) {
      errors.Add("columns", "Le champ « " + std::string(intake::IntakeFieldLabel(field)) +
                                " » est associé à deux colonnes : « " + it->second + " » et « " +
                                header + " ».");
      continue;
    }
    fields.push_back(field);
    out[header] = field;
  }
  if (!intake::IdentifiesPersons(fields)) {
    errors.Add("columns", "Correspondance insuffisante : " + intake::IdentifyingRuleText());
  }
  return out;
}

void CheckOptions(const nlohmann::json& options, Validation& errors) {
  if (!options.is_object()) {
    errors.Add("options", "Les options doivent être un objet.");
    return;
  }
  if (options.contains("sheet") && !options["sheet"].is_string()) {
    errors.Add("options", "La feuille doit être désignée par son nom.");
  }
  if (options.contains("header_row")) {
    const auto& row = options["header_row"];
    if (!row.is_number_integer() || row.get<std::int64_t>() < 1 ||
        row.get<std::int64_t>() > 1000) {
      errors.Add("options", "La ligne des en-têtes doit être un nombre entre 1 et 1000.");
    }
  }
}

}  // namespace

std::vector<std::pair<std::string, std::string>> MappingColumns(const ImportMapping& mapping) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!mapping.columns.is_object()) return out;
  for (const auto& [header, value] : mapping.columns.items()) {
    if (value.is_string()) out.emplace_back(header, value.get<std::string>());
  }
  return out;
}

Result<ImportMapping> ValidateMapping(const ImportMapping& mapping) {
  Validation errors;
  ImportMapping out = mapping;
  CheckText(errors, "name", out.name, kMappingNameMax, "le nom de la correspondance", true);
  CheckText(errors, "source", out.source, kMappingSourceMax, "la source", false);
  out.columns = CheckColumns(mapping.columns, errors);
  if (out.options.is_null()) out.options = nlohmann::json::object();
  CheckOptions(out.options, errors);
  if (!errors.Ok()) return Fail(errors.ToError("import_mapping.invalid"));
  return out;
}

Result<std::vector<StoredImportMapping>> ListMappings(Store& store, const Actor& actor) {
  if (auto ok = AuthorizeRead(actor); !ok) return Fail(ok.error());
  return Read(store, [](UnitOfWork& uow) { return uow.ImportMappings().List(); });
}

Result<StoredImportMapping> GetMapping(Store& store, const Actor& actor, std::int64_t id) {
  if (auto ok = AuthorizeRead(actor); !ok) return Fail(ok.error());
  auto found = Read(store, [&](UnitOfWork& uow) { return uow.ImportMappings().Find(id); });
  if (!found) return Fail(MappingNotFound());
  return *found;
}

Result<StoredImportMapping> GetMappingByName(Store& store, const Actor& actor,
                                             const std::string& name) {
  if (auto ok = AuthorizeRead(actor); !ok) return Fail(ok.error());
  auto found =
      Read(store, [&](UnitOfWork& uow) { return uow.ImportMappings().FindByName(Trim(name)); });
  if (!found) return Fail(MappingNotFound());
  return *found;
}

Result<StoredImportMapping> SaveMapping(Store& store, const Clock& clock, const Actor& actor,
                                        std::optional<std::int64_t> id,
                                        std::int64_t expected_version,
                                        const ImportMapping& mapping) {
  if (auto ok = Authorize(actor, IntakeAction::kManageMappings); !ok) return Fail(ok.error());
  auto valid = ValidateMapping(mapping);
  if (!valid) return Fail(valid.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredImportMapping> {
    const Timestamp now = clock.Now();
    auto& repo = uow.ImportMappings();
    std::int64_t saved_id = 0;
    if (id) {
      if (auto ok = repo.Update(*id, expected_version, *valid, now); !ok) return Fail(ok.error());
      saved_id = *id;
    } else {
      auto created = repo.Insert(*valid, actor.IsSystem() ? std::nullopt
                                                          : std::optional(actor.agent_id),
                                 now);
      if (!created) return Fail(created.error());
      saved_id = *created;
    }
    auto stored = repo.Find(saved_id);
    if (!stored) return Fail(MappingNotFound());
    RecordAudit(uow, clock, actor, id ? "import_mapping.update" : "import_mapping.create",
                "import_mapping", std::to_string(saved_id),
                {{"columns", valid->columns.size()}, {"version", stored->version}});
    return *stored;
  });
}

Status DeleteMapping(Store& store, const Clock& clock, const Actor& actor, std::int64_t id) {
  if (auto ok = Authorize(actor, IntakeAction::kManageMappings); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Status {
    if (!uow.ImportMappings().Find(id)) return Fail(MappingNotFound());
    if (uow.ImportMappings().UsedByAnImport(id)) {
      return Fail(Error::Conflict("import_mapping.in_use",
                                  "Cette correspondance a servi à des imports dont les rapports "
                                  "doivent rester lisibles : elle ne peut pas être supprimée."));
    }
    if (auto ok = uow.ImportMappings().Delete(id); !ok) return ok;
    RecordAudit(uow, clock, actor, "import_mapping.delete", "import_mapping",
                std::to_string(id));
    return {};
  });
}

}  // namespace pacte::app
