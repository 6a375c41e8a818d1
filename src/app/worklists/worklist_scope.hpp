#pragma once
// Whose work lists an actor looks at. Work lists belong to the roles that follow persons:
//   referent            their caseload by default (perimeter "mine"), or their structure
//   charge_orientation  their territory (the whole département when not scoped to one)
//   coordinateur, admin the département (a coordinateur scoped to a territory: that territory)
// Filters (territory, structure, référent) only narrow what VisibilityOf(actor) allows.
// operateur, signataire and lecteur_stats have no work list.

#include <cstdint>
#include <optional>

#include "app/policies/actor.hpp"
#include "app/ports/worklist_repository.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

enum class WorklistPerimeter {
  kDefault,    // the role's default: "mine" for a référent, everything visible otherwise
  kMine,       // persons whose référent is the actor
  kStructure,  // everything visible (for a référent: their structure)
};

struct WorklistQuery {
  WorklistPerimeter perimeter = WorklistPerimeter::kDefault;
  std::optional<std::int64_t> territory_id;
  std::optional<std::int64_t> structure_id;
  std::optional<std::int64_t> referent_agent_id;
};

// Ok, or kForbidden with a French message for roles without work lists.
Status AuthorizeWorklists(const Actor& actor);

// Whether the actor's default perimeter is their own caseload (a référent and nothing wider).
bool DefaultsToOwnCaseload(const Actor& actor);

// The repository filter for the actor and query (precondition: AuthorizeWorklists is Ok).
WorklistFilter ResolveWorklistFilter(const Actor& actor, const WorklistQuery& query);

}  // namespace pacte::app
