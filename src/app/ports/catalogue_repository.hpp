#pragma once
// Port: catalogue actions (data·inclusion services with pacte's fields), their sessions and
// codes, and the PDI programmes (tables actions, action_codes, action_sessions, programmes,
// programme_budgets of migration 0013). Multi-valued fields are written to action_codes by
// the repository, in step with the action row; search_text too.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/paging.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"
#include "domain/offer/action.hpp"
#include "domain/offer/action_session.hpp"
#include "domain/offer/objective.hpp"
#include "domain/offer/programme.hpp"

namespace pacte::app {

// What a use case writes for an action (insert or update).
struct ActionWrite {
  std::int64_t structure_id = 0;
  std::optional<std::int64_t> programme_id;
  ActionStatus status = ActionStatus::kBrouillon;
  ActionFields fields;
  std::string commune_name;  // of fields.commune_code, from the territory
  Date date_maj{};
};

struct StoredAction {
  std::int64_t id = 0;
  std::string di_id;      // "<di_source>--<id>" for pacte's own actions
  std::string di_source;
  ActionWrite data;
  std::string structure_name;  // joined for display
  std::optional<Timestamp> published_at;
  std::optional<Timestamp> archived_at;
  std::int64_t version = 1;
  Timestamp created_at{};
  Timestamp updated_at{};
};

struct StoredSession {
  std::int64_t id = 0;
  std::int64_t action_id = 0;
  SessionFields fields;
  bool cancelled = false;
  std::int64_t taken = 0;  // prescriptions acceptee or entree of the session
  std::int64_t version = 1;
};

// An action in the operator's list, with its places over the sessions not cancelled and not
// ended on `today` (or its capacity when it has no such session).
struct ActionListItem {
  std::int64_t id = 0;
  std::string name;
  ActionStatus status = ActionStatus::kBrouillon;
  std::string objective;
  std::int64_t structure_id = 0;
  std::string structure_name;
  std::string commune_name;
  Date date_maj{};
  std::int64_t sessions = 0;  // current and future sessions, not cancelled
  std::optional<std::int64_t> places;
  std::int64_t taken = 0;
  std::int64_t version = 1;
};

struct ActionListFilter {
  std::optional<std::int64_t> structure_id;  // nullopt: every structure
  std::optional<ActionStatus> status;
  Date today{};  // sessions ending before today do not count in places
};

struct StoredProgramme {
  std::int64_t id = 0;
  ProgrammeFields fields;
  std::int64_t version = 1;
  Timestamp created_at{};
  Timestamp updated_at{};
};

struct ProgrammeAction {
  std::int64_t id = 0;
  std::string name;
  ActionStatus status = ActionStatus::kBrouillon;
  std::string objective;
  std::string structure_name;
  std::optional<std::int64_t> funding_amount_cents;
};

class CatalogueRepository {
 public:
  virtual ~CatalogueRepository() = default;

  // Inserts the action with di_id "<di_source>--<new id>" and its codes; returns the id.
  virtual std::int64_t InsertAction(const std::string& di_source, const ActionWrite& a,
                                    Timestamp now) = 0;
  virtual std::optional<StoredAction> FindAction(std::int64_t id) = 0;
  // Rewrites the action (row, search_text, codes) at expected_version: kNotFound
  // `action.not_found`, kStale. published_at / archived_at are set when the status becomes
  // publiee / archivee.
  virtual Status UpdateAction(std::int64_t id, std::int64_t expected_version,
                              const ActionWrite& a, Timestamp now) = 0;
  virtual PageOf<ActionListItem> ListActions(const ActionListFilter& filter,
                                             const PageRequest& page) = 0;

  virtual std::int64_t InsertSession(std::int64_t action_id, const SessionFields& s,
                                     Timestamp now) = 0;
  // Locks the session row until commit (so that places and acceptances are serialised),
  // then reads it with its places taken.
  virtual std::optional<StoredSession> LockSession(std::int64_t id) = 0;
  virtual Status UpdateSession(std::int64_t id, std::int64_t expected_version,
                               const SessionFields& s, bool cancelled, Timestamp now) = 0;
  // The action's sessions with their places taken, by start date.
  virtual std::vector<StoredSession> ListSessions(std::int64_t action_id) = 0;
  // date_maj = `date_maj`, version + 1 (a session was added or changed).
  virtual void TouchAction(std::int64_t id, Date date_maj, Timestamp now) = 0;

  virtual std::vector<StoredProgramme> ListProgrammes() = 0;
  virtual std::optional<StoredProgramme> FindProgramme(std::int64_t id) = 0;
  virtual std::optional<StoredProgramme> FindProgrammeByYear(std::int64_t year) = 0;
  // kConflict `programme.year_taken` (field year) when the year already has a programme.
  virtual Result<std::int64_t> InsertProgramme(const ProgrammeFields& p, Timestamp now) = 0;
  virtual Status UpdateProgramme(std::int64_t id, std::int64_t expected_version,
                                 const ProgrammeFields& p, Timestamp now) = 0;
  // Attaches the actions of programme_year `year` not yet attached; returns how many.
  virtual std::int64_t AttachActionsOfYear(std::int64_t programme_id, std::int64_t year) = 0;
  virtual std::vector<ProgrammeAction> ProgrammeActions(std::int64_t programme_id) = 0;
};

}  // namespace pacte::app
