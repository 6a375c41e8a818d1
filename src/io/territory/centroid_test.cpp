#include "io/territory/centroid.hpp"

#include <algorithm>

#include <gtest/gtest.h>

namespace pacte::io {
namespace {

Ring Square(double x0, double y0, double side, bool clockwise = false) {
  Ring r{{x0, y0}, {x0 + side, y0}, {x0 + side, y0 + side}, {x0, y0 + side}, {x0, y0}};
  if (clockwise) std::reverse(r.begin(), r.end());
  return r;
}

TEST(Centroid, OfASquareIsItsCentre) {
  auto c = Centroid({{Square(2.0, 48.0, 1.0)}});
  ASSERT_TRUE(c);
  EXPECT_NEAR(c->lon, 2.5, 1e-12);
  EXPECT_NEAR(c->lat, 48.5, 1e-12);
}

TEST(Centroid, OrientationDoesNotMatter) {
  auto c = Centroid({{Square(2.0, 48.0, 1.0, true)}});
  ASSERT_TRUE(c);
  EXPECT_NEAR(c->lon, 2.5, 1e-12);
}

TEST(Centroid, WeighsPartsByArea) {
  // A 2×2 square at x∈[0,2] and a 1×1 square at x∈[10,11]: (4·1 + 1·10.5) / 5 = 2.9.
  auto c = Centroid({{Square(0, 0, 2)}, {Square(10, 0, 1)}});
  ASSERT_TRUE(c);
  EXPECT_NEAR(c->lon, 2.9, 1e-12);
}

TEST(Centroid, SubtractsHoles) {
  // 4×4 square with a 2×2 hole in its right half: centroid moves left of 2.
  Polygon p{Square(0, 0, 4), Square(2, 1, 2, true)};
  auto c = Centroid({p});
  ASSERT_TRUE(c);
  // (16·2 − 4·3) / 12 = 5/3
  EXPECT_NEAR(c->lon, 5.0 / 3.0, 1e-12);
  EXPECT_NEAR(c->lat, 2.0, 1e-12);
}

TEST(Centroid, DegenerateShapesFallBackToTheVertexMean) {
  Ring flat{{0, 0}, {1, 0}, {2, 0}};
  auto c = Centroid({{flat}});
  ASSERT_TRUE(c);
  EXPECT_NEAR(c->lon, 1.0, 1e-12);
  EXPECT_FALSE(Centroid({}));
}

}  // namespace
}  // namespace pacte::io
