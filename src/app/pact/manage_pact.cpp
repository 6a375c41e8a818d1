#include "app/pact/manage_pact.hpp"

#include <algorithm>

#include "app/audit/record_audit.hpp"
#include "app/policies/pact_policy.hpp"
#include "domain/common/text.hpp"

namespace pacte::app {
namespace {

Error NotFoundPact() { return Error::NotFound("pact.not_found", "Pacte introuvable."); }
Error NotFoundObjective() {
  return Error::NotFound("pact.objective_not_found", "Objectif introuvable.");
}

// The pilots must be signatories of the pact.
Status CheckPilots(PactRepository& repo, std::int64_t pact_id,
                   const std::vector<std::int64_t>& pilots) {
  Validation v;
  if (pilots.empty()) v.Add("pilots", "Choisissez au moins une institution pilote.");
  const auto signatories = repo.Signatories(pact_id);
  for (auto id : pilots) {
    bool signed_it = std::any_of(signatories.begin(), signatories.end(),
                                 [&](const SignatoryRecord& s) { return s.institution_id == id; });
    if (!signed_it) {
      v.Add("pilots", "Une institution pilote doit être signataire du pacte.");
      break;
    }
  }
  if (!v.Ok()) return Fail(v.ToError("pact.invalid"));
  return {};
}

Result<PactRecord> PactOfObjective(PactRepository& repo, std::int64_t objective_id) {
  auto pact_id = repo.PactOfObjective(objective_id);
  if (!pact_id) return Fail(NotFoundObjective());
  auto pact = repo.FindPact(*pact_id);
  if (!pact) return Fail(NotFoundPact());
  return *pact;
}

std::vector<std::int64_t> Sorted(std::vector<std::int64_t> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

PactFields Trimmed(PactFields f) {
  f.name = Trim(f.name);
  return f;
}

}  // namespace

Result<PactChoices> GetPactChoices(Store& store, const Actor& actor, IndicatorSource* source) {
  if (auto ok = Authorize(actor, PactAction::kManage); !ok) return Fail(ok.error());
  PactChoices out;
  out.institutions = Read(store, [](UnitOfWork& uow) { return uow.Pact().AllInstitutions(); });
  if (source) out.definitions = source->Definitions();
  return out;
}

Result<std::int64_t> CreatePact(Store& store, const Clock& clock, const Actor& actor,
                                const PactFields& fields) {
  if (auto ok = Authorize(actor, PactAction::kManage); !ok) return Fail(ok.error());
  const auto f = Trimmed(fields);
  Validation v;
  ValidatePact(f, v);
  if (!v.Ok()) return Fail(v.ToError("pact.invalid"));
  return Write(store, [&](UnitOfWork& uow) -> Result<std::int64_t> {
    auto id = uow.Pact().InsertPact(f, clock.Now());
    RecordAudit(uow, clock, actor, "pact.create", "pact", std::to_string(id),
                {{"status", PactStatusCode(f.status)}, {"period", f.period.Text()}});
    return id;
  });
}

Status UpdatePact(Store& store, const Clock& clock, const Actor& actor, std::int64_t pact_id,
                  std::int64_t version, const PactFields& fields) {
  if (auto ok = Authorize(actor, PactAction::kManage); !ok) return Fail(ok.error());
  const auto f = Trimmed(fields);
  Validation v;
  ValidatePact(f, v);
  if (!v.Ok()) return Fail(v.ToError("pact.invalid"));
  return Write(store, [&](UnitOfWork& uow) -> Status {
    auto& repo = uow.Pact();
    if (!repo.FindPact(pact_id)) return Fail(NotFoundPact());
    for (const auto& o : repo.Objectives(pact_id)) {
      if (!f.period.Contains(o.period.start) || !f.period.Contains(o.period.end)) {
        return Fail(Error::Invalid("pact.invalid",
                                   "Des objectifs sortiraient de la période : ajustez d'abord "
                                   "leurs années.",
                                   "period_start"));
      }
    }
    if (!repo.UpdatePact(pact_id, version, f, clock.Now())) return Fail(Error::Stale());
    RecordAudit(uow, clock, actor, "pact.update", "pact", std::to_string(pact_id),
                {{"status", PactStatusCode(f.status)}, {"period", f.period.Text()}});
    return {};
  });
}

Status SaveSignatory(Store& store, const Clock& clock, const Actor& actor,
                     const SignatoryRecord& signatory) {
  if (auto ok = Authorize(actor, PactAction::kManage); !ok) return Fail(ok.error());
  SignatoryRecord s = signatory;
  s.representative = Trim(s.representative);
  return Write(store, [&](UnitOfWork& uow) -> Status {
    auto& repo = uow.Pact();
    if (!repo.FindPact(s.pact_id)) return Fail(NotFoundPact());
    if (!repo.InstitutionName(s.institution_id)) {
      return Fail(Error::Invalid("pact.invalid", "Institution inconnue.", "institution_id"));
    }
    if (s.representative.size() > 300) {
      return Fail(Error::Invalid("pact.invalid",
                                 "Le nom du représentant ne peut dépasser 300 caractères.",
                                 "representative"));
    }
    repo.UpsertSignatory(s, clock.Now());
    RecordAudit(uow, clock, actor, "pact.signatory_save", "pact", std::to_string(s.pact_id),
                {{"institution_id", s.institution_id}});
    return {};
  });
}

Result<std::int64_t> AddOrientation(Store& store, const Clock& clock, const Actor& actor,
                                    const PactOrientationRecord& orientation) {
  if (auto ok = Authorize(actor, PactAction::kManage); !ok) return Fail(ok.error());
  PactOrientationRecord o = orientation;
  o.code = Trim(o.code);
  o.label = Trim(o.label);
  Validation v;
  ValidateOrientation(o.code, o.label, v);
  if (!v.Ok()) return Fail(v.ToError("pact.invalid"));
  return Write(store, [&](UnitOfWork& uow) -> Result<std::int64_t> {
    auto& repo = uow.Pact();
    if (!repo.FindPact(o.pact_id)) return Fail(NotFoundPact());
    for (const auto& other : repo.Orientations(o.pact_id)) {
      if (other.code == o.code) {
        return Fail(Error::Conflict("pact.orientation_code_taken",
                                    "Une orientation du pacte porte déjà ce code.", "code"));
      }
    }
    auto id = repo.InsertOrientation(o, clock.Now());
    RecordAudit(uow, clock, actor, "pact.orientation_create", "pact_orientation",
                std::to_string(id), {{"pact_id", o.pact_id}, {"code", o.code}});
    return id;
  });
}

Status UpdateOrientation(Store& store, const Clock& clock, const Actor& actor,
                         const PactOrientationRecord& orientation) {
  if (auto ok = Authorize(actor, PactAction::kManage); !ok) return Fail(ok.error());
  PactOrientationRecord o = orientation;
  o.code = Trim(o.code);
  o.label = Trim(o.label);
  Validation v;
  ValidateOrientation(o.code, o.label, v);
  if (!v.Ok()) return Fail(v.ToError("pact.invalid"));
  return Write(store, [&](UnitOfWork& uow) -> Status {
    auto& repo = uow.Pact();
    auto found = repo.FindOrientation(o.id);
    if (!found) {
      return Fail(Error::NotFound("pact.orientation_not_found", "Orientation introuvable."));
    }
    for (const auto& other : repo.Orientations(found->pact_id)) {
      if (other.code == o.code && other.id != o.id) {
        return Fail(Error::Conflict("pact.orientation_code_taken",
                                    "Une orientation du pacte porte déjà ce code.", "code"));
      }
    }
    o.pact_id = found->pact_id;
    if (!repo.UpdateOrientation(o, clock.Now())) return Fail(Error::Stale());
    RecordAudit(uow, clock, actor, "pact.orientation_update", "pact_orientation",
                std::to_string(o.id), {{"code", o.code}});
    return {};
  });
}

Result<std::int64_t> AddObjective(Store& store, const Clock& clock, const Actor& actor,
                                  const ObjectiveRecord& objective,
                                  const std::vector<std::int64_t>& pilots) {
  if (auto ok = Authorize(actor, PactAction::kManage); !ok) return Fail(ok.error());
  ObjectiveRecord o = objective;
  o.title = Trim(o.title);
  o.description = Trim(o.description);
  const auto ids = Sorted(pilots);
  return Write(store, [&](UnitOfWork& uow) -> Result<std::int64_t> {
    auto& repo = uow.Pact();
    auto orientation = repo.FindOrientation(o.orientation_id);
    if (!orientation) {
      return Fail(Error::Invalid("pact.invalid", "Orientation inconnue.", "orientation_id"));
    }
    auto pact = repo.FindPact(orientation->pact_id);
    if (!pact) return Fail(NotFoundPact());
    Validation v;
    ValidateObjective(o.title, o.period, pact->fields.period, v);
    if (!v.Ok()) return Fail(v.ToError("pact.invalid"));
    if (auto ok = CheckPilots(repo, pact->id, ids); !ok) return Fail(ok.error());
    auto id = repo.InsertObjective(o, clock.Now());
    repo.SetPilots(id, ids);
    RecordAudit(uow, clock, actor, "pact.objective_create", "pact_objective", std::to_string(id),
                {{"orientation_id", o.orientation_id}, {"pilots", ids}});
    return id;
  });
}

Status SetObjectivePilots(Store& store, const Clock& clock, const Actor& actor,
                          std::int64_t objective_id, const std::vector<std::int64_t>& pilots) {
  if (auto ok = Authorize(actor, PactAction::kManage); !ok) return Fail(ok.error());
  const auto ids = Sorted(pilots);
  return Write(store, [&](UnitOfWork& uow) -> Status {
    auto& repo = uow.Pact();
    auto pact = PactOfObjective(repo, objective_id);
    if (!pact) return Fail(pact.error());
    if (auto ok = CheckPilots(repo, pact->id, ids); !ok) return Fail(ok.error());
    repo.SetPilots(objective_id, ids);
    RecordAudit(uow, clock, actor, "pact.objective_pilots", "pact_objective",
                std::to_string(objective_id), {{"pilots", ids}});
    return {};
  });
}

Result<std::int64_t> AddIndicator(Store& store, const Clock& clock, const Actor& actor,
                                  IndicatorSource* source, std::int64_t objective_id,
                                  const IndicatorFields& fields) {
  if (auto ok = Authorize(actor, PactAction::kManage); !ok) return Fail(ok.error());
  IndicatorFields f = fields;
  f.name = Trim(f.name);
  f.unit = Trim(f.unit);
  if (f.computed_by && Trim(*f.computed_by).empty()) f.computed_by.reset();
  return Write(store, [&](UnitOfWork& uow) -> Result<std::int64_t> {
    auto& repo = uow.Pact();
    auto pact = PactOfObjective(repo, objective_id);
    if (!pact) return Fail(pact.error());
    Validation v;
    ValidateIndicator(f, pact->fields.period, v);
    if (f.computed_by && source) {
      const auto& defs = source->Definitions();
      if (std::none_of(defs.begin(), defs.end(), [&](const IndicatorDefinitionInfo& d) {
            return d.code == *f.computed_by;
          })) {
        v.Add("computed_by", "Définition de calcul inconnue : « " + *f.computed_by + " ».");
      }
    }
    if (!v.Ok()) return Fail(v.ToError("pact.invalid"));
    IndicatorRecord record;
    record.objective_id = objective_id;
    record.fields = f;
    auto id = repo.InsertIndicator(record, clock.Now());
    RecordAudit(uow, clock, actor, "pact.indicator_create", "indicator", std::to_string(id),
                {{"objective_id", objective_id},
                 {"computed_by", f.computed_by ? nlohmann::json(*f.computed_by) : nullptr}});
    return id;
  });
}

Status SetIndicatorTarget(Store& store, const Clock& clock, const Actor& actor,
                          std::int64_t indicator_id, int year, double value) {
  if (auto ok = Authorize(actor, PactAction::kManage); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Status {
    auto& repo = uow.Pact();
    auto indicator = repo.FindIndicator(indicator_id);
    if (!indicator) {
      return Fail(Error::NotFound("pact.indicator_not_found", "Indicateur introuvable."));
    }
    auto pact = PactOfObjective(repo, indicator->objective_id);
    if (!pact) return Fail(pact.error());
    Validation v;
    ValidateTarget(year, value, pact->fields.period, v);
    if (!v.Ok()) return Fail(v.ToError("pact.invalid"));
    repo.SetTarget(indicator_id, year, value);
    RecordAudit(uow, clock, actor, "pact.target_set", "indicator", std::to_string(indicator_id),
                {{"year", year}});
    return {};
  });
}

Status SetAgentInstitution(Store& store, const Clock& clock, const Actor& actor,
                           std::int64_t agent_id, std::optional<std::int64_t> institution_id) {
  if (auto ok = Authorize(actor, PactAction::kManage); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Status {
    auto& repo = uow.Pact();
    if (institution_id && !repo.InstitutionName(*institution_id)) {
      return Fail(Error::Invalid("pact.invalid", "Institution inconnue.", "institution_id"));
    }
    if (!repo.SetAgentInstitution(agent_id, institution_id)) {
      return Fail(Error::NotFound("agent.not_found", "Agent introuvable."));
    }
    RecordAudit(uow, clock, actor, "pact.agent_institution", "agent", std::to_string(agent_id),
                {{"institution_id",
                  institution_id ? nlohmann::json(*institution_id) : nlohmann::json()}});
    return {};
  });
}

}  // namespace pacte::app
