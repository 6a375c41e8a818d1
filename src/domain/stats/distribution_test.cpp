#include "domain/stats/distribution.hpp"

#include <gtest/gtest.h>

namespace pacte::stats {
namespace {

TEST(Distribution, EmptySetHasNoStatistic) {
  auto s = Summarize({});
  EXPECT_EQ(s.count, 0);
  EXPECT_FALSE(s.mean);
  EXPECT_FALSE(s.median);
  EXPECT_FALSE(s.p90);
}

TEST(Distribution, OddCountMedianIsTheMiddleValue) {
  auto s = Summarize({30, 10, 20});
  EXPECT_EQ(s.count, 3);
  EXPECT_DOUBLE_EQ(*s.mean, 20.0);
  EXPECT_DOUBLE_EQ(*s.median, 20.0);
  EXPECT_DOUBLE_EQ(*s.p90, 30.0);  // ceil(2.7) = 3rd
}

TEST(Distribution, EvenCountMedianIsTheMeanOfTheMiddleValues) {
  auto s = Summarize({1, 2, 3, 4, 5, 6, 7, 8, 9, 100});
  EXPECT_DOUBLE_EQ(*s.median, 5.5);
  EXPECT_DOUBLE_EQ(*s.mean, 14.5);
  EXPECT_DOUBLE_EQ(*s.p90, 9.0);  // ceil(9) = 9th smallest
}

TEST(Distribution, P90OfElevenValuesIsTheTenth) {
  auto s = Summarize({11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
  EXPECT_DOUBLE_EQ(*s.p90, 10.0);  // ceil(9.9) = 10th
}

TEST(Distribution, AccumulatorSummarisesWhatWasAdded) {
  DelayAccumulator acc;
  acc.Add(4);
  acc.Add(2);
  EXPECT_EQ(acc.Count(), 2);
  EXPECT_DOUBLE_EQ(*acc.Summary().median, 3.0);
  EXPECT_DOUBLE_EQ(*acc.Summary().p90, 4.0);
}

TEST(Distribution, SealedAccumulatorKeepsItsSummary) {
  DelayAccumulator acc;
  acc.Add(10);
  acc.Add(30);
  acc.Seal();
  acc.Add(1000);  // ignored
  EXPECT_EQ(acc.Count(), 2);
  EXPECT_DOUBLE_EQ(*acc.Summary().mean, 20.0);
}

}  // namespace
}  // namespace pacte::stats
