#pragma once
// Who may see and act on a beneficiary (need-to-know, deny by default). A person the actor
// may not see does not exist for them (404); a person they see but may not act on gives 403.
//
//   action                 admin coord. charge_or.   referent            operateur  sign. stats
//   see the person (file)    x    terr.   terr.     own structure (1)
//   see name, contact, réf.  x    terr.   terr.     own structure (1)   prescribed (2)
//   list / search            x    terr.   terr.     own structure        prescribed (2)
//   create by hand           x            x          x
//   edit the parcours (3)    x            terr.     own caseload (4)
//   orient, decide reor.     x            terr.
//   request a re-orientation x            terr.     own caseload (4)
//   assign the référent      x    terr.   terr.     own structure
//   transfer a caseload      x    x       x
//   see health (impacts)     x            terr.     own structure (1)
//   see the NIR              x            terr.     own structure
//   export personal data     x            terr.     own caseload (4)
//
//   terr.: the actor's territory (every person when the agent is not scoped to one).
//   (1) oriented to the actor's structure, or whose référent belongs to it.
//   (2) people with a prescription to an action of the operator's structure (offer, issue
//       4): their name, contact and référent only (kViewLimited: the prescription pages and
//       the participants list), never the file, NIR, diagnostic, notes or contracts; the
//       person's file pages answer 403 to them.
//   (3) identity, appointments, notes, diagnostic, contracts, exit.
//   (4) the actor is the person's référent, or the person has no référent yet and is
//       oriented to the actor's structure.
// The system actor (CLI, jobs, demo) holds admin.

#include <cstdint>
#include <optional>

#include "app/policies/actor.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

enum class PersonAction {
  kView,         // the person's file (identity, parcours, diagnostic, contracts, notes…)
  kViewLimited,  // name, contact and référent only (granted wherever kView is)
  kList,
  kCreate,
  kEdit,
  kOrient,
  kRequestReorientation,
  kAssignReferent,
  kTransferCaseload,
  kViewHealth,
  kViewNir,
  kExport,
};

// Where a person sits, as access checks need it (from person_parcours).
struct PersonScope {
  std::optional<std::int64_t> territory_id;
  std::optional<std::int64_t> structure_id;  // organisme référent of the current orientation
  std::optional<std::int64_t> referent_agent_id;
  std::optional<std::int64_t> referent_structure_id;
  // The person is prescribed to an action of the actor's structure (filled by the offer).
  bool prescribed_to_actor_structure = false;
};

// The restriction a list of persons applies for an actor: every criterion given must hold.
struct PersonVisibility {
  bool none = false;                           // the actor sees no person at all
  std::optional<std::int64_t> territory_id;    // only persons of this territory
  std::optional<std::int64_t> structure_id;    // only persons oriented to / followed by it
  bool only_prescribed = false;                // only persons prescribed to structure_id
};

// Whether the actor sees the person at all (kView or kViewLimited).
bool CanSee(const Actor& actor, const PersonScope& scope);
bool IsAllowed(const Actor& actor, PersonAction action, const PersonScope& scope);

// Ok; kNotFound `person.not_found` when the actor does not see the person; kForbidden with a
// French message when they see it but may not do `action`.
Status AuthorizePerson(const Actor& actor, PersonAction action, const PersonScope& scope);

// Actions that do not concern one person (kList, kCreate, kTransferCaseload): Ok or
// kForbidden.
Status AuthorizePersons(const Actor& actor, PersonAction action);

// What lists of persons must be restricted to for this actor (union of the actor's roles
// resolved to the widest).
PersonVisibility VisibilityOf(const Actor& actor);

// The French error of a person that does not exist or that the actor may not see.
Error PersonNotFound();

}  // namespace pacte::app
