#include "domain/needs/needs_offer.hpp"

#include <gtest/gtest.h>

#include "domain/needs/theme_mapping.hpp"

namespace pacte::needs {
namespace {

constexpr auto kLogement = BarrierTheme::kLogement;
constexpr auto kMobilite = BarrierTheme::kMobilite;
constexpr auto kFort = BarrierImpact::kFort;
constexpr auto kMoyen = BarrierImpact::kMoyen;

// Territory 1: communes A and B; territory 2: commune C.
Geography Geo() { return Geography{{{"A0001", 1}, {"B0001", 1}, {"C0001", 2}}}; }

PersonNeed Person(std::string commune, std::int64_t territory,
                  std::vector<std::pair<BarrierTheme, BarrierImpact>> barriers) {
  return PersonNeed{std::move(commune), territory, std::move(barriers)};
}

OfferedAction Action(std::int64_t id, long long places, long long used) {
  OfferedAction a;
  a.id = id;
  a.places = places;
  a.used = used;
  a.themes = {kLogement};
  return a;
}

const ThemeFigures& Logement(const AreaFigures& f) { return f.at(ThemeIndex(kLogement)); }

TEST(GapIndex, IsTheUnmetShareOfTheNeedBoundedToZeroAndOne) {
  EXPECT_DOUBLE_EQ(*GapIndex(10, 0), 1.0);
  EXPECT_DOUBLE_EQ(*GapIndex(10, 4), 0.6);
  EXPECT_DOUBLE_EQ(*GapIndex(10, 10), 0.0);
  EXPECT_DOUBLE_EQ(*GapIndex(10, 25), 0.0);
  EXPECT_DOUBLE_EQ(*GapIndex(0, 3), 0.0);    // places and nobody in need
  EXPECT_FALSE(GapIndex(0, 0).has_value());  // neither: non calculable
}

TEST(ThemeMapping, BarrierCodesThematiquesAndObjectives) {
  EXPECT_EQ(ThemesOfAction({"logement"}, {}, ""), std::vector<BarrierTheme>{kLogement});
  EXPECT_EQ(ThemesOfAction({}, {"mobilite--louer-un-vehicule"}, "lever_freins_sociaux"),
            std::vector<BarrierTheme>{kMobilite});
  EXPECT_EQ(ThemesOfAction({}, {"lecture-ecriture-calcul--x"}, ""),
            std::vector<BarrierTheme>{BarrierTheme::kMaitriseLangue});
  EXPECT_EQ(ThemesOfAction({}, {}, "acceder_qualification"),
            std::vector<BarrierTheme>{BarrierTheme::kFormation});
  EXPECT_EQ(ThemesOfAction({}, {}, "acceder_emploi"),
            std::vector<BarrierTheme>{BarrierTheme::kEmploi});
  EXPECT_TRUE(ThemesOfAction({}, {"remobilisation--x"}, "se_remobiliser").empty());
  EXPECT_TRUE(ThemesOfAction({"inconnu"}, {}, "lever_freins_sociaux").empty());
  // Each theme once, in the themes' order.
  EXPECT_EQ(ThemesOfAction({"mobilite", "logement"}, {"logement-hebergement--x"}, ""),
            (std::vector<BarrierTheme>{kLogement, kMobilite}));
}

TEST(AreaOf, ZonesThenPlaceThenWholeDepartement) {
  auto a = Action(1, 10, 0);
  a.commune_code = "A0001";
  EXPECT_EQ(AreaOf(a, Geo()), std::vector<std::string>{"A0001"});
  a.zone_territories = {1};  // zones win over the place
  a.zone_communes = {"C0001"};
  EXPECT_EQ(AreaOf(a, Geo()), (std::vector<std::string>{"A0001", "B0001", "C0001"}));
  a.zone_territories.clear();
  EXPECT_EQ(AreaOf(a, Geo()), std::vector<std::string>{"C0001"});
  a.zone_communes.clear();
  a.zone_departement = true;
  EXPECT_EQ(AreaOf(a, Geo()).size(), 3u);
  auto nowhere = Action(2, 10, 0);
  EXPECT_EQ(AreaOf(nowhere, Geo()).size(), 3u);  // no zone, no commune: the département
  nowhere.commune_code = "Z9999";                 // a commune outside the département
  EXPECT_TRUE(AreaOf(nowhere, Geo()).empty());
}

TEST(NeedsOffer, CountsPersonsOncePerThemeWithTheStrongerImpact) {
  NeedsOfferBuilder b(Geo());
  b.AddPerson(Person("A0001", 1, {{kLogement, kMoyen}, {kLogement, kFort}, {kMobilite, kMoyen}}));
  b.AddPerson(Person("B0001", 1, {{kLogement, kMoyen}}));
  b.AddPerson(Person("C0001", 2, {{kLogement, BarrierImpact::kSansImpact}}));
  b.AddPerson(PersonNeed{std::nullopt, std::nullopt, {{kLogement, kFort}}});
  auto r = b.Build();
  EXPECT_EQ(Logement(r.territories.at(1)).fort, 1);
  EXPECT_EQ(Logement(r.territories.at(1)).moyen, 1);
  EXPECT_EQ(r.territories.at(1).at(ThemeIndex(kMobilite)).moyen, 1);
  EXPECT_EQ(Logement(r.territories.at(2)).Need(), 0);
  EXPECT_EQ(Logement(r.communes.at("A0001")).fort, 1);
  EXPECT_EQ(Logement(r.without_territory).fort, 1);
  EXPECT_EQ(Logement(r.departement).Need(), 3);
  EXPECT_FALSE(Logement(r.territories.at(2)).Gap().has_value());  // no need, no place
}

TEST(NeedsOffer, DepartementWideActionIsSharedInProportionToNeed) {
  NeedsOfferBuilder b(Geo());
  for (int i = 0; i < 3; ++i) b.AddPerson(Person("A0001", 1, {{kLogement, kFort}}));
  b.AddPerson(Person("C0001", 2, {{kLogement, kMoyen}}));
  auto wide = Action(1, 20, 15);
  wide.zone_departement = true;
  b.AddAction(wide);
  auto local = Action(2, 4, 1);
  local.commune_code = "C0001";
  b.AddAction(local);
  auto r = b.Build();
  // 20 places: 3/4 to A (territory 1), 1/4 to C (territory 2), nothing to B (nobody in need).
  EXPECT_DOUBLE_EQ(Logement(r.communes.at("A0001")).places, 15.0);
  EXPECT_DOUBLE_EQ(Logement(r.communes.at("B0001")).places, 0.0);
  EXPECT_DOUBLE_EQ(Logement(r.territories.at(1)).places, 15.0);
  EXPECT_DOUBLE_EQ(Logement(r.territories.at(2)).places, 5.0 + 4.0);
  EXPECT_DOUBLE_EQ(Logement(r.departement).places, 24.0);
  // Fill rates over whole accessible actions: territory 1 sees the wide one (15/20), territory
  // 2 both (16/24).
  EXPECT_DOUBLE_EQ(*Logement(r.territories.at(1)).FillRate(), 0.75);
  EXPECT_DOUBLE_EQ(*Logement(r.territories.at(2)).FillRate(), 16.0 / 24.0);
  EXPECT_EQ(Logement(r.territories.at(2)).actions, 2);
  EXPECT_EQ(Logement(r.departement).actions, 2);
  // Gap: territory 1 has 3 in need and 15 places → 0; other themes untouched.
  EXPECT_DOUBLE_EQ(*Logement(r.territories.at(1)).Gap(), 0.0);
  EXPECT_EQ(r.territories.at(1).at(ThemeIndex(kMobilite)).accessible_places, 0);
}

TEST(NeedsOffer, SharesEquallyWhenNobodyInTheAreaIsInNeed) {
  NeedsOfferBuilder b(Geo());
  auto territory_action = Action(1, 9, 0);
  territory_action.zone_territories = {1};
  b.AddAction(territory_action);
  auto r = b.Build();
  EXPECT_DOUBLE_EQ(Logement(r.communes.at("A0001")).places, 4.5);
  EXPECT_DOUBLE_EQ(Logement(r.communes.at("B0001")).places, 4.5);
  EXPECT_DOUBLE_EQ(Logement(r.territories.at(1)).places, 9.0);
  EXPECT_DOUBLE_EQ(*Logement(r.territories.at(1)).Gap(), 0.0);
  EXPECT_EQ(Logement(r.territories.at(1)).actions, 1);  // counted once per territory
  EXPECT_DOUBLE_EQ(Logement(r.territories.at(2)).places, 0.0);
  EXPECT_FALSE(Logement(r.territories.at(1)).FillRate() == std::nullopt);
}

TEST(NeedsOffer, GapOfATerritoryWithNeedAndTooFewPlaces) {
  NeedsOfferBuilder b(Geo());
  for (int i = 0; i < 8; ++i) b.AddPerson(Person("C0001", 2, {{kMobilite, kFort}}));
  auto a = Action(1, 2, 2);
  a.themes = {kMobilite};
  a.zone_communes = {"C0001"};
  b.AddAction(a);
  auto r = b.Build();
  const auto& m = r.territories.at(2).at(ThemeIndex(kMobilite));
  EXPECT_DOUBLE_EQ(*m.Gap(), 0.75);
  EXPECT_DOUBLE_EQ(*m.FillRate(), 1.0);
  const auto& none = r.territories.at(1).at(ThemeIndex(kMobilite));
  EXPECT_FALSE(none.FillRate().has_value());  // no place offered: no rate
}

}  // namespace
}  // namespace pacte::needs
