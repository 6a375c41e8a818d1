#pragma once
// Work lists ("À traiter"): what is due, person by person, for everyone an actor follows,
// computed for today (the clock) with the effective deadline rules
// (deadline_rule_settings.hpp) over snapshots loaded in bulk (WorklistRepository).
//
// Counts carry no personal data and are not audited. A list or an export shows persons:
// the deadlines are computed in a read transaction (ids and dates only), then the names of
// the persons shown are read in a write transaction that records the audit event
// (`worklist.read`, `worklist.export`) with the kind, the filters and, for a page, the ids
// of the persons shown.

#include <cstdint>
#include <optional>
#include <vector>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/paging.hpp"
#include "app/ports/store.hpp"
#include "app/ports/worklist_repository.hpp"
#include "app/worklists/worklist_scope.hpp"
#include "domain/common/error.hpp"
#include "domain/deadlines/compute_due.hpp"

namespace pacte::app {

struct WorklistEntry {
  std::int64_t person_id = 0;
  DueItem item;
  std::optional<std::int64_t> structure_id;
  std::optional<std::int64_t> referent_agent_id;
  std::int64_t days_overdue = 0;  // days from due_on to today when overdue; 0 otherwise
};

struct WorklistCount {
  DueKind kind = DueKind::kOrientation;
  std::int64_t count = 0;
};

struct WorklistCounts {
  Date today{};
  std::vector<WorklistCount> counts;  // every kind, in AllDueKinds() order
};

struct WorklistRow {
  WorklistEntry entry;
  std::optional<WorklistPersonLabel> label;  // with names only (pages, CSV)
};

struct WorklistPage {
  Date today{};
  PageOf<WorklistRow> page;
};

// Pure, one pass over the snapshots: the number of items on each work list today.
std::vector<WorklistCount> CountDue(const std::vector<WorklistPerson>& persons, Date today,
                                    const DeadlineRules& rules);

// Pure: the items of one work list today, most overdue first (due_on ascending, then person
// and subject ids).
std::vector<WorklistEntry> CollectDue(const std::vector<WorklistPerson>& persons, DueKind kind,
                                      Date today, const DeadlineRules& rules);

// Counts per kind for the actor's perimeter. kForbidden for roles without work lists.
Result<WorklistCounts> CountWorklists(Store& store, const Clock& clock, const Settings& settings,
                                      const Actor& actor, const WorklistQuery& query);

enum class WorklistDetail { kIdsOnly, kWithNames };

// One page of a work list, audited `worklist.read`. kForbidden for roles without work lists.
Result<WorklistPage> ListWorklist(Store& store, const Clock& clock, const Settings& settings,
                                  const Actor& actor, DueKind kind, const WorklistQuery& query,
                                  PageRequest page, WorklistDetail detail);

// The whole work list with names, for a CSV file, audited `worklist.export`.
Result<WorklistPage> ExportWorklist(Store& store, const Clock& clock, const Settings& settings,
                                    const Actor& actor, DueKind kind,
                                    const WorklistQuery& query);

}  // namespace pacte::app
