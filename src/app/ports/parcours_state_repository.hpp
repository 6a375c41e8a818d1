#pragma once
// Port: person_parcours, the per-person projection of the current state of a parcours
// (orientation, référent, contract, exit, contacts). The source tables are the truth; every
// use case that changes one of them calls RefreshParcoursState (app/parcours/parcours_state.hpp)
// in the same transaction. Lists, work lists and access checks read the projection.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/time.hpp"

namespace pacte::app {

struct ParcoursState {
  std::int64_t person_id = 0;
  std::optional<std::int64_t> territory_id;  // of the person's commune
  std::optional<std::string> commune_code;
  std::optional<Date> dd_since;  // start of the current D&D period (deadlines' meaning)
  // The current orientation (tip of the person's chain).
  std::optional<std::int64_t> orientation_id;
  std::optional<Date> oriented_on;
  std::optional<std::string> parcours;       // Parcours code
  std::optional<std::int64_t> structure_id;  // organisme référent
  // The active référent assignment.
  std::optional<std::int64_t> referent_agent_id;
  std::optional<std::int64_t> referent_structure_id;
  std::optional<Date> referent_since;
  // The latest signed contract (status signe), valid or not on a given day.
  std::optional<std::int64_t> contract_id;
  std::optional<std::string> contract_type;
  std::optional<Date> contract_starts_on;
  std::optional<Date> contract_ends_on;
  // The latest exit, unless a D&D period started after it (a new right reopens the parcours).
  std::optional<Date> exited_on;
  std::optional<std::string> exit_reason;
  // Latest contact: honoured appointment, orientation, diagnostic, contract signature, exit.
  std::optional<Date> last_contact_on;
  // Next appointment still a_venir from `now` on.
  std::optional<Timestamp> next_appointment_at;
};

class ParcoursStateRepository {
 public:
  virtual ~ParcoursStateRepository() = default;
  // Recomputes the person's row from the source tables; dd_since is the caller's (computed
  // from the rights history by the domain). Creates the row when absent.
  virtual void Refresh(std::int64_t person_id, std::optional<Date> dd_since, Timestamp now) = 0;
  virtual std::optional<ParcoursState> Find(std::int64_t person_id) = 0;
  // Up to `limit` ids of persons not anonymised, greater than after_id, in order (to walk
  // every person in chunks).
  virtual std::vector<std::int64_t> PersonIdsAfter(std::int64_t after_id, int limit) = 0;
};

}  // namespace pacte::app
