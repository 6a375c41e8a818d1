#pragma once
// The live dashboard's raw figures: one streaming pass over a population of PersonFacts as
// known at a date (DashboardAccumulator::Add per person, then Finish). Exact counts only;
// labels and disclosure are added by app/stats.
//
// Tables (definitions in funnel.hpp for the funnel and delays):
//   - funnel and delays per group (territory, commune, organisme référent, référent, year or
//     month of the latest D&D entry) and in total;
//   - orientation mix: persons in D&D at as_of by DREES category of the organism of their
//     orientation in force × parcours;
//   - contract coverage per group: persons in D&D and oriented at as_of, with / without a
//     valid contract at as_of (ValidContractAt);
//   - prescriptions made during the year ending at as_of, by objective: entered, refused or
//     expired, other (pending or accepted, not entered);
//   - exits per group and reason during the year ending at as_of (parcours exits);
//   - monthly trends: at each of the `months` last month ends on or before as_of, persons in
//     D&D, oriented among them, with a valid contract among them. Each person contributes
//     to every month from its own facts (one pass, not one pass per month);
//   - per commune: persons in D&D at as_of and oriented among them (the map).

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "domain/stats/distribution.hpp"
#include "domain/stats/funnel.hpp"
#include "domain/stats/person_facts.hpp"

namespace pacte::stats {

enum class GroupBy { kNone, kTerritory, kCommune, kStructure, kReferent, kYear, kMonth };
// "aucun", "territoire", "commune", "structure", "referent", "annee", "mois".
std::string_view GroupByCode(GroupBy g);
std::optional<GroupBy> ParseGroupBy(std::string_view code);

// The group key of a person: territory id, commune INSEE code, structure id (of the
// orientation in force), référent agent id, entry year "2019" or month "2019-03"; "" when
// unknown (shown as "Non renseigné").
std::string GroupKey(const PersonFacts& p, const Journey& j, GroupBy g);

struct GroupFigures {
  std::array<long long, kFunnelStages> funnel{};
  DelayAccumulator entry_to_orientation;
  DelayAccumulator orientation_to_referent;
  DelayAccumulator orientation_to_contract;
  DelayAccumulator prescription_to_entry;
  long long oriented_now = 0;        // in D&D and oriented at as_of
  long long with_contract_now = 0;   // … with a valid contract at as_of
  std::map<std::string, long long> exits;  // exit reason code → exits during the year
};

struct TrendPoint {
  Date month_end{};
  long long dd = 0;
  long long oriented = 0;
  long long with_contract = 0;
};

inline constexpr int kPrescriptionColumns = 3;  // entered, refused or expired, other

struct DashboardFigures {
  Date as_of{};
  GroupBy group = GroupBy::kNone;
  long long persons = 0;  // persons visited
  std::map<std::string, GroupFigures> groups;  // by group key (empty when kNone)
  GroupFigures total;
  // (DREES category code, parcours) → persons in D&D at as_of oriented there.
  std::map<std::pair<std::string, std::string>, long long> orientation_mix;
  // objective code ("" unknown) → [entered, refused, other]
  std::map<std::string, std::array<long long, kPrescriptionColumns>> prescriptions;
  std::vector<TrendPoint> trend;  // oldest first
  // commune INSEE code → [in D&D at as_of, oriented among them]
  std::map<std::string, std::array<long long, 2>> communes;
};

// The `count` last month ends on or before as_of, oldest first.
std::vector<Date> MonthEndsBefore(Date as_of, int count);

class DashboardAccumulator {
 public:
  DashboardAccumulator(Date as_of, GroupBy group, int months = 12);
  void Add(const PersonFacts& p);
  // The figures, delay accumulators sealed (summaries computed once).
  DashboardFigures Finish() &&;

 private:
  void AddToGroup(GroupFigures& g, const PersonFacts& p, const Journey& j, bool dd_now);
  void AddTrend(const PersonFacts& p);
  DashboardFigures f_;
  Window year_;
};

}  // namespace pacte::stats
