#pragma once
// Port: the facts work lists are computed from, loaded in bulk (a handful of set-based
// queries whatever the number of persons), and the deadline rules changed in the application
// (table deadline_rules).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/policies/person_policy.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"
#include "domain/deadlines/parcours_snapshot.hpp"
#include "domain/deadlines/rule_settings.hpp"

namespace pacte::app {

// Which persons to load: the visibility of the actor, then every optional criterion given.
struct WorklistFilter {
  PersonVisibility visibility;
  std::optional<std::int64_t> territory_id;
  std::optional<std::int64_t> structure_id;  // oriented to it, or référent belonging to it
  std::optional<std::int64_t> referent_agent_id;
};

// One person's deadline facts and where the person sits (no identity).
struct WorklistPerson {
  std::int64_t person_id = 0;
  std::optional<std::int64_t> structure_id;  // organisme référent of the current orientation
  std::optional<std::int64_t> referent_agent_id;
  PersonParcoursSnapshot snapshot;
};

// What a list shows about a person besides the deadline.
struct WorklistPersonLabel {
  std::int64_t person_id = 0;
  std::string last_name;
  std::string first_name;
  std::optional<std::int64_t> referent_agent_id;
  std::string referent_name;  // "" when none
  std::optional<std::int64_t> structure_id;
  std::string structure_name;  // "" when not oriented
};

// A row of table deadline_rules.
struct StoredRuleSetting {
  std::int64_t id = 0;
  RuleSetting setting;  // effective_from always set
  std::optional<std::int64_t> recorded_by;
  Timestamp created_at{};
};

class WorklistRepository {
 public:
  virtual ~WorklistRepository() = default;

  // The snapshot of every person matching the filter, ordered by person id. Persons without
  // a person_parcours row are not loaded. `today` bounds the appointments read (an
  // appointment held counts up to today). Vulnerabilities: the person's latest diagnostic has
  // an item of theme sante, logement or contraintes_familiales with impact fort or moyen.
  virtual std::vector<WorklistPerson> LoadSnapshots(const WorklistFilter& filter, Date today) = 0;

  // Names of the persons, their référent and structure; in the order of `person_ids`
  // (missing persons are skipped).
  virtual std::vector<WorklistPersonLabel> DescribePersons(
      const std::vector<std::int64_t>& person_ids) = 0;

  // Every row of deadline_rules, by rule then effective date.
  virtual std::vector<StoredRuleSetting> ListRuleSettings() = 0;

  // Inserts a dated setting; kConflict `deadline_rules.duplicate` (field effective_from) when
  // the rule already has a step recorded on that date.
  virtual Result<std::int64_t> InsertRuleSetting(const RuleSetting& setting,
                                                 std::optional<std::int64_t> recorded_by,
                                                 Timestamp now) = 0;
};

}  // namespace pacte::app
