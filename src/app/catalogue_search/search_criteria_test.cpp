#include <gtest/gtest.h>

#include "app/catalogue_search/search_actions.hpp"

namespace pacte::app {
namespace {

const Date kToday = *ParseIsoDate("2026-06-01");

std::string MessageOf(const Error& e, const std::string& field) {
  for (const auto& f : e.fields) {
    if (f.field == field) return f.message;
  }
  return "";
}

Error Refused(const ActionSearchCriteria& c) {
  auto r = ReadActionSearch(c, kToday);
  EXPECT_FALSE(r.has_value());
  return r ? Error{} : r.error();
}

TEST(ReadActionSearch, FoldsWordsAndKeepsValidCodes) {
  ActionSearchCriteria c;
  c.q = "  Atelier  MOBILITÉ ";
  c.objective = "lever_freins_sociaux";
  c.thematique = "mobilite";
  c.barriers = {"logement", "mobilite", "logement"};
  c.public_code = "tous-publics";
  c.mode = "a-distance";
  c.weekly_hours_min = "6";
  c.weekly_hours_max = "20,5";
  auto q = ReadActionSearch(c, kToday);
  ASSERT_TRUE(q) << q.error().message;
  EXPECT_EQ(q->words, (std::vector<std::string>{"atelier", "mobilite"}));
  EXPECT_EQ(q->objective, "lever_freins_sociaux");
  EXPECT_FALSE(q->thematique);
  EXPECT_EQ(q->thematique_category, "mobilite");
  EXPECT_EQ(q->barriers, (std::vector<std::string>{"logement", "mobilite"}));
  ASSERT_EQ(q->barrier_categories.size(), 2u);
  EXPECT_FALSE(q->barrier_categories[0].empty());
  EXPECT_DOUBLE_EQ(*q->weekly_hours_max, 20.5);
  EXPECT_FALSE(q->has_places);
  EXPECT_FALSE(q->from);
}

TEST(ReadActionSearch, AThematiqueCodeIsKeptAsACode) {
  ActionSearchCriteria c;
  c.thematique = "mobilite--preparer-un-permis";
  auto q = ReadActionSearch(c, kToday);
  ASSERT_TRUE(q);
  EXPECT_EQ(q->thematique, "mobilite--preparer-un-permis");
  EXPECT_FALSE(q->thematique_category);
}

TEST(ReadActionSearch, PlacesAreSoughtFromTodayUnlessAStartIsGiven) {
  ActionSearchCriteria c;
  c.has_places = "true";
  auto q = ReadActionSearch(c, kToday);
  ASSERT_TRUE(q);
  EXPECT_TRUE(q->has_places);
  EXPECT_EQ(q->from, kToday);
  c.from = "2026-09-01";
  c.to = "2026-12-31";
  q = ReadActionSearch(c, kToday);
  ASSERT_TRUE(q);
  EXPECT_EQ(q->from, ParseIsoDate("2026-09-01"));
  EXPECT_EQ(q->to, ParseIsoDate("2026-12-31"));
}

TEST(ReadActionSearch, RefusesEachBadParameterWithAFrenchMessage) {
  ActionSearchCriteria c;
  c.objective = "lever_freins";
  c.thematique = "cuisine";
  c.barriers = {"logement", "solitude"};
  c.public_code = "retraites";
  c.mode = "hybride";
  c.weekly_hours_min = "beaucoup";
  c.weekly_hours_max = "200";
  c.has_places = "peut-etre";
  c.from = "2026-13-01";
  c.to = "demain";
  c.radius_km = "-3";
  auto e = Refused(c);
  EXPECT_EQ(e.code, "catalogue.search_invalid");
  EXPECT_NE(MessageOf(e, "objective").find("Objectif inconnu"), std::string::npos);
  EXPECT_NE(MessageOf(e, "thematique").find("Thématique inconnue"), std::string::npos);
  EXPECT_NE(MessageOf(e, "barrier").find("« solitude »"), std::string::npos);
  EXPECT_NE(MessageOf(e, "public").find("Public inconnu"), std::string::npos);
  EXPECT_NE(MessageOf(e, "mode").find("en-presentiel ou a-distance"), std::string::npos);
  EXPECT_NE(MessageOf(e, "weekly_hours_min").find("entre 0 et 168"), std::string::npos);
  EXPECT_NE(MessageOf(e, "weekly_hours_max").find("entre 0 et 168"), std::string::npos);
  EXPECT_NE(MessageOf(e, "has_places").find("true ou false"), std::string::npos);
  EXPECT_NE(MessageOf(e, "from").find("AAAA-MM-JJ"), std::string::npos);
  EXPECT_NE(MessageOf(e, "to").find("AAAA-MM-JJ"), std::string::npos);
  EXPECT_NE(MessageOf(e, "radius_km").find("entre 0 et 200"), std::string::npos);
}

TEST(ReadActionSearch, RefusesInconsistentRanges) {
  ActionSearchCriteria c;
  c.weekly_hours_min = "20";
  c.weekly_hours_max = "10";
  c.from = "2026-09-01";
  c.to = "2026-08-01";
  auto e = Refused(c);
  EXPECT_EQ(MessageOf(e, "weekly_hours_max"),
            "Le maximum d'heures par semaine est inférieur au minimum.");
  EXPECT_EQ(MessageOf(e, "to"), "La fin de la période précède son début.");
}

TEST(ReadActionSearch, ADistanceNeedsACommune) {
  ActionSearchCriteria c;
  c.radius_km = "5";
  EXPECT_EQ(MessageOf(Refused(c), "radius_km"),
            "Une distance se compte depuis une commune : choisissez-la.");
  c.commune = "92050";
  auto q = ReadActionSearch(c, kToday);
  ASSERT_TRUE(q);
  EXPECT_DOUBLE_EQ(*q->radius_km, 5);
}

TEST(ReadActionSearch, RefusesTooManyWords) {
  ActionSearchCriteria c;
  c.q = "a b c d e f g h i j k";
  EXPECT_EQ(MessageOf(Refused(c), "q"), "Recherche trop longue : 10 mots au plus.");
  c.q = std::string(201, 'x');
  EXPECT_EQ(MessageOf(Refused(c), "q"), "Recherche trop longue : 200 caractères au plus.");
}

}  // namespace
}  // namespace pacte::app
