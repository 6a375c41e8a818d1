#pragma once
// The deadline rules in force: the domain defaults, then the configuration file's
// [[deadline_rules]], then the rows of table deadline_rules (changes made in the application
// at /referentiels/echeances by an admin or a coordinateur).

#include <optional>
#include <string>
#include <vector>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/common/error.hpp"
#include "domain/deadlines/deadline_rules.hpp"

namespace pacte::app {

// The effective rules, read inside the caller's transaction. Error: Invalid
// `deadline_rules.invalid` if a stored row cannot be applied (never written so by AddDeadlineRule).
Result<DeadlineRules> EffectiveDeadlineRules(UnitOfWork& uow, const Settings& settings);

// Where a step comes from, for the settings page.
enum class RuleSource { kDefault, kConfiguration, kApplication };
std::string_view RuleSourceLabel(RuleSource s);  // "valeur par défaut", "fichier de configuration"…

struct RuleStepView {
  std::optional<Date> effective_from;  // nullopt: since always
  std::optional<RuleDuration> duration;  // nullopt: no deadline
  RuleSource source = RuleSource::kDefault;
};

struct RuleView {
  DeadlineRule rule = DeadlineRule::kOrientationDelay;
  std::vector<RuleStepView> steps;  // oldest first
};

// Ok for admin and coordinateur; kForbidden otherwise.
Status AuthorizeDeadlineRules(const Actor& actor);

// Every rule with its steps in force. kForbidden unless admin or coordinateur.
Result<std::vector<RuleView>> ListDeadlineRules(Store& store, const Settings& settings,
                                                const Actor& actor);

// Records a dated change of one rule (audited `deadline_rule.create`). The input is checked
// with ApplyRuleSettings; errors are kInvalid `deadline_rules.invalid` on fields `rule`,
// `duration`, `effective_from` (the date is required here), kConflict
// `deadline_rules.duplicate` on `effective_from` when a change of that rule is already
// recorded on that date; kForbidden unless admin or coordinateur. Returns the row id.
Result<std::int64_t> AddDeadlineRule(Store& store, const Clock& clock, const Settings& settings,
                                     const Actor& actor, const RuleSetting& input);

}  // namespace pacte::app
