#pragma once
// Who may see the pilotage figures (live dashboards, DREES OARSA tables, needs versus offer)
// and how exactly. Deny by default: an action not granted below is refused.
//
//   action                      admin coord. charge_or. referent operateur signataire lect._stats
//   read the dashboards           x     x      terr.                          agg.       agg.
//   read the OARSA tables         x     x                                     agg.       agg.
//   read needs versus offer       x     x      terr.                 agg.     agg.       agg.
//   break down by référent (1)    x     x      terr.
//
//   x: exact figures; terr.: exact figures of the agent's territory when the role is scoped
//   to one (the whole département otherwise); agg.: aggregates on fixed grids only, small
//   counts hidden with secondary suppression (domain/stats/disclosure.hpp).
//   (1) figures per named référent (agents' caseloads) are never shown as aggregates to
//       partners: a référent is a person.
// Open-data exports are always disclosed as aggregates, whoever asks. The system actor (CLI
// `pacte stats`, jobs, benchmarks) holds the admin role and sees exact figures.

#include <cstdint>
#include <optional>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "domain/common/error.hpp"
#include "domain/stats/disclosure.hpp"

namespace pacte::app {

enum class StatsAction {
  kReadDashboards,
  kReadOarsa,
  kReadNeeds,
  kBreakDownByReferent,
};

bool IsAllowed(const Actor& actor, StatsAction action);
// Ok, or a kForbidden error with a French message.
Status Authorize(const Actor& actor, StatsAction action);

// Exact figures for admin, coordinateur and chargé d'orientation (and the system actor);
// aggregates with the configured threshold for everyone else.
stats::DisclosureRule DisclosureFor(const Actor& actor, const Settings& settings);
// The rule of open-data exports: always aggregates.
stats::DisclosureRule OpenDataDisclosure(const Settings& settings);

// The territory an actor's figures are restricted to: a chargé d'orientation scoped to a
// territory (and holding no département-wide role); nullopt for the whole département.
std::optional<std::int64_t> StatsTerritoryRestriction(const Actor& actor);

}  // namespace pacte::app
