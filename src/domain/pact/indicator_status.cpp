#include "domain/pact/indicator_status.hpp"

#include <cmath>
#include <vector>

namespace pacte {
namespace {

struct Point {
  int year;
  double value;
};

// Baseline then targets, by year (a target on the baseline's year replaces it).
std::vector<Point> Points(const TargetPath& path) {
  std::map<int, double> all;
  if (path.baseline_year && path.baseline_value) all[*path.baseline_year] = *path.baseline_value;
  for (const auto& [year, value] : path.targets) all[year] = value;
  std::vector<Point> out;
  for (const auto& [year, value] : all) out.push_back({year, value});
  return out;
}

}  // namespace

std::string_view IndicatorStatusCode(IndicatorStatus s) {
  switch (s) {
    case IndicatorStatus::kEnAvance: return "en_avance";
    case IndicatorStatus::kDansLaTrajectoire: return "dans_la_trajectoire";
    case IndicatorStatus::kASurveiller: return "a_surveiller";
    case IndicatorStatus::kEnRetard: return "en_retard";
    case IndicatorStatus::kNonCalculable: return "non_calculable";
  }
  return "non_calculable";
}

std::string_view IndicatorStatusLabel(IndicatorStatus s) {
  switch (s) {
    case IndicatorStatus::kEnAvance: return "En avance";
    case IndicatorStatus::kDansLaTrajectoire: return "Dans la trajectoire";
    case IndicatorStatus::kASurveiller: return "À surveiller";
    case IndicatorStatus::kEnRetard: return "En retard";
    case IndicatorStatus::kNonCalculable: return "Non calculable";
  }
  return "Non calculable";
}

std::optional<double> ExpectedValue(const TargetPath& path, int year) {
  const auto points = Points(path);
  if (points.empty() || year < points.front().year) return std::nullopt;
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    const Point& a = points[i];
    const Point& b = points[i + 1];
    if (year >= a.year && year <= b.year) {
      const double t = static_cast<double>(year - a.year) / static_cast<double>(b.year - a.year);
      return a.value + t * (b.value - a.value);
    }
  }
  return points.back().value;
}

std::optional<double> YearlyStep(const TargetPath& path) {
  const auto points = Points(path);
  if (points.size() < 2) return std::nullopt;
  const double span = static_cast<double>(points.back().year - points.front().year);
  return std::fabs(points.back().value - points.front().value) / span;
}

IndicatorStatus StatusAt(const TargetPath& path, int year, std::optional<double> value) {
  if (!value || !std::isfinite(*value)) return IndicatorStatus::kNonCalculable;
  const auto expected = ExpectedValue(path, year);
  if (!expected) return IndicatorStatus::kNonCalculable;
  double gap = *value - *expected;
  if (!path.higher_is_better) gap = -gap;
  double step = YearlyStep(path).value_or(0.0);
  if (step == 0.0) step = 0.05 * std::fabs(*expected);
  if (step == 0.0) return gap >= 0 ? IndicatorStatus::kDansLaTrajectoire
                                   : IndicatorStatus::kEnRetard;
  if (gap >= step) return IndicatorStatus::kEnAvance;
  if (gap >= 0) return IndicatorStatus::kDansLaTrajectoire;
  if (gap >= -kAtRiskTolerance * step) return IndicatorStatus::kASurveiller;
  return IndicatorStatus::kEnRetard;
}

std::optional<LatestValue> Latest(const std::map<int, std::optional<double>>& values) {
  for (auto it = values.rbegin(); it != values.rend(); ++it) {
    if (it->second && std::isfinite(*it->second)) return LatestValue{it->first, *it->second};
  }
  return std::nullopt;
}

IndicatorStatus CurrentStatus(const TargetPath& path,
                              const std::map<int, std::optional<double>>& values) {
  const auto latest = Latest(values);
  if (!latest) return IndicatorStatus::kNonCalculable;
  return StatusAt(path, latest->year, latest->value);
}

}  // namespace pacte
