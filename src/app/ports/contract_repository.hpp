#pragma once
// Port: contracts (CER, PPAE, contrat d'engagement) and their actions. Pure storage: the use
// cases of app/contracts validate with domain/parcours/contract_rules.hpp and decide the
// status transitions; this port writes what they decided (a contract and its actions always
// together, in the caller's transaction).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"
#include "domain/parcours/contract.hpp"
#include "domain/parcours/contract_rules.hpp"

namespace pacte::app {

// What a contract records besides its validated fields.
struct ContractRecord {
  ContractFields fields;
  ContractStatus status = ContractStatus::kBrouillon;
  std::optional<std::string> objectives;
  std::optional<Date> closed_on;  // termine / resilie: the day it actually ended
  std::optional<std::string> closure_reason;
};

struct StoredContract {
  std::int64_t id = 0;
  std::int64_t person_id = 0;
  ContractRecord record;
  // The person's organisme référent and référent when the contract was created.
  std::optional<std::int64_t> structure_id;
  std::optional<std::int64_t> referent_agent_id;
  std::optional<std::int64_t> renews_contract_id;  // the contract this one renews
  std::optional<std::int64_t> renewed_by_id;       // the contract renewing this one
  std::optional<std::int64_t> recorded_by;         // agent who created it
  std::int64_t version = 1;
  Timestamp created_at{};
  Timestamp updated_at{};
};

struct NewContract {
  std::int64_t person_id = 0;
  ContractRecord record;
  std::optional<std::int64_t> structure_id;
  std::optional<std::int64_t> referent_agent_id;
  std::optional<std::int64_t> renews_contract_id;
  std::optional<std::int64_t> recorded_by;
};

class ContractRepository {
 public:
  virtual ~ContractRepository() = default;
  // Inserts the contract and its actions (in order); returns its id. kConflict
  // `contract.already_renewed` when renews_contract_id is already renewed by another one.
  virtual Result<std::int64_t> Insert(const NewContract& contract, Timestamp now) = 0;
  // The contract with its actions; nullopt when absent.
  virtual std::optional<StoredContract> Find(std::int64_t id) = 0;
  // Every contract of the person with its actions, newest start first.
  virtual std::vector<StoredContract> ListForPerson(std::int64_t person_id) = 0;
  // Overwrites the record (fields, status, objectives, closure) and replaces the actions when
  // the stored version is expected_version, bumping it. kNotFound `contract.not_found`,
  // kStale when the version moved.
  virtual Status Update(std::int64_t id, std::int64_t expected_version,
                        const ContractRecord& record, Timestamp now) = 0;
  // Ids of the person's signed (status signe) contracts sharing at least one day with
  // [starts_on, ends_on], other than `except_id`.
  virtual std::vector<std::int64_t> SignedOverlapping(std::int64_t person_id, Date starts_on,
                                                      Date ends_on,
                                                      std::optional<std::int64_t> except_id) = 0;
};

}  // namespace pacte::app
