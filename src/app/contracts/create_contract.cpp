#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/contracts/contract_support.hpp"
#include "app/contracts/contracts.hpp"
#include "app/parcours/parcours_state.hpp"
#include "app/parcours/person_access.hpp"

namespace pacte::app {
namespace {

using contracts::CheckNoSignedOverlap;

Result<ContractRecord> Validated(const ContractInput& input, const Clock& clock) {
  Validation errors;
  auto record = ValidateContractInput(input, CurrentContractRules(), DateOf(clock.Now()), errors);
  if (!errors.Ok()) return Fail(errors.ToError("contract.invalid"));
  return record;
}

// Inserts the new contract, refreshes the projection and returns it stored.
Result<StoredContract> InsertContract(UnitOfWork& uow, const Clock& clock, const Actor& actor,
                                      const PersonScope& scope, std::int64_t person_id,
                                      const ContractRecord& record,
                                      std::optional<std::int64_t> renews) {
  if (record.status == ContractStatus::kSigne) {
    if (auto ok = CheckNoSignedOverlap(uow, person_id, record.fields, std::nullopt); !ok) {
      return Fail(ok.error());
    }
  }
  NewContract c;
  c.person_id = person_id;
  c.record = record;
  c.structure_id = scope.structure_id;
  c.referent_agent_id = scope.referent_agent_id;
  c.renews_contract_id = renews;
  if (!actor.IsSystem()) c.recorded_by = actor.agent_id;
  auto id = uow.Contracts().Insert(c, clock.Now());
  if (!id) return Fail(id.error());
  RefreshParcoursState(uow, person_id, clock.Now());
  return *uow.Contracts().Find(*id);
}

nlohmann::json CreationDetails(const StoredContract& c) {
  nlohmann::json d{{"person_id", c.person_id},
                   {"type", ContractTypeCode(c.record.fields.type)},
                   {"status", ContractStatusCode(c.record.status)},
                   {"actions", c.record.fields.actions.size()}};
  if (c.renews_contract_id) d["renews_contract_id"] = *c.renews_contract_id;
  return d;
}

// The renewed contract ends (termine) the day before the renewal starts, or on its planned end.
Status EndRenewedContract(UnitOfWork& uow, const Clock& clock, const StoredContract& previous,
                          Date renewal_starts) {
  if (previous.record.status != ContractStatus::kSigne) return {};
  ContractRecord ended = previous.record;
  ended.status = ContractStatus::kTermine;
  ended.closed_on = std::min(previous.record.fields.ends_on, renewal_starts - std::chrono::days{1});
  ended.closure_reason = "Renouvelé";
  return uow.Contracts().Update(previous.id, previous.version, ended, clock.Now());
}

Status CheckRenewable(const StoredContract& previous) {
  if (previous.renewed_by_id) {
    return Fail(Error::Conflict("contract.already_renewed",
                                "Ce contrat a déjà été renouvelé (contrat n° " +
                                    std::to_string(*previous.renewed_by_id) +
                                    ") : un contrat ne se renouvelle qu'une fois."));
  }
  auto s = previous.record.status;
  if (s != ContractStatus::kSigne && s != ContractStatus::kTermine) {
    return Fail(Error::Conflict("contract.not_renewable",
                                "Seul un contrat signé ou terminé peut être renouvelé ; ce "
                                "contrat est « " +
                                    std::string(ContractStatusLabel(s)) + " »."));
  }
  return {};
}

ContractInput RenewalInput(const StoredContract& previous, const ContractChanges& changes) {
  ContractInput in = InputOf(previous.record);
  in.signed_on.clear();
  in.ends_on.clear();
  in.starts_on = FormatIsoDate(previous.record.fields.ends_on + std::chrono::days{1});
  ApplyChanges(changes, in);
  in.status = changes.status.value_or("");
  return in;
}

}  // namespace

const ContractRules& CurrentContractRules() {
  static const ContractRules rules = DefaultContractRules();
  return rules;
}

Result<StoredContract> CreateContract(Store& store, const Clock& clock, const Actor& actor,
                                      std::int64_t person_id, const ContractInput& input) {
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredContract> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kEdit);
    if (!scope) return Fail(scope.error());
    auto record = Validated(input, clock);
    if (!record) return Fail(record.error());
    if (auto ok = contracts::LinkPrescriptions(uow, person_id, *record); !ok) {
      return Fail(ok.error());
    }
    auto created = InsertContract(uow, clock, actor, *scope, person_id, *record, std::nullopt);
    if (!created) return created;
    RecordAudit(uow, clock, actor, "contract.create", "contract", std::to_string(created->id),
                CreationDetails(*created));
    return created;
  });
}

Result<StoredContract> RenewContract(Store& store, const Clock& clock, const Actor& actor,
                                     std::int64_t contract_id, const ContractChanges& changes) {
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredContract> {
    auto previous = contracts::LoadAuthorized(uow, actor, contract_id, PersonAction::kEdit);
    if (!previous) return Fail(previous.error());
    if (auto ok = CheckRenewable(*previous); !ok) return Fail(ok.error());
    Validation errors;
    auto record = ValidateContractInput(RenewalInput(*previous, changes), CurrentContractRules(),
                                        DateOf(clock.Now()), errors);
    if (errors.Ok() && record.fields.starts_on <= previous->record.fields.starts_on) {
      errors.Add("starts_on", "Le renouvellement doit commencer après le début du contrat "
                              "renouvelé (" +
                                  FormatFrenchDate(previous->record.fields.starts_on) + ").");
    }
    if (!errors.Ok()) return Fail(errors.ToError("contract.invalid"));
    if (auto ok = contracts::LinkPrescriptions(uow, previous->person_id, record); !ok) {
      return Fail(ok.error());
    }
    if (auto ended = EndRenewedContract(uow, clock, *previous, record.fields.starts_on); !ended) {
      return Fail(ended.error());
    }
    auto scope = AuthorizePersonAction(uow, actor, previous->person_id, PersonAction::kEdit);
    if (!scope) return Fail(scope.error());
    auto created =
        InsertContract(uow, clock, actor, *scope, previous->person_id, record, previous->id);
    if (!created) return created;
    auto details = CreationDetails(*created);
    details["previous_status"] = ContractStatusCode(previous->record.status);
    RecordAudit(uow, clock, actor, "contract.renew", "contract", std::to_string(created->id),
                details);
    return created;
  });
}

}  // namespace pacte::app
