#include "app/territory/import_territory.hpp"

#include <cmath>
#include <map>
#include <set>

#include "app/audit/record_audit.hpp"
#include "app/policies/organisation_policy.hpp"
#include "domain/common/text.hpp"
#include "domain/territory/insee_code.hpp"

namespace pacte::app {
namespace {

Error Invalid(const std::string& message) {
  return Error::Invalid("territory.import_invalid", message);
}

Status CheckTerritories(const TerritoryImport& import) {
  std::set<std::string> codes;
  for (const auto& t : import.territories) {
    if (Trim(t.code).empty() || Trim(t.name).empty()) {
      return Fail(Invalid("Un territoire n'a pas de code ou pas de nom."));
    }
    if (!codes.insert(t.code).second) {
      return Fail(Invalid("Le territoire « " + t.code + " » apparaît deux fois."));
    }
  }
  return {};
}

Status CheckCommune(const TerritoryImport& import, const CommuneInput& c,
                    const std::set<std::string>& territory_codes) {
  const std::string where = "commune « " + c.insee_code + " » : ";
  if (!IsValidInseeCode(c.insee_code)) {
    return Fail(Invalid("Code INSEE invalide « " + c.insee_code +
                        " » : 5 caractères attendus (exemple : 92050)."));
  }
  if (DepartementCodeOf(c.insee_code) != import.departement_code) {
    return Fail(
        Invalid(where + "elle n'appartient pas au département " + import.departement_code + "."));
  }
  if (Trim(c.name).empty() || !IsValidUtf8(c.name)) {
    return Fail(Invalid(where + "nom absent ou illisible."));
  }
  if (c.territory_code && !territory_codes.count(*c.territory_code)) {
    return Fail(Invalid(where + "territoire inconnu « " + *c.territory_code + " »."));
  }
  if (c.postal_codes) {
    for (const auto& pc : *c.postal_codes) {
      if (!IsValidPostalCode(pc)) {
        return Fail(Invalid(where + "code postal invalide « " + pc + " »."));
      }
    }
  }
  if ((c.lat && std::abs(*c.lat) > 90.0) || (c.lon && std::abs(*c.lon) > 180.0)) {
    return Fail(Invalid(where + "coordonnées hors limites."));
  }
  return {};
}

Status CheckImport(const TerritoryImport& import) {
  if (!IsValidDepartementCode(import.departement_code)) {
    return Fail(Invalid("Code de département invalide « " + import.departement_code + " »."));
  }
  if (import.departement_name && Trim(*import.departement_name).empty()) {
    return Fail(Invalid("Le nom du département ne peut pas être vide."));
  }
  if (import.communes.empty()) return Fail(Invalid("Aucune commune à importer."));
  if (auto ok = CheckTerritories(import); !ok) return ok;
  std::set<std::string> territory_codes;
  for (const auto& t : import.territories) territory_codes.insert(t.code);
  std::set<std::string> seen;
  for (const auto& c : import.communes) {
    if (auto ok = CheckCommune(import, c, territory_codes); !ok) return ok;
    if (!seen.insert(c.insee_code).second) {
      return Fail(Invalid("La commune « " + c.insee_code + " » apparaît deux fois."));
    }
  }
  return {};
}

std::string SaveDepartement(TerritoryRepository& repo, const TerritoryImport& import) {
  auto existing = repo.FindDepartement(import.departement_code);
  std::string name = import.departement_name ? Trim(*import.departement_name)
                     : existing              ? existing->name
                                             : "Département " + import.departement_code;
  if (!existing || existing->name != name) repo.SaveDepartement({import.departement_code, name});
  return name;
}

// Upserts the territories; returns code → id.
std::map<std::string, std::int64_t> SaveTerritories(TerritoryRepository& repo,
                                                    const TerritoryImport& import, Timestamp now,
                                                    TerritoryImportReport& report) {
  std::map<std::string, std::int64_t> ids;
  for (const auto& in : import.territories) {
    Territory t{0, import.departement_code, in.code, Trim(in.name), in.kind, 1};
    auto existing = repo.FindTerritoryByCode(import.departement_code, in.code);
    if (!existing) {
      ids[in.code] = repo.InsertTerritory(t, now);
      ++report.territories_created;
      continue;
    }
    ids[in.code] = existing->id;
    if (existing->name == t.name && existing->kind == t.kind) {
      ++report.territories_unchanged;
      continue;
    }
    t.id = existing->id;
    repo.UpdateTerritory(t, now);
    ++report.territories_updated;
  }
  return ids;
}

bool SameCoordinate(const std::optional<double>& a, const std::optional<double>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || std::abs(*a - *b) < 1e-9;
}

bool SameCommune(const Commune& a, const Commune& b) {
  return a.name == b.name && a.postal_codes == b.postal_codes && a.territory_id == b.territory_id &&
         a.population == b.population && SameCoordinate(a.lat, b.lat) &&
         SameCoordinate(a.lon, b.lon) && a.geometry == b.geometry &&
         a.departement_code == b.departement_code;
}

Commune Merge(const std::optional<Commune>& stored, const CommuneInput& in,
              const std::string& departement_code, std::optional<std::int64_t> territory_id) {
  Commune c = stored.value_or(Commune{});
  c.insee_code = in.insee_code;
  c.departement_code = departement_code;
  c.name = Trim(in.name);
  c.territory_id = territory_id;
  if (in.lat && in.lon) {
    c.lat = in.lat;
    c.lon = in.lon;
  }
  if (!in.geometry.empty()) c.geometry = in.geometry;
  if (in.population) c.population = in.population;
  if (in.postal_codes) c.postal_codes = *in.postal_codes;
  return c;
}

void SaveCommunes(TerritoryRepository& repo, const TerritoryImport& import,
                  const std::map<std::string, std::int64_t>& territory_ids, Timestamp now,
                  TerritoryImportReport& report) {
  for (const auto& in : import.communes) {
    std::optional<std::int64_t> territory_id;
    if (in.territory_code) territory_id = territory_ids.at(*in.territory_code);
    auto stored = repo.FindCommune(in.insee_code);
    Commune merged = Merge(stored, in, import.departement_code, territory_id);
    if (!stored) {
      repo.InsertCommune(merged, now);
      ++report.communes_created;
    } else if (SameCommune(*stored, merged)) {
      ++report.communes_unchanged;
    } else {
      repo.UpdateCommune(merged, now);
      ++report.communes_updated;
    }
  }
}

}  // namespace

Result<TerritoryImportReport> ImportTerritory(Store& store, const Clock& clock, const Actor& actor,
                                              const TerritoryImport& import) {
  if (auto allowed = Authorize(actor, OrganisationAction::kImportTerritory); !allowed) {
    return Fail(allowed.error());
  }
  if (auto ok = CheckImport(import); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<TerritoryImportReport> {
    auto& repo = uow.Territory();
    Timestamp now = clock.Now();
    TerritoryImportReport report;
    report.departement_code = import.departement_code;
    report.departement_name = SaveDepartement(repo, import);
    auto ids = SaveTerritories(repo, import, now, report);
    SaveCommunes(repo, import, ids, now, report);
    repo.RecordImport({0, import.departement_code, import.source_name, report.territories_created,
                       report.territories_updated, report.communes_created, report.communes_updated,
                       report.communes_unchanged, now});
    RecordAudit(uow, clock, actor, "territory.import", "departement", import.departement_code,
                {{"territories_created", report.territories_created},
                 {"territories_updated", report.territories_updated},
                 {"communes_created", report.communes_created},
                 {"communes_updated", report.communes_updated},
                 {"communes_unchanged", report.communes_unchanged}});
    return report;
  });
}

Result<Departement> RenameDepartement(Store& store, const Clock& clock, const Actor& actor,
                                      const std::string& code, const std::string& name) {
  if (auto allowed = Authorize(actor, OrganisationAction::kImportTerritory); !allowed) {
    return Fail(allowed.error());
  }
  std::string trimmed = Trim(name);
  if (trimmed.empty() || !IsValidUtf8(trimmed)) {
    return Fail(Error::Invalid("departement.name_required",
                               "Le nom du département ne peut pas être vide.", "name"));
  }
  return Write(store, [&](UnitOfWork& uow) -> Result<Departement> {
    if (!uow.Territory().FindDepartement(code)) {
      return Fail(
          Error::NotFound("departement.not_found", "Le département « " + code + " » est inconnu."));
    }
    Departement d{code, trimmed};
    uow.Territory().SaveDepartement(d);
    RecordAudit(uow, clock, actor, "territory.rename_departement", "departement", code);
    return d;
  });
}

std::optional<TerritoryImportRecord> LastTerritoryImport(Store& store) {
  return Read(store, [](UnitOfWork& uow) { return uow.Territory().LastImport(); });
}

}  // namespace pacte::app
