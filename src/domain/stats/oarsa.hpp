#pragma once
// The six tables of the DREES survey "Orientation et accompagnement des bénéficiaires du RSA"
// (OARSA) for year N, as pure functions of a population of PersonFacts known at 31/12/N
// (domain.md §6, codes.md §6). Feed every person once to OarsaAccumulator::Add (in any order),
// then Finish(); app/stats/oarsa_report discloses the counts for the reader.
//
// Definitions (date = 31/12/N; every one is pinned by oarsa_test.cpp):
//  T1 persons in D&D at the date (InDdPopulation): not oriented, or oriented (OrientationAt:
//     an organisme référent exists, even without a named référent) by the DREES category of
//     the orientation's structure, France Travail first. Columns partition the population;
//     "Orientés" = Total − "Non orientés".
//  T2 persons of T1 oriented AND holding a contract valid at the date (ValidContractAt, the
//     latest started): oriented to France Travail with a ppae or contrat_engagement ("inscrits
//     à France Travail": pacte has no France Travail registration feed, so a valid PPAE /
//     contrat d'engagement stands for the registration); oriented elsewhere with a CER
//     (cer_social, cer_professionnel, contrat_engagement), by category.
//  T3 the valid CERs of T2 outside France Travail, by inscribed duration: the contract lasts
//     at least k months when ends_on + 1 day >= AddMonths(starts_on, k) (so 01/01 → 30/06 is
//     6 months): "< 6 mois", "6 à moins de 12 mois", "12 mois ou plus".
//  T4 the same CERs: per OARSA action type 1–15, the CERs holding at least one action of
//     that type (a CER counts in several columns: no row total; "Ensemble" is a row).
//  T5 entrants of year N: the latest D&D entry (LatestDdEntry) falls in year N and the person
//     is in D&D at the date. Primo-orientation: the first orientation decided on or after the
//     entry and on or before the date (FirstOrientationBetween); primo-oriented outside
//     France Travail; with a primo-CER: primo-oriented outside France Travail whose first
//     contract on or after the primo-orientation (FirstContractBetween) is a CER. Nested
//     columns ("dont"): no row total, "Ensemble" is a row. Delays in days (DaysBetween):
//     entry → primo-orientation, primo-orientation → primo-CER (its signature, or its start
//     when unsigned): mean and median per row.
//  T6 re-orientations decided during year N of persons in D&D at the date: an orientation
//     following a previous one of the same D&D period (previous decided on or after the
//     latest D&D entry at the new decision; any previous one when no entry is known), by
//     direction between the SPE (France Travail included) and outside: previous category →
//     new category. A person re-oriented twice counts twice.
// An empty or unknown DREES category counts as "autre_hors_spe". Rows: the breakdowns of
// oarsa_breakdown.hpp, read at the date.

#include <array>
#include <string>
#include <vector>

#include "domain/stats/disclosure.hpp"
#include "domain/stats/oarsa_breakdown.hpp"
#include "domain/stats/person_facts.hpp"

namespace pacte::stats {

inline constexpr int kOarsaTableCount = 6;

// Counts of one table: for each dimension, [row][column]; `total` is the "Ensemble" line.
struct OarsaGrid {
  int number = 0;  // 1..6
  std::string title;
  std::vector<std::string> columns;
  // True when the columns partition the counted population (margins and a row total make
  // sense); false for nested or overlapping columns (T4, T5).
  bool partition = true;
  std::array<std::vector<std::vector<long long>>, kOarsaDimensionCount> cells;
  std::vector<long long> total;

  // The grid of one dimension as a CountTable: partition tables get their margins from
  // Disclose; the others carry an explicit "Ensemble" row and no totals.
  CountTable ToCountTable(OarsaDimension d) const;
};

// Delays in days of one row of T5, kept whole so that the median is exact.
struct OarsaDelays {
  std::vector<double> entry_to_orientation;
  std::vector<double> orientation_to_cer;
};

struct OarsaCounts {
  int year = 0;
  std::array<OarsaGrid, kOarsaTableCount> tables;  // tables[0] is T1
  // T5 delays per [dimension][row], and for the whole population.
  std::array<std::vector<OarsaDelays>, kOarsaDimensionCount> delays;
  OarsaDelays total_delays;
};

// The contract types that count as a CER (contrat d'engagement réciproque) in T2–T5.
bool IsOarsaCer(const std::string& contract_type);
// The contract types that stand for a France Travail registration in T2.
bool IsOarsaFranceTravailContract(const std::string& contract_type);

class OarsaAccumulator {
 public:
  explicit OarsaAccumulator(int year);
  // Counts one person (known at 31/12 of the year) in every table where they belong.
  void Add(const PersonFacts& p);
  // The counts so far (the accumulator stays usable).
  const OarsaCounts& Counts() const { return counts_; }

 private:
  void Count(int table, const OarsaProfile& profile, std::size_t column);
  void AddT1T2(const PersonFacts& p, const OarsaProfile& profile);
  void AddCer(const ContractFact& c, const OarsaProfile& profile);
  void AddT5(const PersonFacts& p, const OarsaProfile& profile);
  void AddT6(const PersonFacts& p, const OarsaProfile& profile);
  void AddDelay(const OarsaProfile& profile, std::vector<double> OarsaDelays::*field, double days);

  Date date_{};
  Date year_start_{};
  OarsaCounts counts_;
};

// Convenience: the counts of a whole population.
OarsaCounts ComputeOarsaCounts(int year, const std::vector<PersonFacts>& population);

}  // namespace pacte::stats
