#pragma once
// The RSA right of a person as the CAF/MSA describes it, and its dated history.
//
// Each CAF file describes the situation at its reference date (DTREF); the project keeps
// every change as a row valid from that date, never overwriting the past, so that any
// question can be answered "as known at" a date.
//
// Convention: validity periods are half-open, [valid_from, valid_to): valid_to is the first
// day on which the row no longer holds, i.e. the valid_from of the next row (absent for the
// current row). A row "from 01/03 to 01/04" covers March; its last day is LastDayOf(row).
// Observations are applied in date order only (an older one is refused), so the state valid
// at a date is also the state that was known on that date.

#include <optional>
#include <string>
#include <vector>

#include "domain/beneficiary/rights_codes.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte {

// What the CAF says about a person's right on a given date. Codes are normalised with the
// functions of rights_codes.hpp (unknown codes kept as received).
struct RightsState {
  std::string etatdosrsa = std::string(kEtatUndefined);
  DdFlag dd_flag = DdFlag::kUnknown;
  std::optional<std::string> suspension_reason;  // motisusversrsa
  std::optional<std::string> closure_reason;     // moticlorsa
  std::optional<Date> closure_date;              // dtclorsa
  bool homeless = false;                         // topsansdomfixe
  // The household's composition (stats::FamilySituation code: seul_sans_enfant,
  // seul_avec_enfants, couple_sans_enfant, couple_avec_enfants); nullopt when unknown.
  std::optional<std::string> family_situation;

  bool operator==(const RightsState&) const = default;
};

// The D&D population of the statistics (DREES OARSA, domain.md §6): a person flagged D&D
// (toppersdrodevorsa = 1) in a household whose right is open and payable (etatdosrsa = 2).
// A suspended right (3, 4) is outside it, as are an unknown flag and undefined or unknown
// states.
bool IsInDdPopulation(const RightsState& state);

struct RightsRow {
  Date valid_from{};
  std::optional<Date> valid_to;  // exclusive; absent for the current row
  RightsState state;

  bool operator==(const RightsRow&) const = default;
};

// Rows sorted by valid_from.
using RightsHistory = std::vector<RightsRow>;

// The last day a row holds (valid_to − 1 day), or nullopt for the current row.
std::optional<Date> LastDayOf(const RightsRow& row);

// A well-formed history, as ApplyObservation builds it: every row has valid_from < valid_to,
// each valid_to equals the next row's valid_from, and the last row is open (the current
// state; the end of a right is a state, etatdosrsa 5 or 6, not a gap). An empty history is
// well-formed.
bool IsWellFormed(const RightsHistory& history);

// The state valid at `date`, or nullopt before the first row.
std::optional<RightsState> StateAsOf(const RightsHistory& history, Date date);

// True when the state valid at `date` is in the D&D population.
bool IsInDdPopulationAsOf(const RightsHistory& history, Date date);

// What ApplyObservation did, so that storage writes only what changed.
enum class ObservationEffect {
  kUnchanged,  // same state as the current row: nothing to write
  kAppended,   // the current row now ends at the observation date; a new row follows it
  kCorrected,  // same date as the current row: its state was replaced (later file wins)
  kMerged,     // same date, and the correction equals the previous row's state: the
               // current row was removed and the previous one is current again
};

struct AppliedObservation {
  RightsHistory history;
  ObservationEffect effect = ObservationEffect::kUnchanged;
};

// Records that on `observed_on` the state is `state`. On an empty history, the first row.
// Otherwise, compared with the last row:
//  - an observation dated before it changes nothing when it agrees with the state the history
//    holds for that date (a late copy of a file already taken into account: kUnchanged), and
//    is refused otherwise: ErrorKind::kConflict, code rights.observation_out_of_order, field
//    "valid_from", French message with both dates;
//  - an equal state changes nothing (kUnchanged);
//  - a later date closes the last row at `observed_on` and opens a new one (kAppended);
//  - the same date replaces the last row's state (kCorrected, or kMerged as described).
// The returned history is well-formed. Precondition: IsWellFormed(history); else
// ErrorKind::kConflict, code rights.history_inconsistent.
Result<AppliedObservation> ApplyObservation(const RightsHistory& history, Date observed_on,
                                            const RightsState& state);

// A period during which the person is in D&D; left_on is exclusive like valid_to (the first
// day out), absent while it lasts.
struct DdPeriod {
  Date entered_on{};
  std::optional<Date> left_on;

  bool operator==(const DdPeriod&) const = default;
};

// How a suspended right (etatdosrsa 3 or 4) with the D&D flag still set affects a period.
enum class SuspensionEffect {
  // The statistics definition, IsInDdPopulation: a suspension ends the period and the return
  // to etatdosrsa 2 starts a new one. The default.
  kEndsPeriod,
  // A suspension continues a period already started (it never starts one): the period ends
  // only when the right is refused or closed, the state becomes undefined or unknown, or
  // the flag is no longer 1. For deadlines that should survive a short payment suspension.
  kKeepsPeriod,
};

// The D&D periods of a history, oldest first, built from maximal runs of consecutive rows in
// D&D; a gap between rows ends a period at the earlier row's valid_to.
// Precondition: rows sorted by valid_from, not overlapping.
std::vector<DdPeriod> DdPeriods(const RightsHistory& history,
                                SuspensionEffect effect = SuspensionEffect::kEndsPeriod);

// The start of the D&D period containing `date` (the "dd_since" that drives the legal
// deadlines), or nullopt when the person is not in D&D on that date.
std::optional<Date> DdSince(const RightsHistory& history, Date date,
                            SuspensionEffect effect = SuspensionEffect::kEndsPeriod);

}  // namespace pacte
