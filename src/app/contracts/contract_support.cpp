#include "app/contracts/contract_support.hpp"

#include "app/parcours/person_access.hpp"
#include "app/prescriptions/prescriptions.hpp"
#include "domain/beneficiary/sex.hpp"
#include "domain/common/upper_name.hpp"

namespace pacte::app::contracts {

Error ContractNotFound() {
  return Error::NotFound("contract.not_found", "Ce contrat n'existe pas.");
}

Result<StoredContract> LoadAuthorized(UnitOfWork& uow, const Actor& actor,
                                      std::int64_t contract_id, PersonAction action) {
  auto contract = uow.Contracts().Find(contract_id);
  if (!contract) return Fail(ContractNotFound());
  auto scope = AuthorizePersonAction(uow, actor, contract->person_id, action);
  if (!scope) {
    if (scope.error().kind == ErrorKind::kNotFound) return Fail(ContractNotFound());
    return Fail(scope.error());
  }
  return *contract;
}

Status CheckNoSignedOverlap(UnitOfWork& uow, std::int64_t person_id, const ContractFields& f,
                            std::optional<std::int64_t> except_id) {
  auto ids = uow.Contracts().SignedOverlapping(person_id, f.starts_on, f.ends_on, except_id);
  if (ids.empty()) return {};
  auto other = uow.Contracts().Find(ids.front());
  std::string period;
  if (other) {
    period = " (contrat n° " + std::to_string(other->id) + " du " +
             FormatFrenchDate(other->record.fields.starts_on) + " au " +
             FormatFrenchDate(other->record.fields.ends_on) + ")";
  }
  return Fail(Error::Conflict("contract.overlap",
                              "Un contrat signé couvre déjà une partie de cette période" + period +
                                  " : terminez-le ou renouvelez-le avant d'en signer un autre.",
                              "starts_on"));
}

Status LinkPrescriptions(UnitOfWork& uow, std::int64_t person_id, ContractRecord& record) {
  Validation errors;
  auto& actions = record.fields.actions;
  for (std::size_t i = 0; i < actions.size(); ++i) {
    auto& a = actions[i];
    if (!a.prescription_id) continue;
    const std::string field = "actions[" + std::to_string(i) + "].prescription_id";
    if (auto ok = CheckPrescriptionOfPerson(uow, person_id, *a.prescription_id, field); !ok) {
      for (const auto& f : ok.error().fields) errors.Add(f.field, f.message);
      continue;
    }
    if (!a.catalogue_action_id) {
      if (auto p = uow.Prescriptions().Find(*a.prescription_id)) a.catalogue_action_id = p->action_id;
    }
  }
  if (!errors.Ok()) return Fail(errors.ToError("contract.invalid"));
  return {};
}

std::string DisplayNameOf(const Person& p) {
  std::string last = UpperName(p.last_name);
  std::string name = p.first_name + " " + last;
  if (p.civility) name = std::string(CivilityLabel(*p.civility)) + " " + name;
  return name;
}

}  // namespace pacte::app::contracts
