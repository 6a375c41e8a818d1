#pragma once
// The trajectory of a pact indicator and its status (issue 6).
//
// The target path joins the baseline (its year, its value) to the yearly targets by straight
// lines: the expected value of a year between two known points is interpolated linearly; after
// the last target it stays at the last target; before the first point there is none.
//
// The status compares the LATEST known value (measured or computed) with the expected value
// of its year, in the indicator's direction (gap = value − expected, sign flipped when lower
// is better, so a positive gap is always "better than expected"). The scale is the path's
// average yearly step (|last target − first point| / years between them; when the path is
// flat, 5 % of the expected value; when that is 0 too, any shortfall is "en_retard"):
//   gap ≥ one step            → en_avance           (a year or more ahead)
//   0 ≤ gap < one step        → dans_la_trajectoire (on track)
//   −½ step ≤ gap < 0         → a_surveiller        (behind by less than half a year)
//   gap < −½ step             → en_retard
//   no value, or no expected value for that year → non_calculable (never a division by 0).

#include <map>
#include <optional>
#include <string_view>

namespace pacte {

enum class IndicatorStatus {
  kEnAvance,
  kDansLaTrajectoire,
  kASurveiller,
  kEnRetard,
  kNonCalculable,
};

// "en_avance", "dans_la_trajectoire", "a_surveiller", "en_retard", "non_calculable".
std::string_view IndicatorStatusCode(IndicatorStatus s);
// "En avance", "Dans la trajectoire", "À surveiller", "En retard", "Non calculable".
std::string_view IndicatorStatusLabel(IndicatorStatus s);

// Fraction of a yearly step an indicator may lag before it is "en_retard".
inline constexpr double kAtRiskTolerance = 0.5;

struct TargetPath {
  std::optional<int> baseline_year;
  std::optional<double> baseline_value;
  std::map<int, double> targets;  // year → target
  bool higher_is_better = true;
};

// The expected value in `year` on the path (see above); nullopt before the first point or
// when the path has no point at all.
std::optional<double> ExpectedValue(const TargetPath& path, int year);

// The path's average yearly step (≥ 0); nullopt when the path has fewer than two points.
std::optional<double> YearlyStep(const TargetPath& path);

// The status of `value` measured (or computed) for `year`.
IndicatorStatus StatusAt(const TargetPath& path, int year, std::optional<double> value);

// The latest year with a value among `values` (year → value or nullopt), with that value.
struct LatestValue {
  int year = 0;
  double value = 0;
};
std::optional<LatestValue> Latest(const std::map<int, std::optional<double>>& values);

// The status of the indicator: StatusAt(the latest value); non_calculable without any value.
IndicatorStatus CurrentStatus(const TargetPath& path,
                              const std::map<int, std::optional<double>>& values);

}  // namespace pacte
