#pragma once
// Internal helpers of the contract use cases (not for other features).

#include <cstdint>
#include <optional>
#include <string>

#include "app/policies/actor.hpp"
#include "app/policies/person_policy.hpp"
#include "app/ports/contract_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/beneficiary/person.hpp"
#include "domain/common/error.hpp"

namespace pacte::app::contracts {

Error ContractNotFound();

// The contract when it exists and the actor may do `action` on its person: kNotFound
// `contract.not_found` when absent or its person is invisible, kForbidden otherwise.
Result<StoredContract> LoadAuthorized(UnitOfWork& uow, const Actor& actor,
                                      std::int64_t contract_id, PersonAction action);

// Ok, or kConflict `contract.overlap` when another signed contract of the person shares a day
// with [starts_on, ends_on].
Status CheckNoSignedOverlap(UnitOfWork& uow, std::int64_t person_id, const ContractFields& f,
                            std::optional<std::int64_t> except_id);

// Checks the prescriptions linked to the record's actions: each must be one of the person's
// (app::CheckPrescriptionOfPerson; kInvalid `contract.invalid` on
// "actions[i].prescription_id" otherwise, every faulty action reported). An action linked to
// a prescription without a catalogue action gets the prescribed action's id.
Status LinkPrescriptions(UnitOfWork& uow, std::int64_t person_id, ContractRecord& record);

// "Mme Awa MARTIN" (civility when known, last name upper-cased).
std::string DisplayNameOf(const Person& p);

}  // namespace pacte::app::contracts
