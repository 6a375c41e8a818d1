#include "app/referents/caseloads.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/parcours/parcours_state.hpp"
#include "app/policies/person_policy.hpp"
#include "app/ports/agent_repository.hpp"
#include "app/ports/structure_repository.hpp"
#include "app/referents/referent_checks.hpp"

namespace pacte::app {
namespace {

Error ReferentNotFound() {
  return Error::NotFound("referent.not_found", "Référent introuvable.");
}

Result<Agent> CheckTarget(UnitOfWork& uow, std::int64_t from_agent_id, const TransferInput& input,
                          Date today) {
  Validation errors;
  auto to = CheckReferentAgent(uow, input.to_agent_id, "to_agent_id", errors);
  if (to && to->id == from_agent_id) {
    errors.Add("to_agent_id", "Choisissez un autre référent que celui qui part.");
  }
  CheckSinceDate(input.since, today, "since", errors);
  if (!errors.Ok()) return Fail(errors.ToError("referent.invalid"));
  return *to;
}

// Moves one assignment; the date check is per assignment, so a late failure rolls back the
// assignments already moved.
Status MoveOne(UnitOfWork& uow, const ReferentAssignment& a, const Agent& to, Date since,
               const Actor& actor, Timestamp now) {
  if (since < a.valid_from) {
    return Fail(Error::Invalid("referent.invalid",
                               "La date du transfert ne peut pas précéder la désignation d'une "
                               "des personnes suivies (du " +
                                   FormatFrenchDate(a.valid_from) + ").",
                               "since"));
  }
  if (auto ok = uow.Referents().Close(a.id, a.version, since, kEndReasonTransfer, now); !ok) {
    return ok;
  }
  NewAssignment row{a.person_id, to.id, to.structure_id, since, std::nullopt};
  if (!actor.IsSystem()) row.recorded_by = actor.agent_id;
  if (auto id = uow.Referents().Open(row, now); !id) return Fail(id.error());
  RefreshParcoursState(uow, a.person_id, now);
  return {};
}

}  // namespace

bool MayListCaseloads(const Actor& actor) {
  return AuthorizePersons(actor, PersonAction::kTransferCaseload).has_value() ||
         actor.Has(Role::kReferent);
}

Result<PageOf<Caseload>> ListCaseloads(Store& store, const Actor& actor, CaseloadFilter filter,
                                       const PageRequest& page) {
  if (!MayListCaseloads(actor)) return Fail(Error::Forbidden());
  if (!AuthorizePersons(actor, PersonAction::kTransferCaseload)) {
    if (!actor.structure_id) return PageOf<Caseload>{{}, 0, page.number, page.size};
    filter.structure_id = actor.structure_id;
  }
  return Read(store, [&](UnitOfWork& uow) -> Result<PageOf<Caseload>> {
    return uow.Referents().Caseloads(filter, page.Clamped());
  });
}

Result<Caseload> GetCaseload(Store& store, const Actor& actor, std::int64_t agent_id) {
  if (auto ok = AuthorizePersons(actor, PersonAction::kTransferCaseload); !ok) {
    return Fail(ok.error());
  }
  return Read(store, [&](UnitOfWork& uow) -> Result<Caseload> {
    auto agent = uow.Agents().Find(agent_id);
    if (!agent || !agent->Has(Role::kReferent)) return Fail(ReferentNotFound());
    Caseload c;
    c.agent_id = agent->id;
    c.first_name = agent->first_name;
    c.last_name = agent->last_name;
    c.structure_id = agent->structure_id;
    if (agent->structure_id) {
      if (auto s = uow.Structures().Find(*agent->structure_id)) c.structure_name = s->fields.name;
    }
    c.active_assignments =
        static_cast<std::int64_t>(uow.Referents().ActiveOfAgent(agent_id).size());
    return c;
  });
}

Result<TransferResult> TransferCaseload(Store& store, const Clock& clock, const Actor& actor,
                                        std::int64_t from_agent_id, const TransferInput& input) {
  if (auto ok = AuthorizePersons(actor, PersonAction::kTransferCaseload); !ok) {
    return Fail(ok.error());
  }
  return Write(store, [&](UnitOfWork& uow) -> Result<TransferResult> {
    if (!uow.Agents().Find(from_agent_id)) return Fail(ReferentNotFound());
    const Timestamp now = clock.Now();
    auto to = CheckTarget(uow, from_agent_id, input, DateOf(now));
    if (!to) return Fail(to.error());
    const Date since = *ParseIsoDate(input.since);
    TransferResult out{from_agent_id, to->id, {}};
    for (const auto& a : uow.Referents().ActiveOfAgent(from_agent_id)) {
      if (auto ok = MoveOne(uow, a, *to, since, actor, now); !ok) return Fail(ok.error());
      out.person_ids.push_back(a.person_id);
    }
    RecordAudit(uow, clock, actor, "referent.transfer", "agent", std::to_string(from_agent_id),
                {{"to_agent_id", to->id}, {"since", input.since}, {"person_ids", out.person_ids}});
    return out;
  });
}

}  // namespace pacte::app
