#include "domain/stats/indicator_definitions.hpp"

#include <gtest/gtest.h>

#include "domain/stats/testing/dashboard_population.hpp"

namespace pacte::stats {
namespace {

using testing::D;
using testing::DashboardPopulation;

std::map<std::string, IndicatorFigure> At(const char* as_of,
                                          const std::vector<PersonFacts>& people) {
  IndicatorAccumulator acc(D(as_of));
  for (const auto& p : people) acc.Add(p);
  return acc.Finish();
}

TEST(IndicatorDefinitions, SharesDelaysAndCounts) {
  const auto v = At("2020-12-31", DashboardPopulation());
  // D&D at 2020-12-31: persons 1, 2, 3; oriented: 1, 2.
  EXPECT_EQ(v.at("dd_orientes_part").population, 3);
  EXPECT_NEAR(*v.at("dd_orientes_part").value, 66.6667, 1e-3);
  // Oriented in 2020 after their entry: person 1 only (45 days).
  EXPECT_EQ(v.at("delai_orientation_moyen").population, 1);
  EXPECT_DOUBLE_EQ(*v.at("delai_orientation_moyen").value, 45.0);
  EXPECT_DOUBLE_EQ(*v.at("delai_orientation_median").value, 45.0);
  // Of the 2 oriented: no valid contract at 2020-12-31; person 1 has a référent.
  EXPECT_DOUBLE_EQ(*v.at("contrat_valide_part").value, 0.0);
  EXPECT_DOUBLE_EQ(*v.at("referent_part").value, 50.0);
  EXPECT_DOUBLE_EQ(*v.at("entrees_actions_acceder_emploi").value, 1.0);
  EXPECT_DOUBLE_EQ(*v.at("entrees_actions_lever_freins_sociaux").value, 0.0);
  EXPECT_DOUBLE_EQ(*v.at("sorties_emploi").value, 1.0);  // person 5, 2020-02-01
  EXPECT_EQ(v.size(), PersonIndicatorCodes().size());
}

TEST(IndicatorDefinitions, EmptyPopulationIsNotCalculable) {
  const auto v = At("2020-12-31", {});
  for (const char* code : {"dd_orientes_part", "delai_orientation_moyen",
                           "delai_orientation_median", "contrat_valide_part", "referent_part"}) {
    EXPECT_FALSE(v.at(code).value) << code;
    EXPECT_EQ(v.at(code).note.rfind("non calculable : ", 0), 0u) << code;
  }
  EXPECT_DOUBLE_EQ(*v.at("sorties_emploi").value, 0.0);
}

TEST(IndicatorDefinitions, LastYearIsReproduced) {
  const auto v = At("2019-12-31", DashboardPopulation());
  // D&D at 2019-12-31: persons 2 and 5, both oriented; person 5 has a valid contract.
  EXPECT_DOUBLE_EQ(*v.at("dd_orientes_part").value, 100.0);
  EXPECT_DOUBLE_EQ(*v.at("contrat_valide_part").value, 50.0);
  // Oriented in 2019: person 2 (92 days) and person 5 (31 days).
  EXPECT_DOUBLE_EQ(*v.at("delai_orientation_moyen").value, 61.5);
  EXPECT_DOUBLE_EQ(*v.at("sorties_emploi").value, 0.0);
}

}  // namespace
}  // namespace pacte::stats
