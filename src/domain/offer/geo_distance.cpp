#include "domain/offer/geo_distance.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pacte {
namespace {

double Radians(double degrees) { return degrees * std::numbers::pi / 180.0; }

}  // namespace

double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  const double dlat = Radians(lat2 - lat1);
  const double dlon = Radians(lon2 - lon1);
  const double a = std::pow(std::sin(dlat / 2), 2) +
                   std::cos(Radians(lat1)) * std::cos(Radians(lat2)) * std::pow(std::sin(dlon / 2), 2);
  return 2 * kEarthRadiusKm * std::asin(std::sqrt(std::min(1.0, a)));
}

}  // namespace pacte
