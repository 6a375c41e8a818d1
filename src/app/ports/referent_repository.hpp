#pragma once
// Port: référent unique assignments and caseloads. An assignment is active while valid_to is
// NULL (valid_to is exclusive); a unique partial index keeps at most one active per person.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/paging.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

// End reasons of an assignment (codes stored in referent_assignments.end_reason).
inline constexpr const char* kEndReasonChange = "changement_referent";
inline constexpr const char* kEndReasonReorientation = "reorientation";
inline constexpr const char* kEndReasonTransfer = "transfert";

struct ReferentAssignment {
  std::int64_t id = 0;
  std::int64_t person_id = 0;
  std::int64_t agent_id = 0;
  std::string agent_name;  // "Prénom Nom"
  std::optional<std::int64_t> structure_id;
  std::string structure_name;
  Date valid_from{};
  std::optional<Date> valid_to;
  std::optional<std::string> end_reason;
  std::int64_t version = 1;
};

struct NewAssignment {
  std::int64_t person_id = 0;
  std::int64_t agent_id = 0;
  std::optional<std::int64_t> structure_id;
  Date valid_from{};
  std::optional<std::int64_t> recorded_by;
};

// An active agent holding the referent role, with the number of people it follows.
struct Caseload {
  std::int64_t agent_id = 0;
  std::string first_name;
  std::string last_name;
  std::optional<std::int64_t> structure_id;
  std::string structure_name;
  std::int64_t active_assignments = 0;
};

struct CaseloadFilter {
  std::optional<std::int64_t> structure_id;
};

class ReferentRepository {
 public:
  virtual ~ReferentRepository() = default;
  virtual std::optional<ReferentAssignment> Active(std::int64_t person_id) = 0;
  // Every assignment of the person, newest first.
  virtual std::vector<ReferentAssignment> History(std::int64_t person_id) = 0;
  // Active assignments of an agent, by person id.
  virtual std::vector<ReferentAssignment> ActiveOfAgent(std::int64_t agent_id) = 0;
  // Opens an assignment. kConflict `referent.concurrent` when the person already has an
  // active one (unique index: a concurrent assignment won). On PostgreSQL the transaction
  // is then unusable: the caller must return the error.
  virtual Result<std::int64_t> Open(const NewAssignment& a, Timestamp now) = 0;
  // Closes the active assignment `id` still at expected_version on `valid_to` with
  // `end_reason`. kStale when it moved or is no longer active.
  virtual Status Close(std::int64_t id, std::int64_t expected_version, Date valid_to,
                       const std::string& end_reason, Timestamp now) = 0;
  // Active referent agents with their caseload, ordered by last name, first name, id.
  virtual PageOf<Caseload> Caseloads(const CaseloadFilter& filter, const PageRequest& page) = 0;
};

}  // namespace pacte::app
