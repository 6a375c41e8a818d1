#include "app/pact/pilot_updates.hpp"

#include "app/audit/record_audit.hpp"
#include "app/policies/pact_policy.hpp"
#include "domain/common/text.hpp"

namespace pacte::app {
namespace {

std::vector<std::int64_t> PilotIds(const ObjectiveRecord& o) {
  std::vector<std::int64_t> ids;
  for (const auto& p : o.pilots) ids.push_back(p.id);
  return ids;
}

Error ObjectiveNotFound() {
  return Error::NotFound("pact.objective_not_found", "Objectif introuvable.");
}

}  // namespace

Status AuthorizeIndicatorUpdate(Store& store, const Actor& actor, std::int64_t indicator_id) {
  if (auto ok = Authorize(actor, PactAction::kUpdateObjective); !ok) return Fail(ok.error());
  return Read(store, [&](UnitOfWork& uow) -> Status {
    auto& repo = uow.Pact();
    auto indicator = repo.FindIndicator(indicator_id);
    auto objective = indicator ? repo.FindObjective(indicator->objective_id) : std::nullopt;
    if (!objective) {
      return Fail(Error::NotFound("pact.indicator_not_found", "Indicateur introuvable."));
    }
    return AuthorizeObjectiveUpdate(actor, PilotIds(*objective));
  });
}

Result<std::int64_t> RecordMeasurement(Store& store, const Clock& clock, const Actor& actor,
                                       std::int64_t indicator_id, const MeasurementInput& in) {
  if (auto ok = Authorize(actor, PactAction::kUpdateObjective); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<std::int64_t> {
    auto& repo = uow.Pact();
    auto indicator = repo.FindIndicator(indicator_id);
    auto objective = indicator ? repo.FindObjective(indicator->objective_id) : std::nullopt;
    auto pact_id = objective ? repo.PactOfObjective(objective->id) : std::nullopt;
    auto pact = pact_id ? repo.FindPact(*pact_id) : std::nullopt;
    if (!pact) return Fail(Error::NotFound("pact.indicator_not_found", "Indicateur introuvable."));
    if (auto ok = AuthorizeObjectiveUpdate(actor, PilotIds(*objective)); !ok) {
      return Fail(ok.error());
    }
    if (indicator->fields.computed_by) {
      return Fail(Error::Invalid("pact.indicator_computed",
                                 "Cet indicateur est calculé par pacte à partir de ses données : "
                                 "il ne se saisit pas.",
                                 "value"));
    }
    Validation v;
    ValidateMeasurement(in.year, in.value, in.comment, in.source, pact->fields.period,
                        YearOf(clock.Today()), v);
    if (!v.Ok()) return Fail(v.ToError("pact.invalid"));
    MeasurementRecord m;
    m.indicator_id = indicator_id;
    m.year = in.year;
    m.value = in.value;
    m.comment = Trim(in.comment);
    m.source = Trim(in.source);
    if (!actor.IsSystem()) m.entered_by = actor.agent_id;
    auto id = repo.InsertMeasurement(m, clock.Now());
    RecordAudit(uow, clock, actor, "pact.measurement_record", "indicator",
                std::to_string(indicator_id), {{"year", in.year}, {"measurement_id", id}});
    return id;
  });
}

Result<std::int64_t> AddCommitment(Store& store, const Clock& clock, const Actor& actor,
                                   const CommitmentInput& in) {
  if (auto ok = Authorize(actor, PactAction::kUpdateObjective); !ok) return Fail(ok.error());
  const bool manager = IsAllowed(actor, PactAction::kManage);
  return Write(store, [&](UnitOfWork& uow) -> Result<std::int64_t> {
    auto& repo = uow.Pact();
    auto pact = repo.Current();
    if (!pact) return Fail(Error::NotFound("pact.not_found", "Aucun pacte n'est encore enregistré."));
    CommitmentRecord c;
    c.pact_id = pact->id;
    c.objective_id = in.objective_id;
    if (in.objective_id) {
      auto objective = repo.FindObjective(*in.objective_id);
      if (!objective || repo.PactOfObjective(objective->id) != pact->id) {
        return Fail(ObjectiveNotFound());
      }
      if (auto ok = AuthorizeObjectiveUpdate(actor, PilotIds(*objective)); !ok) {
        return Fail(ok.error());
      }
    } else if (!manager) {
      return Fail(Error::Invalid("pact.invalid", "Choisissez l'objectif de l'engagement.",
                                 "objective_id"));
    }
    auto institution = manager ? in.institution_id : actor.institution_id;
    Validation v;
    ValidateCommitmentText(in.text, v);
    if (!institution || !repo.InstitutionName(*institution)) {
      v.Add("institution_id", "Choisissez l'institution qui s'engage.");
    }
    if (!v.Ok()) return Fail(v.ToError("pact.invalid"));
    c.institution_id = *institution;
    c.text = Trim(in.text);
    c.action_id = in.action_id;
    c.programme_id = in.programme_id;
    auto id = repo.InsertCommitment(c, clock.Now());
    RecordAudit(uow, clock, actor, "pact.commitment_create", "pact_commitment",
                std::to_string(id),
                {{"institution_id", c.institution_id},
                 {"objective_id", c.objective_id ? nlohmann::json(*c.objective_id) : nullptr}});
    return id;
  });
}

Status UpdateCommitment(Store& store, const Clock& clock, const Actor& actor,
                        std::int64_t commitment_id, std::int64_t version,
                        const std::string& text) {
  if (auto ok = Authorize(actor, PactAction::kUpdateObjective); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Status {
    auto& repo = uow.Pact();
    auto c = repo.FindCommitment(commitment_id);
    if (!c) return Fail(Error::NotFound("pact.commitment_not_found", "Engagement introuvable."));
    if (!IsAllowed(actor, PactAction::kManage)) {
      auto objective = c->objective_id ? repo.FindObjective(*c->objective_id) : std::nullopt;
      if (!objective || c->institution_id != actor.institution_id) {
        return Fail(Error::Forbidden(
            "Cet engagement n'est pas celui de votre institution : vous ne pouvez pas le "
            "modifier."));
      }
      if (auto ok = AuthorizeObjectiveUpdate(actor, PilotIds(*objective)); !ok) {
        return Fail(ok.error());
      }
    }
    Validation v;
    ValidateCommitmentText(text, v);
    if (!v.Ok()) return Fail(v.ToError("pact.invalid"));
    if (!repo.UpdateCommitmentText(commitment_id, version, Trim(text), clock.Now())) {
      return Fail(Error::Stale());
    }
    RecordAudit(uow, clock, actor, "pact.commitment_update", "pact_commitment",
                std::to_string(commitment_id), {});
    return {};
  });
}

Result<std::int64_t> AddObjectiveComment(Store& store, const Clock& clock, const Actor& actor,
                                         std::int64_t objective_id, const std::string& body) {
  if (auto ok = Authorize(actor, PactAction::kComment); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<std::int64_t> {
    auto& repo = uow.Pact();
    if (!repo.FindObjective(objective_id)) return Fail(ObjectiveNotFound());
    Validation v;
    ValidateComment(body, v);
    if (!v.Ok()) return Fail(v.ToError("pact.invalid"));
    CommentRecord c;
    c.objective_id = objective_id;
    if (!actor.IsSystem()) c.author_id = actor.agent_id;
    c.institution_id = actor.institution_id;
    c.body = Trim(body);
    auto id = repo.InsertComment(c, clock.Now());
    RecordAudit(uow, clock, actor, "pact.comment_create", "pact_objective",
                std::to_string(objective_id), {{"comment_id", id}});
    return id;
  });
}

}  // namespace pacte::app
