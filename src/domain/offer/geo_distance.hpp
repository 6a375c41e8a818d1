#pragma once
// Great-circle distance between two points given in degrees (WGS 84 latitude/longitude), as
// the catalogue search measures "within N km of a commune".

namespace pacte {

// Mean Earth radius used by every distance of pacte (km), also in the search SQL.
inline constexpr double kEarthRadiusKm = 6371.0;

// Haversine distance in kilometres; symmetric, 0 for the same point.
double HaversineKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace pacte
