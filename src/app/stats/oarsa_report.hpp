#pragma once
// The DREES OARSA survey of year N for one reader (page /pilotage/oarsa, API
// /api/v1/stats/oarsa/{year}, CLI `pacte stats oarsa`): the six tables of
// domain/stats/oarsa.hpp computed in one streaming pass over the population as known at
// 31/12/N, then disclosed for the reader (exact for admin, coordinateur and the system actor;
// small counts hidden "s" for signataire and lecteur_stats: app/policies/stats_policy.hpp).

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/common/error.hpp"
#include "domain/stats/disclosure.hpp"
#include "domain/stats/oarsa.hpp"

namespace pacte::app {

// One table of the survey: one disclosed grid per breakdown dimension (age, sex, family,
// seniority, education), in survey order. Partition tables carry their margins (the "Total"
// row is the "Ensemble" line); nested tables (4 and 5) carry an explicit "Ensemble" row.
struct OarsaTableReport {
  int number = 0;
  std::string title;
  bool partition = true;
  std::vector<std::string> dimensions;        // French dimension names
  std::vector<stats::DisclosedTable> blocks;  // one per dimension
};

// Mean and median of a T5 delay for one row (nullopt: hidden or no delay).
struct OarsaDelayRow {
  std::string label;
  std::optional<double> mean;
  std::optional<double> median;
};

// The rows of one dimension (modalities, "Inconnu" last), for one T5 delay.
struct OarsaDelayBlock {
  std::string dimension;
  std::vector<OarsaDelayRow> rows;
};

struct OarsaDelays {
  std::string title;
  OarsaDelayRow total;                  // label "Ensemble"
  std::vector<OarsaDelayBlock> blocks;  // one per dimension
};

struct OarsaReport {
  int year = 0;
  bool exact = false;                    // the reader sees exact figures
  std::optional<double> oriented_rate;   // T1: oriented / persons in D&D (disclosed)
  std::vector<OarsaTableReport> tables;  // tables 1..6
  OarsaDelays entry_to_orientation;      // T5: entry → primo-orientation (days)
  OarsaDelays orientation_to_cer;        // T5: primo-orientation → primo-CER (days)
};

// Computes the survey of `year` for `actor`.
// Errors: kForbidden without StatsAction::kReadOarsa; kInvalid (code oarsa.invalid_year,
// field annee) for a year before 2000 or after the current year (clock), or a year with no
// beneficiary known at its 31/12 (code oarsa.no_data). Audited as `stats.oarsa` (object
// "oarsa", id = year, details {year, exact}) in its own short write transaction after the
// read, so that the long read never holds the write lock.
Result<OarsaReport> ComputeOarsa(Store& store, const Clock& clock, const Actor& actor,
                                 const Settings& settings, int year);

// The counts of domain/stats/oarsa.hpp disclosed with `rule` (pure; ComputeOarsa's last step).
OarsaReport DiscloseOarsa(const stats::OarsaCounts& counts, const stats::DisclosureRule& rule);

// Parses the year of a query (?annee=2024) or a path segment; kInvalid (field annee) with a
// French message when it is not a whole number.
Result<int> ParseOarsaYear(const std::string& text);

// The definitions used, as (heading, French text) pairs: the page's explanation, the
// "Définitions" sheet of the workbook and the CLI's legend.
const std::vector<std::pair<std::string, std::string>>& OarsaDefinitions();

}  // namespace pacte::app
