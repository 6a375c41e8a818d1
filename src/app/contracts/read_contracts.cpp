#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/contracts/contract_support.hpp"
#include "app/contracts/contracts.hpp"
#include "app/parcours/person_access.hpp"
#include "app/ports/agent_repository.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/structure_repository.hpp"

namespace pacte::app {
namespace {

std::optional<std::string> AgentName(UnitOfWork& uow, std::optional<std::int64_t> id) {
  if (!id) return std::nullopt;
  auto agent = uow.Agents().Find(*id);
  if (!agent) return std::nullopt;
  return agent->DisplayName();
}

std::optional<std::string> StructureName(UnitOfWork& uow, std::optional<std::int64_t> id) {
  if (!id) return std::nullopt;
  auto s = uow.Structures().Find(*id);
  if (!s) return std::nullopt;
  return s->fields.name;
}

}  // namespace

bool IsCurrentContract(const StoredContract& c, Date day) {
  const auto& r = c.record;
  if (r.status == ContractStatus::kBrouillon) return false;
  Date end = r.fields.ends_on;
  if (IsFinal(r.status)) end = r.closed_on.value_or(r.fields.starts_on - std::chrono::days{1});
  return r.fields.starts_on <= day && day <= end;
}

Result<PersonContracts> ListPersonContracts(Store& store, const Clock& clock, const Actor& actor,
                                            std::int64_t person_id) {
  return Write(store, [&](UnitOfWork& uow) -> Result<PersonContracts> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kView);
    if (!scope) return Fail(scope.error());
    auto person = uow.Beneficiaries().FindPerson(person_id);
    if (!person) return Fail(PersonNotFound());
    PersonContracts out;
    out.person_id = person_id;
    out.person_name = contracts::DisplayNameOf(person->person);
    out.can_edit = IsAllowed(actor, PersonAction::kEdit, *scope);
    out.contracts = uow.Contracts().ListForPerson(person_id);
    const Date today = DateOf(clock.Now());
    for (const auto& c : out.contracts) {
      if (IsCurrentContract(c, today)) {
        out.current_contract_id = c.id;
        break;
      }
    }
    RecordAudit(uow, clock, actor, "contract.list", "person", std::to_string(person_id),
                {{"contracts", out.contracts.size()}});
    return out;
  });
}

Result<ContractDetail> GetContract(Store& store, const Clock& clock, const Actor& actor,
                                   std::int64_t contract_id) {
  return Write(store, [&](UnitOfWork& uow) -> Result<ContractDetail> {
    auto contract = contracts::LoadAuthorized(uow, actor, contract_id, PersonAction::kView);
    if (!contract) return Fail(contract.error());
    auto person = uow.Beneficiaries().FindPerson(contract->person_id);
    if (!person) return Fail(contracts::ContractNotFound());
    auto scope = LoadPersonScope(uow, actor, contract->person_id);
    if (!scope) return Fail(scope.error());
    ContractDetail d;
    d.contract = *contract;
    d.person = person->person;
    d.person_name = contracts::DisplayNameOf(person->person);
    d.referent_name = AgentName(uow, contract->referent_agent_id);
    d.structure_name = StructureName(uow, contract->structure_id);
    d.can_edit = IsAllowed(actor, PersonAction::kEdit, *scope);
    d.is_current = IsCurrentContract(*contract, DateOf(clock.Now()));
    RecordAudit(uow, clock, actor, "contract.read", "contract", std::to_string(contract_id),
                {{"person_id", contract->person_id}});
    return d;
  });
}

Status CheckContractAccess(Store& store, const Actor& actor, std::int64_t contract_id,
                           PersonAction action) {
  return Read(store, [&](UnitOfWork& uow) -> Status {
    auto contract = contracts::LoadAuthorized(uow, actor, contract_id, action);
    if (!contract) return Fail(contract.error());
    return {};
  });
}

}  // namespace pacte::app
