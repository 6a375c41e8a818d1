#include "io/territory/centroid.hpp"

#include <cmath>

namespace pacte::io {
namespace {

struct Moments {
  double area = 0;  // signed
  double x = 0;     // area-weighted, relative to the origin
  double y = 0;
};

// Shoelace moments of a ring, relative to `origin` to keep precision.
Moments RingMoments(const Ring& ring, LonLat origin) {
  Moments m;
  if (ring.size() < 3) return m;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    const LonLat& a = ring[i];
    const LonLat& b = ring[(i + 1) % ring.size()];
    double ax = a.lon - origin.lon, ay = a.lat - origin.lat;
    double bx = b.lon - origin.lon, by = b.lat - origin.lat;
    double cross = ax * by - bx * ay;
    m.area += cross / 2;
    m.x += (ax + bx) * cross / 6;
    m.y += (ay + by) * cross / 6;
  }
  return m;
}

std::optional<LonLat> VertexMean(const MultiPolygon& shape) {
  double lon = 0, lat = 0;
  std::size_t n = 0;
  for (const auto& polygon : shape) {
    for (const auto& ring : polygon) {
      for (const auto& p : ring) {
        lon += p.lon;
        lat += p.lat;
        ++n;
      }
    }
  }
  if (n == 0) return std::nullopt;
  return LonLat{lon / static_cast<double>(n), lat / static_cast<double>(n)};
}

}  // namespace

std::optional<LonLat> Centroid(const MultiPolygon& shape) {
  auto mean = VertexMean(shape);
  if (!mean) return std::nullopt;
  double area = 0, x = 0, y = 0;
  for (const auto& polygon : shape) {
    for (std::size_t r = 0; r < polygon.size(); ++r) {
      Moments m = RingMoments(polygon[r], *mean);
      // Orientation varies between producers: outer rings add, holes subtract.
      double sign = (r == 0 ? 1.0 : -1.0) * (m.area < 0 ? -1.0 : 1.0);
      area += sign * m.area;
      x += sign * m.x;
      y += sign * m.y;
    }
  }
  if (std::abs(area) < 1e-15) return mean;
  return LonLat{mean->lon + x / area, mean->lat + y / area};
}

}  // namespace pacte::io
