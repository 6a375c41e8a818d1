#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/contracts/contract_support.hpp"
#include "app/contracts/contracts.hpp"
#include "app/parcours/parcours_state.hpp"
#include "domain/common/text.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte::app {
namespace {

Error NotDraft(ContractStatus status) {
  return Error::Conflict("contract.not_draft",
                         "Seul un contrat en brouillon se modifie ; ce contrat est « " +
                             std::string(ContractStatusLabel(status)) +
                             " » : renouvelez-le ou résiliez-le.");
}

// The requested target status, when one is asked; an error for an unknown code.
Result<std::optional<ContractStatus>> TargetOf(const ContractChanges& c) {
  if (!c.status) return std::optional<ContractStatus>();
  std::string code = Trim(*c.status);
  if (code.empty()) {
    return Fail(Error::Invalid("contract.invalid", "Choisissez le nouveau statut.", "status"));
  }
  auto s = ParseContractStatus(code);
  if (!s) {
    return Fail(Error::Invalid("contract.invalid",
                               "Statut inconnu : brouillon, signe, termine ou resilie.", "status"));
  }
  return std::optional<ContractStatus>(*s);
}

// The record with the field edits applied (and, when signing, the signature), validated.
Result<ContractRecord> Edited(const StoredContract& current, const ContractChanges& changes,
                              ContractStatus status, Date today) {
  ContractInput in = InputOf(current.record);
  ApplyChanges(changes, in);
  in.status = std::string(ContractStatusCode(status));
  Validation errors;
  auto record = ValidateContractInput(in, CurrentContractRules(), today, errors);
  if (!errors.Ok()) return Fail(errors.ToError("contract.invalid"));
  return record;
}

// closed_on and closure_reason of a termine / resilie transition.
Status ApplyClosure(const ContractChanges& c, ContractStatus to, Date today,
                    ContractRecord& record) {
  Validation errors;
  auto closed = RequiredDate(c.closed_on.value_or(""), "closed_on", errors);
  const auto& f = record.fields;
  if (closed && *closed < f.starts_on) {
    errors.Add("closed_on", "La date de clôture ne peut pas précéder le début du contrat (" +
                                FormatFrenchDate(f.starts_on) + ").");
  } else if (closed && *closed > f.ends_on) {
    errors.Add("closed_on", "La date de clôture ne peut pas dépasser la fin prévue du contrat (" +
                                FormatFrenchDate(f.ends_on) + ").");
  } else if (closed && *closed > today) {
    errors.Add("closed_on", "La date de clôture ne peut pas être dans le futur.");
  }
  auto reason =
      to == ContractStatus::kResilie
          ? RequiredText(c.closure_reason.value_or(""), kContractClosureReasonMax,
                         "closure_reason", "Indiquez le motif de la résiliation.", errors)
          : OptionalText(c.closure_reason.value_or(""), kContractClosureReasonMax,
                         "closure_reason", errors);
  if (!errors.Ok()) return Fail(errors.ToError("contract.invalid"));
  record.closed_on = closed;
  record.closure_reason = reason;
  return {};
}

// The record after the requested changes, or the reason they are refused.
Result<ContractRecord> Changed(UnitOfWork& uow, const StoredContract& current,
                               const ContractChanges& changes, Date today) {
  auto target = TargetOf(changes);
  if (!target) return Fail(target.error());
  const ContractStatus from = current.record.status;
  const bool edits = ChangesFields(changes);
  if (!edits && !*target) {
    return Fail(Error::Invalid("contract.no_change", "Aucune modification demandée."));
  }
  if (edits && from != ContractStatus::kBrouillon) return Fail(NotDraft(from));
  ContractRecord record = current.record;
  const bool signs = *target == ContractStatus::kSigne && from == ContractStatus::kBrouillon;
  if (edits || signs) {
    auto edited = Edited(current, changes, signs ? ContractStatus::kSigne : from, today);
    if (!edited) return Fail(edited.error());
    if (changes.actions) {
      auto ok = contracts::LinkPrescriptions(uow, current.person_id, *edited);
      if (!ok) return Fail(ok.error());
    }
    record.fields = edited->fields;
    record.objectives = edited->objectives;
  }
  if (!*target) return record;
  auto next = ChangeContractStatus(from, **target, record.fields.signed_on);
  if (!next) return Fail(next.error());
  record.status = *next;
  if (IsFinal(*next)) {
    if (auto ok = ApplyClosure(changes, *next, today, record); !ok) return Fail(ok.error());
  }
  if (*next == ContractStatus::kSigne) {
    auto ok = contracts::CheckNoSignedOverlap(uow, current.person_id, record.fields, current.id);
    if (!ok) return Fail(ok.error());
  }
  return record;
}

std::string AuditActionOf(ContractStatus before, ContractStatus after) {
  if (before == after) return "contract.update";
  return after == ContractStatus::kSigne ? "contract.sign" : "contract.close";
}

}  // namespace

Result<StoredContract> ChangeContract(Store& store, const Clock& clock, const Actor& actor,
                                      std::int64_t contract_id, std::int64_t expected_version,
                                      const ContractChanges& changes) {
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredContract> {
    auto current = contracts::LoadAuthorized(uow, actor, contract_id, PersonAction::kEdit);
    if (!current) return Fail(current.error());
    if (current->version != expected_version) return Fail(Error::Stale());
    auto record = Changed(uow, *current, changes, DateOf(clock.Now()));
    if (!record) return Fail(record.error());
    if (auto saved = uow.Contracts().Update(contract_id, expected_version, *record, clock.Now());
        !saved) {
      return Fail(saved.error());
    }
    RefreshParcoursState(uow, current->person_id, clock.Now());
    RecordAudit(uow, clock, actor, AuditActionOf(current->record.status, record->status),
                "contract", std::to_string(contract_id),
                {{"person_id", current->person_id},
                 {"status", ContractStatusCode(record->status)},
                 {"changed", ChangedFieldNames(current->record, *record)}});
    return *uow.Contracts().Find(contract_id);
  });
}

}  // namespace pacte::app
