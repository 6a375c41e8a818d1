#pragma once
// Port: orientations and re-orientation requests. The orientations of a person form one chain
// (each but the first points to the previous one); its tip is the current orientation. The
// schema's unique indexes make the chain linear, so there can never be two current ones.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/policies/person_policy.hpp"
#include "app/ports/paging.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"
#include "domain/organisation/drees_category.hpp"
#include "domain/parcours/orientation.hpp"
#include "domain/parcours/reorientation_request.hpp"

namespace pacte::app {

// A stored orientation with what pages show beside it.
struct OrientationRecord {
  Orientation orientation;  // previous_orientation_id set for any but the first of the chain
  std::int64_t person_id = 0;
  // True when it changes the path of the same D&D period (false for a first orientation,
  // also for the first one of a new period chained after an older orientation).
  bool is_reorientation = false;
  std::optional<std::int64_t> recorded_by;
  std::string structure_name;
  DreesCategory structure_category = DreesCategory::kAutreHorsSpe;
  Timestamp created_at{};
};

struct NewOrientation {
  std::int64_t person_id = 0;
  OrientationFields fields;
  std::optional<std::int64_t> previous_orientation_id;  // the current tip, if any
  bool is_reorientation = false;
  std::optional<std::int64_t> recorded_by;
};

struct ReorientationRequestRecord {
  std::int64_t id = 0;
  std::int64_t person_id = 0;
  std::int64_t orientation_id = 0;  // the orientation in force when it was requested
  std::optional<std::int64_t> requested_by;
  std::string requested_by_name;  // "" when the agent is unknown
  Date requested_on{};
  std::string motive;
  Parcours proposed_parcours = Parcours::kProfessionnel;
  std::optional<std::int64_t> proposed_structure_id;
  std::string proposed_structure_name;
  ReorientationStatus status = ReorientationStatus::kEnAttente;
  std::optional<std::int64_t> decided_by;
  std::optional<Date> decided_on;
  std::optional<std::string> decision_reason;
  std::optional<std::int64_t> resulting_orientation_id;
  std::int64_t version = 1;
  // Joined for lists.
  std::string person_last_name;
  std::string person_first_name;
  std::string current_parcours;  // Parcours code of the person's current orientation
  std::string current_structure_name;
};

struct NewReorientationRequest {
  std::int64_t person_id = 0;
  std::int64_t orientation_id = 0;
  std::optional<std::int64_t> requested_by;
  Date requested_on{};
  ReorientationRequestFields fields;
  std::optional<std::int64_t> proposed_structure_id;
};

struct ReorientationDecision {
  ReorientationStatus status = ReorientationStatus::kAcceptee;
  std::optional<std::int64_t> decided_by;
  Date decided_on{};
  std::optional<std::string> reason;
  std::optional<std::int64_t> resulting_orientation_id;
};

class OrientationRepository {
 public:
  virtual ~OrientationRepository() = default;

  // Inserts the orientation (criteria stored as JSON) and returns its id. kConflict
  // `orientation.concurrent` (French message) when the chain moved meanwhile (unique index:
  // another orientation already follows previous_orientation_id, or a first one exists).
  // On PostgreSQL the transaction is then unusable: the caller must return the error.
  virtual Result<std::int64_t> Insert(const NewOrientation& o, Timestamp now) = 0;
  virtual std::optional<OrientationRecord> Find(std::int64_t id) = 0;
  // The tip of the person's chain.
  virtual std::optional<OrientationRecord> Current(std::int64_t person_id) = 0;
  // Every orientation of the person, newest first.
  virtual std::vector<OrientationRecord> History(std::int64_t person_id) = 0;

  // Inserts a pending request. kConflict `reorientation.pending` when the person already has
  // one (unique index; same caveat as Insert).
  virtual Result<std::int64_t> InsertRequest(const NewReorientationRequest& r, Timestamp now) = 0;
  virtual std::optional<ReorientationRequestRecord> FindRequest(std::int64_t id) = 0;
  virtual std::optional<ReorientationRequestRecord> PendingRequest(std::int64_t person_id) = 0;
  // Every request of the person, newest first.
  virtual std::vector<ReorientationRequestRecord> Requests(std::int64_t person_id) = 0;
  // Pending requests of the persons `visibility` lets through (territory / structure from
  // person_parcours), oldest first.
  virtual PageOf<ReorientationRequestRecord> ListPending(const PersonVisibility& visibility,
                                                         const PageRequest& page) = 0;
  // Records the decision of a pending request still at expected_version. kStale otherwise,
  // kNotFound `reorientation.not_found` when absent.
  virtual Status Decide(std::int64_t id, std::int64_t expected_version,
                        const ReorientationDecision& d, Timestamp now) = 0;
};

}  // namespace pacte::app
