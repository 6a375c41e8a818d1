#include <gtest/gtest.h>

#include "app/offer_figures/offer_figures.hpp"

namespace pacte::app {
namespace {

ActionFill Fill(const char* objective, std::optional<std::int64_t> territory, const char* name,
                std::int64_t places, std::int64_t used) {
  ActionFill a;
  if (*objective) a.objective = objective;
  a.territory_id = territory;
  a.territory_name = name;
  a.places = places;
  a.used = used;
  return a;
}

TEST(GroupFills, SumsPlacesPerObjectiveTerritoryAndTotal) {
  OfferFigures f;
  f.actions = {Fill("lever_freins_sociaux", 1, "Ouest", 10, 5),
               Fill("lever_freins_sociaux", 2, "Est", 10, 10),
               Fill("acceder_emploi", std::nullopt, "", 0, 0), Fill("", 1, "Ouest", 4, 1)};
  GroupFills(f);
  ASSERT_EQ(f.by_objective.size(), 7u);  // six objectives, then "Sans objectif"
  EXPECT_EQ(f.by_objective[0].code, "lever_freins_sociaux");
  EXPECT_EQ(f.by_objective[0].actions, 2);
  EXPECT_DOUBLE_EQ(*f.by_objective[0].rate, 0.75);
  EXPECT_EQ(f.by_objective[5].code, "acceder_emploi");
  EXPECT_FALSE(f.by_objective[5].rate);  // no place offered
  EXPECT_EQ(f.by_objective[6].label, "Sans objectif");
  ASSERT_EQ(f.by_territory.size(), 3u);  // by name, then "Sans territoire"
  EXPECT_EQ(f.by_territory[0].label, "Est");
  EXPECT_EQ(f.by_territory[1].label, "Ouest");
  EXPECT_EQ(f.by_territory[1].places, 14);
  EXPECT_EQ(f.by_territory[2].label, "Sans territoire");
  EXPECT_EQ(f.total.places, 24);
  EXPECT_EQ(f.total.used, 16);
  EXPECT_NEAR(*f.total.rate, 16.0 / 24, 1e-9);
}

TEST(PrescriptionStatusLabel, IsFrench) {
  EXPECT_EQ(PrescriptionStatusLabel("en_attente"), "En attente");
  EXPECT_EQ(PrescriptionStatusLabel("refusee"), "Refusée");
  EXPECT_EQ(PrescriptionStatusLabel("inconnu"), "inconnu");
}

}  // namespace
}  // namespace pacte::app
