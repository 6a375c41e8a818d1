#pragma once
// The funnel of the live dashboards: D&D → oriented → référent → contract → action → exit to
// employment, for one person as known at a date, and the delays between its steps.
//
// Definitions (shared by the dashboards; the window W is the year ending at as_of, i.e. the
// 365 days [as_of − 364, as_of]):
//   1. D&D       the person was in the D&D population (InDdPopulation definition: right open
//                and payable, D&D flag) on at least one day of W. Their "entry" is the start
//                of the latest D&D period begun on or before as_of (LatestDdEntry).
//   2. oriented  (1) and an orientation in force at as_of (OrientationAt).
//   3. référent  (2) and a référent assignment active on at least one day of W.
//   4. contract  (3) and a contract (drafts excluded) signed (or started) on or before as_of
//                and in force on at least one day of W (not ended nor closed before W).
//   5. action    (4) and an entry into a prescribed action on or before as_of, the person
//                still in it on at least one day of W.
//   6. employment (5) and, during W, a parcours exit to employment (IsExitToEmployment:
//                emploi_durable, emploi_temporaire, creation_activite) or an action left with
//                the outcome "emploi".
// The stages are nested: each counts the persons who also reached every previous one.
//
// Delays (calendar days, only when both ends exist):
//   entry → orientation      latest D&D entry → first orientation decided on or after it;
//   orientation → référent   orientation in force at as_of → first référent assignment
//                            starting on or after it;
//   orientation → contract   orientation in force at as_of → first contract signed on or
//                            after it (FirstContractBetween);
//   prescription → entry     each prescription entered during W (one delay per prescription).

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/stats/person_facts.hpp"

namespace pacte::stats {

inline constexpr int kFunnelStages = 6;
// French label of a stage (0..5): "Soumis aux droits et devoirs", "Orientés"…
std::string_view FunnelStageLabel(int stage);

// emploi_durable, emploi_temporaire, creation_activite.
bool IsExitToEmployment(std::string_view exit_reason);

struct Window {
  Date from{};
  Date to{};
  bool Contains(Date d) const { return from <= d && d <= to; }
};
// The year ending at as_of: [as_of − 364, as_of].
Window YearEndingAt(Date as_of);

struct Journey {
  int reached = 0;  // stages reached (0: not in the funnel's population)
  std::optional<Date> entry;                      // latest D&D entry
  const OrientationFact* orientation = nullptr;   // in force at as_of
  const ReferentFact* referent = nullptr;         // active at as_of, else the latest in W
  std::optional<long> entry_to_orientation;
  std::optional<long> orientation_to_referent;
  std::optional<long> orientation_to_contract;
  std::vector<long> prescription_to_entry;
};

// The person's journey as known at as_of (facts already cut at as_of by the storage).
Journey JourneyAt(const PersonFacts& p, Date as_of);

}  // namespace pacte::stats
