#pragma once
// Use cases on a person's contracts. Each runs in one transaction, checks the person policy
// first (app/parcours/person_access.hpp: a contract of a person the actor does not see is
// kNotFound `contract.not_found`; seen but not editable is kForbidden), refreshes
// person_parcours after every change and records one audit event, last:
//   contract.list (person), contract.read, contract.create, contract.update, contract.sign,
//   contract.close, contract.renew.
//
// Rules decided here (beyond domain/parcours/contract_rules.hpp):
// - A contract records the person's organisme référent and référent when it is created.
// - Two signed contracts of a person never overlap: making a contract signe while another
//   signe contract shares a day with it is kConflict `contract.overlap` (field starts_on).
//   The renewal ends the renewed contract first, so it never collides with it.
// - Only a brouillon has its fields edited (kConflict `contract.not_draft` otherwise).
// - termine / resilie need closed_on (not before the start, not after the planned end, not
//   in the future); resilie also needs closure_reason.
// - A renewal renews a signe or termine contract, once (kConflict `contract.not_renewable`,
//   `contract.already_renewed`); it starts after the renewed one started, and a signe renewed
//   contract becomes termine on the day before the renewal starts (or its planned end if
//   earlier), with closure reason "Renouvelé".
// - An action may carry out a prescription (prescription_id): it must be one of the person's
//   (kInvalid on "actions[i].prescription_id": unknown, or of another person), checked on
//   creation, renewal and every change of the actions; an empty catalogue_action_id is then
//   filled with the prescribed action.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/contracts/contract_input.hpp"
#include "app/policies/actor.hpp"
#include "app/policies/person_policy.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/contract_repository.hpp"
#include "app/ports/store.hpp"
#include "domain/beneficiary/person.hpp"

namespace pacte::app {

// The rules the use cases apply (15 h minimum, exemption reasons).
const ContractRules& CurrentContractRules();

// Creates a contract for the person (PersonAction::kEdit). kInvalid `contract.invalid` with
// one error per field at fault (ValidateContractInput), kConflict `contract.overlap`.
Result<StoredContract> CreateContract(Store& store, const Clock& clock, const Actor& actor,
                                      std::int64_t person_id, const ContractInput& input);

// Changes a contract at expected_version (kStale otherwise): field edits (brouillon only),
// and/or a status transition checked by ChangeContractStatus (sign: signed_on from the change
// or the contract; termine/resilie: closed_on, closure_reason). kInvalid `contract.no_change`
// when nothing is asked. Audit: contract.sign, contract.close or contract.update.
Result<StoredContract> ChangeContract(Store& store, const Clock& clock, const Actor& actor,
                                      std::int64_t contract_id, std::int64_t expected_version,
                                      const ContractChanges& changes);

// Renews a contract: a new contract whose absent fields are copied from the renewed one
// (type, weekly hours, exemption, objectives, actions); starts_on defaults to the day after
// the renewed contract's planned end; ends_on or duration_months is required; signed_on and
// status as for a creation. Returns the new contract. Audit: contract.renew.
Result<StoredContract> RenewContract(Store& store, const Clock& clock, const Actor& actor,
                                     std::int64_t contract_id, const ContractChanges& changes);

// True when the contract binds on `day`: signed, and day within [starts_on, ends_on] — for a
// termine / resilie contract within [starts_on, closed_on] (a renewed contract stays binding
// until the day before its renewal starts).
bool IsCurrentContract(const StoredContract& c, Date day);

struct PersonContracts {
  std::int64_t person_id = 0;
  std::string person_name;  // "Mme Awa MARTIN"
  bool can_edit = false;
  std::vector<StoredContract> contracts;  // newest start first
  std::optional<std::int64_t> current_contract_id;  // the contract binding today
};

// The person's contracts (PersonAction::kView). Audit: contract.list on the person.
Result<PersonContracts> ListPersonContracts(Store& store, const Clock& clock, const Actor& actor,
                                            std::int64_t person_id);

struct ContractDetail {
  StoredContract contract;
  std::string person_name;
  Person person;
  std::optional<std::string> referent_name;
  std::optional<std::string> structure_name;
  bool can_edit = false;  // PersonAction::kEdit on the person
  bool is_current = false;
};

// One contract (PersonAction::kView on its person). Audit: contract.read.
Result<ContractDetail> GetContract(Store& store, const Clock& clock, const Actor& actor,
                                   std::int64_t contract_id);

Status CheckContractAccess(Store& store, const Actor& actor, std::int64_t contract_id,
                           PersonAction action);

}  // namespace pacte::app
