#include "domain/beneficiary/rights.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pacte {
namespace {

Date D(const char* iso) { return *ParseIsoDate(iso); }

RightsState State(const char* etat, DdFlag flag = DdFlag::kYes,
                  std::optional<std::string> suspension = std::nullopt) {
  RightsState s;
  s.etatdosrsa = etat;
  s.dd_flag = flag;
  s.suspension_reason = std::move(suspension);
  return s;
}

RightsState Closed(const char* reason, const char* on) {
  RightsState s = State("5");
  s.closure_reason = reason;
  s.closure_date = D(on);
  return s;
}

// Applies observations in order; every one must succeed.
RightsHistory Build(const std::vector<std::pair<const char*, RightsState>>& observations) {
  RightsHistory history;
  for (const auto& [on, state] : observations) {
    auto applied = ApplyObservation(history, D(on), state);
    EXPECT_TRUE(applied) << on << ": " << applied.error().message;
    if (applied) history = applied->history;
  }
  EXPECT_TRUE(IsWellFormed(history));
  return history;
}

TEST(DdPopulation, IsTheFlagWithAnOpenAndPayableRight) {
  EXPECT_TRUE(IsInDdPopulation(State("2")));
  EXPECT_TRUE(IsInDdPopulation(State("2", DdFlag::kYes, "05")));
  for (const RightsState& out :
       {State("2", DdFlag::kNo), State("2", DdFlag::kUnknown), State("0"), State("1"), State("3"),
        State("4", DdFlag::kYes, "06"), State("5"), State("6"), State("Z"), State("7")}) {
    EXPECT_FALSE(IsInDdPopulation(out)) << out.etatdosrsa;
  }
}

TEST(ApplyObservation, StartsAnEmptyHistory) {
  auto applied = ApplyObservation({}, D("2025-02-01"), State("2"));
  ASSERT_TRUE(applied);
  EXPECT_EQ(applied->effect, ObservationEffect::kAppended);
  EXPECT_EQ(applied->history, (RightsHistory{{D("2025-02-01"), std::nullopt, State("2")}}));
}

TEST(ApplyObservation, ClosesTheCurrentRowAtTheObservationDate) {
  RightsHistory history{{D("2025-02-01"), std::nullopt, State("2")}};
  auto applied = ApplyObservation(history, D("2025-04-01"), State("4", DdFlag::kYes, "06"));
  ASSERT_TRUE(applied);
  EXPECT_EQ(applied->effect, ObservationEffect::kAppended);
  EXPECT_EQ(applied->history,
            (RightsHistory{{D("2025-02-01"), D("2025-04-01"), State("2")},
                           {D("2025-04-01"), std::nullopt, State("4", DdFlag::kYes, "06")}}));
  EXPECT_EQ(LastDayOf(applied->history[0]), D("2025-03-31"));
  EXPECT_EQ(LastDayOf(applied->history[1]), std::nullopt);
}

TEST(ApplyObservation, AnEqualStateChangesNothing) {
  RightsHistory history = Build({{"2025-02-01", State("2")}, {"2025-04-01", State("5")}});
  auto applied = ApplyObservation(history, D("2025-06-01"), State("5"));
  ASSERT_TRUE(applied);
  EXPECT_EQ(applied->effect, ObservationEffect::kUnchanged);
  EXPECT_EQ(applied->history, history);
}

TEST(ApplyObservation, AnyFieldChangeIsAChange) {
  RightsHistory history = Build({{"2025-02-01", State("2")}});
  RightsState homeless = State("2");
  homeless.homeless = true;
  auto applied = ApplyObservation(history, D("2025-03-01"), homeless);
  ASSERT_TRUE(applied);
  EXPECT_EQ(applied->effect, ObservationEffect::kAppended);
  EXPECT_EQ(applied->history.size(), 2u);
}

TEST(ApplyObservation, KeepsUnknownCodesAsReceived) {
  RightsHistory history =
      Build({{"2025-02-01", State("2")}, {"2025-03-01", State("9", DdFlag::kYes, "Q7")}});
  EXPECT_EQ(history.back().state.etatdosrsa, "9");
  EXPECT_EQ(history.back().state.suspension_reason, "Q7");
  EXPECT_EQ(EtatDosRsaLabel(history.back().state.etatdosrsa), "code inconnu");
}

TEST(ApplyObservation, ASameDayObservationCorrectsTheCurrentRow) {
  RightsHistory history =
      Build({{"2025-02-01", State("0", DdFlag::kUnknown)}, {"2025-03-01", State("2")}});
  auto applied = ApplyObservation(history, D("2025-03-01"), State("3"));
  ASSERT_TRUE(applied);
  EXPECT_EQ(applied->effect, ObservationEffect::kCorrected);
  EXPECT_EQ(applied->history,
            (RightsHistory{{D("2025-02-01"), D("2025-03-01"), State("0", DdFlag::kUnknown)},
                           {D("2025-03-01"), std::nullopt, State("3")}}));
}

TEST(ApplyObservation, ASameDayCorrectionBackToThePreviousStateMergesTheRows) {
  RightsHistory history = Build({{"2025-02-01", State("2")}, {"2025-03-01", State("4")}});
  auto applied = ApplyObservation(history, D("2025-03-01"), State("2"));
  ASSERT_TRUE(applied);
  EXPECT_EQ(applied->effect, ObservationEffect::kMerged);
  EXPECT_EQ(applied->history, (RightsHistory{{D("2025-02-01"), std::nullopt, State("2")}}));
}

TEST(ApplyObservation, RefusesAnOlderObservationThatContradictsTheHistory) {
  RightsHistory history = Build({{"2025-02-01", State("2")}, {"2025-04-01", State("5")}});
  for (const char* on : {"2025-03-31", "2025-02-01", "2025-01-15"}) {
    auto applied = ApplyObservation(history, D(on), State("4"));
    ASSERT_FALSE(applied) << on;
    EXPECT_EQ(applied.error().kind, ErrorKind::kConflict);
    EXPECT_EQ(applied.error().code, "rights.observation_out_of_order");
    ASSERT_EQ(applied.error().fields.size(), 1u);
    EXPECT_EQ(applied.error().fields[0].field, "valid_from");
  }
  auto applied = ApplyObservation(history, D("2025-03-31"), State("4"));
  EXPECT_EQ(applied.error().message,
            "La situation au 31/03/2025 est antérieure à la dernière situation connue (au "
            "01/04/2025) et la contredit : elle n'est pas enregistrée.");
}

TEST(ApplyObservation, AnOlderObservationThatAgreesChangesNothing) {
  RightsHistory history = Build({{"2025-02-01", State("2")}, {"2025-04-01", State("5")}});
  auto applied = ApplyObservation(history, D("2025-03-01"), State("2"));
  ASSERT_TRUE(applied);
  EXPECT_EQ(applied->effect, ObservationEffect::kUnchanged);
  EXPECT_EQ(applied->history, history);
}

TEST(ApplyObservation, RefusesAnInconsistentHistory) {
  RightsHistory gap{{D("2025-02-01"), D("2025-03-01"), State("2")},
                    {D("2025-03-15"), std::nullopt, State("5")}};
  auto applied = ApplyObservation(gap, D("2025-05-01"), State("2"));
  ASSERT_FALSE(applied);
  EXPECT_EQ(applied.error().code, "rights.history_inconsistent");
  EXPECT_EQ(applied.error().kind, ErrorKind::kConflict);
}

TEST(IsWellFormed, RequiresContiguousRowsAndAnOpenLastRow) {
  EXPECT_TRUE(IsWellFormed({}));
  EXPECT_TRUE(IsWellFormed({{D("2025-02-01"), std::nullopt, State("2")}}));
  EXPECT_TRUE(IsWellFormed({{D("2025-02-01"), D("2025-03-01"), State("2")},
                            {D("2025-03-01"), std::nullopt, State("5")}}));
  EXPECT_FALSE(IsWellFormed({{D("2025-02-01"), D("2025-03-01"), State("2")}}));
  EXPECT_FALSE(IsWellFormed({{D("2025-02-01"), D("2025-03-01"), State("2")},
                             {D("2025-03-02"), std::nullopt, State("5")}}));
  EXPECT_FALSE(IsWellFormed({{D("2025-02-01"), D("2025-03-01"), State("2")},
                             {D("2025-02-15"), std::nullopt, State("5")}}));
  EXPECT_FALSE(IsWellFormed({{D("2025-02-01"), D("2025-02-01"), State("2")},
                             {D("2025-02-01"), std::nullopt, State("5")}}));
  EXPECT_FALSE(IsWellFormed(
      {{D("2025-02-01"), std::nullopt, State("2")}, {D("2025-03-01"), std::nullopt, State("5")}}));
}

TEST(StateAsOf, AnswersOnBothSidesOfAChange) {
  RightsHistory history =
      Build({{"2025-02-01", State("2")}, {"2025-04-01", Closed("PCG", "2025-03-31")}});
  EXPECT_EQ(StateAsOf(history, D("2025-01-31")), std::nullopt);
  EXPECT_EQ(StateAsOf(history, D("2025-02-01")), State("2"));
  EXPECT_EQ(StateAsOf(history, D("2025-03-31")), State("2"));
  EXPECT_EQ(StateAsOf(history, D("2025-04-01")), Closed("PCG", "2025-03-31"));
  EXPECT_EQ(StateAsOf(history, D("2030-01-01")), Closed("PCG", "2025-03-31"));
  EXPECT_EQ(StateAsOf({}, D("2025-04-01")), std::nullopt);
  EXPECT_TRUE(IsInDdPopulationAsOf(history, D("2025-03-31")));
  EXPECT_FALSE(IsInDdPopulationAsOf(history, D("2025-04-01")));
  EXPECT_FALSE(IsInDdPopulationAsOf(history, D("2025-01-31")));
}

// Pending, open, payment suspended, open again, closed, reopened.
RightsHistory Eventful() {
  return Build({
      {"2025-01-01", State("0", DdFlag::kUnknown)},
      {"2025-02-01", State("2")},
      {"2025-04-01", State("4", DdFlag::kYes, "06")},
      {"2025-05-01", State("2")},
      {"2025-08-01", Closed("ECH", "2025-07-31")},
      {"2025-11-01", State("2")},
  });
}

TEST(DdPeriods, FollowTheStatisticsDefinitionByDefault) {
  EXPECT_EQ(DdPeriods(Eventful()), (std::vector<DdPeriod>{
                                       {D("2025-02-01"), D("2025-04-01")},
                                       {D("2025-05-01"), D("2025-08-01")},
                                       {D("2025-11-01"), std::nullopt},
                                   }));
}

TEST(DdPeriods, CanRunThroughASuspension) {
  EXPECT_EQ(DdPeriods(Eventful(), SuspensionEffect::kKeepsPeriod),
            (std::vector<DdPeriod>{
                {D("2025-02-01"), D("2025-08-01")},
                {D("2025-11-01"), std::nullopt},
            }));
}

TEST(DdPeriods, ASuspensionNeverStartsAPeriod) {
  RightsHistory history = Build({{"2025-01-01", State("3")}, {"2025-03-01", State("2")}});
  for (auto effect : {SuspensionEffect::kEndsPeriod, SuspensionEffect::kKeepsPeriod}) {
    EXPECT_EQ(DdPeriods(history, effect), (std::vector<DdPeriod>{{D("2025-03-01"), std::nullopt}}));
  }
}

TEST(DdPeriods, EndWhenTheFlagIsLostEvenDuringASuspension) {
  RightsHistory history = Build({{"2025-01-01", State("2")},
                                 {"2025-03-01", State("4", DdFlag::kYes, "01")},
                                 {"2025-04-01", State("4", DdFlag::kNo, "01")},
                                 {"2025-06-01", State("2", DdFlag::kNo)},
                                 {"2025-09-01", State("2")}});
  EXPECT_EQ(
      DdPeriods(history, SuspensionEffect::kKeepsPeriod),
      (std::vector<DdPeriod>{{D("2025-01-01"), D("2025-04-01")}, {D("2025-09-01"), std::nullopt}}));
  EXPECT_EQ(DdPeriods(history), (std::vector<DdPeriod>{{D("2025-01-01"), D("2025-03-01")},
                                                       {D("2025-09-01"), std::nullopt}}));
}

TEST(DdPeriods, MergeConsecutiveRowsThatAreAllInDd) {
  RightsState homeless = State("2");
  homeless.homeless = true;
  RightsHistory history = Build({{"2025-01-01", State("2")},
                                 {"2025-02-01", State("2", DdFlag::kYes, "05")},
                                 {"2025-03-01", homeless}});
  EXPECT_EQ(DdPeriods(history), (std::vector<DdPeriod>{{D("2025-01-01"), std::nullopt}}));
}

TEST(DdPeriods, AGapBetweenRowsEndsAPeriod) {
  RightsHistory gap{{D("2025-01-01"), D("2025-03-01"), State("2")},
                    {D("2025-05-01"), D("2025-06-01"), State("2")}};
  EXPECT_EQ(DdPeriods(gap), (std::vector<DdPeriod>{{D("2025-01-01"), D("2025-03-01")},
                                                   {D("2025-05-01"), D("2025-06-01")}}));
  EXPECT_TRUE(DdPeriods({}).empty());
}

TEST(DdSince, IsTheStartOfThePeriodContainingTheDate) {
  RightsHistory history = Eventful();
  struct Case {
    const char* on;
    std::optional<Date> strict;
    std::optional<Date> through_suspension;
  };
  for (const Case& c : std::vector<Case>{
           {"2025-01-15", std::nullopt, std::nullopt},
           {"2025-02-01", D("2025-02-01"), D("2025-02-01")},
           {"2025-03-31", D("2025-02-01"), D("2025-02-01")},
           {"2025-04-01", std::nullopt, D("2025-02-01")},
           {"2025-04-30", std::nullopt, D("2025-02-01")},
           {"2025-05-01", D("2025-05-01"), D("2025-02-01")},
           {"2025-07-31", D("2025-05-01"), D("2025-02-01")},
           {"2025-08-01", std::nullopt, std::nullopt},
           {"2025-10-31", std::nullopt, std::nullopt},
           {"2025-11-01", D("2025-11-01"), D("2025-11-01")},
           {"2031-01-01", D("2025-11-01"), D("2025-11-01")},
       }) {
    EXPECT_EQ(DdSince(history, D(c.on)), c.strict) << c.on;
    EXPECT_EQ(DdSince(history, D(c.on), SuspensionEffect::kKeepsPeriod), c.through_suspension)
        << c.on;
  }
}

}  // namespace
}  // namespace pacte
