#include "domain/beneficiary/rights.hpp"

#include <chrono>

namespace pacte {
namespace {

bool Contains(const RightsRow& row, Date date) {
  return row.valid_from <= date && (!row.valid_to || date < *row.valid_to);
}

Error OutOfOrder(Date observed_on, Date latest) {
  return Error::Conflict("rights.observation_out_of_order",
                         "La situation au " + FormatFrenchDate(observed_on) +
                             " est antérieure à la dernière situation connue (au " +
                             FormatFrenchDate(latest) +
                             ") et la contredit : elle n'est pas enregistrée.",
                         "valid_from");
}

AppliedObservation Appended(RightsHistory history, Date observed_on, const RightsState& state) {
  if (!history.empty()) history.back().valid_to = observed_on;
  history.push_back({observed_on, std::nullopt, state});
  return {std::move(history), ObservationEffect::kAppended};
}

// Same date as the current row: the later observation replaces it.
AppliedObservation Corrected(RightsHistory history, const RightsState& state) {
  if (history.size() >= 2 && history[history.size() - 2].state == state) {
    history.pop_back();
    history.back().valid_to = std::nullopt;
    return {std::move(history), ObservationEffect::kMerged};
  }
  history.back().state = state;
  return {std::move(history), ObservationEffect::kCorrected};
}

bool IsSuspended(std::string_view etatdosrsa) {
  return etatdosrsa == kEtatOpenSuspended || etatdosrsa == kEtatPaymentSuspended;
}

bool InDd(const RightsState& state, bool period_open, SuspensionEffect effect) {
  if (IsInDdPopulation(state)) return true;
  return effect == SuspensionEffect::kKeepsPeriod && period_open && state.dd_flag == DdFlag::kYes &&
         IsSuspended(state.etatdosrsa);
}

}  // namespace

bool IsInDdPopulation(const RightsState& state) {
  return state.dd_flag == DdFlag::kYes && state.etatdosrsa == kEtatOpenPayable;
}

std::optional<Date> LastDayOf(const RightsRow& row) {
  if (!row.valid_to) return std::nullopt;
  return *row.valid_to - std::chrono::days{1};
}

bool IsWellFormed(const RightsHistory& history) {
  for (std::size_t i = 0; i < history.size(); ++i) {
    const RightsRow& row = history[i];
    bool last = i + 1 == history.size();
    if (last) return !row.valid_to.has_value();
    if (!row.valid_to || *row.valid_to <= row.valid_from ||
        *row.valid_to != history[i + 1].valid_from) {
      return false;
    }
  }
  return true;
}

std::optional<RightsState> StateAsOf(const RightsHistory& history, Date date) {
  for (const RightsRow& row : history) {
    if (Contains(row, date)) return row.state;
  }
  return std::nullopt;
}

bool IsInDdPopulationAsOf(const RightsHistory& history, Date date) {
  auto state = StateAsOf(history, date);
  return state && IsInDdPopulation(*state);
}

Result<AppliedObservation> ApplyObservation(const RightsHistory& history, Date observed_on,
                                            const RightsState& state) {
  if (!IsWellFormed(history)) {
    return Fail(Error::Conflict("rights.history_inconsistent",
                                "L'historique des droits de cette personne est incohérent "
                                "(périodes qui se chevauchent ou discontinues)."));
  }
  if (history.empty()) return Appended(history, observed_on, state);
  const RightsRow& current = history.back();
  if (observed_on < current.valid_from) {
    auto known = StateAsOf(history, observed_on);
    if (known && *known == state) return AppliedObservation{history, ObservationEffect::kUnchanged};
    return Fail(OutOfOrder(observed_on, current.valid_from));
  }
  if (current.state == state) return AppliedObservation{history, ObservationEffect::kUnchanged};
  if (observed_on == current.valid_from) return Corrected(history, state);
  return Appended(history, observed_on, state);
}

std::vector<DdPeriod> DdPeriods(const RightsHistory& history, SuspensionEffect effect) {
  std::vector<DdPeriod> periods;
  bool open = false;
  std::optional<Date> previous_end;
  for (const RightsRow& row : history) {
    if (open && previous_end && *previous_end != row.valid_from) {
      periods.back().left_on = previous_end;  // a gap: nothing known after previous_end
      open = false;
    }
    bool in = InDd(row.state, open, effect);
    if (in && !open) periods.push_back({row.valid_from, std::nullopt});
    if (!in && open) periods.back().left_on = row.valid_from;
    open = in;
    previous_end = row.valid_to;
  }
  if (open && previous_end) periods.back().left_on = previous_end;
  return periods;
}

std::optional<Date> DdSince(const RightsHistory& history, Date date, SuspensionEffect effect) {
  for (const DdPeriod& period : DdPeriods(history, effect)) {
    if (period.entered_on <= date && (!period.left_on || date < *period.left_on)) {
      return period.entered_on;
    }
  }
  return std::nullopt;
}

}  // namespace pacte
