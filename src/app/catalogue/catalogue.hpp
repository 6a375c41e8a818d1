#pragma once
// Use cases of the catalogue of insertion actions (offer policy: app/policies/offer_policy.hpp).
// Each runs in one transaction and records one audit event when it changes something:
//   action.create, action.update, action.publish, action.archive, session.create,
//   session.update.
//
// Rules decided here (beyond domain/offer/action.hpp and action_session.hpp):
// - Reading: kReadCatalogue; a brouillon or archivee action is seen only by those who may
//   manage it (kManageAction on its structure), otherwise kNotFound `action.not_found`.
// - Managing: kManageAction on the action's structure (operateur: its own structure; admin,
//   coordinateur: every structure). Seen but not manageable: kForbidden.
// - An action is created brouillon, by an action operator structure (kInvalid on field
//   structure_id otherwise), with di_id "<di_source>--<id>".
// - Every change moves date_maj to today; search_text and action_codes follow the fields.
// - The objective, when left empty, is deduced from the thematiques (ObjectiveOfThematiques).
// - The commune must exist in the territory (its name is stored); funders are institution ids
//   and zone_territories territory ids that must exist; programme_year attaches the action to
//   that year's programme when there is one.
// - A publiee action stays publishable: an edit that removes what publication requires is
//   refused (kInvalid `action.not_publishable`, one message per missing field).
// - Sessions: added to a brouillon or publiee action (an archivee one: kConflict
//   `action.archived`), never starting in the past; a change keeps places >= places taken
//   (the session row is locked first, like an acceptance).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/catalogue_repository.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/offer/quality_score.hpp"

namespace pacte::app {

// Changes fields in place (a page sets them all, the API the ones present in the body).
using ActionEdit = std::function<void(ActionFields&)>;

// Creates a brouillon action of `structure_id` (default: the operator's own structure).
// kForbidden before anything else when the actor may manage no action; kInvalid
// `action.invalid` with one error per field.
Result<StoredAction> CreateAction(Store& store, const Clock& clock, const Actor& actor,
                                  const std::string& di_source,
                                  std::optional<std::int64_t> structure_id,
                                  ActionFields fields);

// Applies `edit` (may be null) and/or moves the status to `target`, at expected_version
// (kStale otherwise). kInvalid `action.invalid`, `action.not_publishable`; kConflict
// `action.transition`; kInvalid `action.no_change` when neither is asked.
Result<StoredAction> ChangeAction(Store& store, const Clock& clock, const Actor& actor,
                                  std::int64_t id, std::int64_t expected_version,
                                  const ActionEdit& edit, std::optional<ActionStatus> target);

Result<StoredAction> PublishAction(Store& store, const Clock& clock, const Actor& actor,
                                   std::int64_t id, std::int64_t expected_version);
Result<StoredAction> ArchiveAction(Store& store, const Clock& clock, const Actor& actor,
                                   std::int64_t id, std::int64_t expected_version);

struct ActionDetail {
  StoredAction action;
  std::vector<StoredSession> sessions;
  QualityScore quality;
  bool stale = false;       // date_maj more than 6 months ago: "à mettre à jour"
  bool can_manage = false;  // kManageAction on its structure
  std::optional<std::string> programme_name;
};

// One action with its sessions and quality score (visibility rule above).
Result<ActionDetail> GetAction(Store& store, const Clock& clock, const Actor& actor,
                               std::int64_t id);

// The action's sessions with places taken (visibility rule above).
Result<std::vector<StoredSession>> ListActionSessions(Store& store, const Actor& actor,
                                                      std::int64_t action_id);

struct OperatorActionsQuery {
  std::optional<std::int64_t> structure_id;  // ignored for an operateur: its own structure
  std::optional<ActionStatus> status;
};

struct OperatorActionRow {
  ActionListItem item;
  std::optional<std::int64_t> free_places;
  std::optional<double> fill_rate;  // taken / places
  bool stale = false;
};

// The actions an actor manages ("Mes actions"): kManageAction; an operateur sees its
// structure's, admin and coordinateur every structure's (or the one asked).
Result<PageOf<OperatorActionRow>> ListOperatorActions(Store& store, const Clock& clock,
                                                      const Actor& actor,
                                                      const OperatorActionsQuery& query,
                                                      const PageRequest& page);

// Adds a session to the action. kInvalid `session.invalid` per field.
Result<StoredSession> AddSession(Store& store, const Clock& clock, const Actor& actor,
                                 std::int64_t action_id, const SessionInput& input);

// Changes a session at expected_version; `cancelled` cancels it (its places no longer count).
Result<StoredSession> UpdateSession(Store& store, const Clock& clock, const Actor& actor,
                                    std::int64_t session_id, std::int64_t expected_version,
                                    const SessionInput& input, bool cancelled);

// Whether the actor may manage the action (kNotFound / kForbidden otherwise), for the checks
// an adapter makes before reading a body.
Status CheckActionManagement(Store& store, const Actor& actor, std::int64_t action_id);

// The input that reproduces a session (for an edit form or a partial change).
SessionInput InputOfSession(const SessionFields& s);

}  // namespace pacte::app
