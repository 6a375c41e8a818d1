#include "app/contracts/contract_support.hpp"

#include "app/parcours/person_access.hpp"
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

std::string DisplayNameOf(const Person& p) {
  std::string last = UpperName(p.last_name);
  std::string name = p.first_name + " " + last;
  if (p.civility) name = std::string(CivilityLabel(*p.civility)) + " " + name;
  return name;
}

}  // namespace pacte::app::contracts
