#pragma once
// Centroids of commune boundaries, for map labels and distance sorting.

#include <optional>
#include <vector>

namespace pacte::io {

struct LonLat {
  double lon = 0;
  double lat = 0;
};

using Ring = std::vector<LonLat>;   // closed or not; the closing vertex may repeat the first
using Polygon = std::vector<Ring>;  // outer ring first, then holes
using MultiPolygon = std::vector<Polygon>;

// The area-weighted centroid of the surface (holes subtracted), computed in the plane of
// longitude/latitude: at the scale of a commune the distortion is negligible. Falls back to
// the mean of the vertices when the surface has no area; nullopt when there is no vertex.
std::optional<LonLat> Centroid(const MultiPolygon& shape);

}  // namespace pacte::io
