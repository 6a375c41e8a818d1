// The catalogue search (SearchActions) on SQLite and PostgreSQL: every filter, the ranking,
// pagination, free places and the per-commune counts.

#include "storage/catalogue_search_fixture.hpp"

namespace pacte::testing {
namespace {

class CatalogueSearchTest : public CatalogueSearchWorld {};

TEST_F(CatalogueSearchTest, WordsAreAllRequiredAccentAndCaseInsensitive) {
  Action({.name = "Atelier mobilité", .description = "Préparer le code de la route."});
  Action({.name = "Café emploi", .description = "Rencontrer des employeurs du quartier."});
  EXPECT_EQ(Names({.q = "MOBILITE route"}), Found{"Atelier mobilité"});
  EXPECT_EQ(Names({.q = "employeurs café"}), Found{"Café emploi"});
  EXPECT_TRUE(Names({.q = "mobilité employeurs"}).empty());
  EXPECT_EQ(Names({.q = "100%"}).size(), 0u);  // % is a character, not a wildcard
  EXPECT_EQ(Names({}).size(), 2u);
}

TEST_F(CatalogueSearchTest, OnlyPublishedActionsAreFound) {
  Action({.name = "Publiée"});
  Action({.name = "Brouillon", .status = "brouillon"});
  Action({.name = "Archivée", .status = "archivee"});
  EXPECT_EQ(Names({}), Found{"Publiée"});
}

TEST_F(CatalogueSearchTest, FiltersByObjectiveThematiqueCodeOrCategoryPublicAndMode) {
  Action({.name = "Permis", .objective = "lever_freins_sociaux"});
  Action({.name = "Logement", .objective = "lever_freins_sociaux",
          .thematiques = {"logement-hebergement--louer-un-logement"},
          .publics = {"tous-publics"}, .modes_accueil = {"a-distance"}});
  Action({.name = "Emploi", .objective = "acceder_emploi", .thematiques = {}});
  EXPECT_EQ(Names({.objective = "acceder_emploi"}), Found{"Emploi"});
  EXPECT_EQ(Names({.thematique = "mobilite--preparer-un-permis"}), Found{"Permis"});
  EXPECT_EQ(Names({.thematique = "logement-hebergement"}), Found{"Logement"});
  EXPECT_TRUE(Names({.thematique = "logement-hebergement--changer-de-logement"}).empty());
  // A public matches its own code or tous-publics.
  EXPECT_EQ(Names({.public_code = "beneficiaires-des-minimas-sociaux"}),
            (Found{"Emploi", "Logement", "Permis"}));
  EXPECT_EQ(Names({.public_code = "jeunes"}), Found{"Logement"});
  EXPECT_EQ(Names({.mode = "a-distance"}), Found{"Logement"});
  EXPECT_EQ(Names({.mode = "en-presentiel"}), (Found{"Emploi", "Permis"}));
}

TEST_F(CatalogueSearchTest, BarrierMatchesABarrierRowOrAThematiqueOfItsCategories) {
  Action({.name = "Par frein", .thematiques = {}, .barriers = {"logement"}});
  Action({.name = "Par thématique", .thematiques = {"logement-hebergement--louer-un-logement"},
          .barriers = {}});
  Action({.name = "Autre", .thematiques = {"numerique--acceder-a-des-services-en-ligne"},
          .barriers = {"numerique"}});
  EXPECT_EQ(Names({.barriers = {"logement"}}), (Found{"Par frein", "Par thématique"}));
  // Several barriers: any of them.
  EXPECT_EQ(Names({.barriers = {"logement", "numerique"}}).size(), 3u);
  EXPECT_TRUE(Names({.barriers = {"sante"}}).empty());
}

TEST_F(CatalogueSearchTest, RanksByBarriersAddressedAndWordsInTheNameThenByName) {
  Action({.name = "B mobilité", .thematiques = {}, .barriers = {"mobilite"}});
  Action({.name = "A mobilité", .thematiques = {}, .barriers = {"mobilite"}});
  Action({.name = "Z logement et mobilité", .thematiques = {},
          .barriers = {"mobilite", "logement"}});
  EXPECT_EQ(Names({.barriers = {"logement", "mobilite"}}),
            (Found{"Z logement et mobilité", "A mobilité", "B mobilité"}));
  auto r = Search({.barriers = {"logement", "mobilite"}});
  EXPECT_EQ(r.page.items[0].relevance, 2);
  EXPECT_EQ(r.page.items[1].relevance, 1);
  // A word in the name ranks before a word found in the description only.
  Action({.name = "Y atelier", .description = "Des ateliers de code.", .barriers = {}});
  Action({.name = "C rencontre", .description = "Un atelier de code collectif.", .barriers = {}});
  EXPECT_EQ(Names({.q = "atelier code"}), (Found{"Y atelier", "C rencontre"}));
}

TEST_F(CatalogueSearchTest, CommuneMustBeInTheEligibilityZone) {
  Action({.name = "Tout le département"});
  Action({.name = "Nanterre seule", .zone_communes = {"92050"}});
  Action({.name = "Antony seule", .zone_communes = {"92002"}});
  auto territory = Action({.name = "Territoire T2"});
  Sql("INSERT INTO action_codes (action_id, list, code) VALUES ($1, 'zone_territory', $2)",
      {std::to_string(territory), std::to_string(t2)});
  auto dep = Action({.name = "Département 92"});
  Sql("INSERT INTO action_codes (action_id, list, code) VALUES ($1, 'zone_departement', '92')",
      {std::to_string(dep)});
  auto france = Action({.name = "France"});
  Sql("INSERT INTO action_codes (action_id, list, code) VALUES ($1, 'zone_france', 'france')",
      {std::to_string(france)});
  EXPECT_EQ(Names({.commune = "92050"}),
            (Found{"Département 92", "France", "Nanterre seule", "Tout le département"}));
  EXPECT_EQ(Names({.commune = "92012"}),
            (Found{"Département 92", "France", "Territoire T2", "Tout le département"}));
  EXPECT_EQ(Names({.commune = "92002"}).size(), 5u);  // Antony seule too
}

TEST_F(CatalogueSearchTest, RadiusFromTheCommuneCentroidToThePlaceOfTheAction) {
  Action({.name = "A Nanterre", .commune_code = "92050"});
  Action({.name = "B Boulogne", .commune_code = "92012"});
  Action({.name = "C Antony", .commune_code = "92002"});
  auto own = Action({.name = "D coordonnées propres", .commune_code = "92002"});
  // Its own coordinates (La Défense) win over its commune's centroid (Antony).
  Sql("UPDATE actions SET latitude = 48.8920, longitude = 2.2380 WHERE id = $1",
      {std::to_string(own)});
  auto nowhere = Action({.name = "E sans lieu", .commune_code = "99999"});
  (void)nowhere;
  EXPECT_EQ(Names({.commune = "92050", .radius_km = "3"}),
            (Found{"A Nanterre", "D coordonnées propres"}));
  EXPECT_EQ(Names({.commune = "92050", .radius_km = "10"}),
            (Found{"A Nanterre", "B Boulogne", "D coordonnées propres"}));
  EXPECT_EQ(Names({.commune = "92050", .radius_km = "17,5"}).size(), 4u);
  EXPECT_EQ(Names({.commune = "92050"}).size(), 5u);
}

TEST_F(CatalogueSearchTest, WeeklyHoursOfTheActionOrElseOfARunningSession) {
  auto own = Action({.name = "Propres 20 h"});
  Sql("UPDATE actions SET weekly_hours = 20 WHERE id = $1", {std::to_string(own)});
  auto sessions = Action({.name = "Sessions 12 h"});
  CreateTestSession(db.store(), clock, sessions, {.weekly_hours = 12});
  auto ended = Action({.name = "Session finie 8 h"});
  CreateTestSession(db.store(), clock, ended,
                    {.starts_on = "2025-01-06", .ends_on = "2025-03-28", .weekly_hours = 8});
  EXPECT_EQ(Names({.weekly_hours_min = "15"}), Found{"Propres 20 h"});
  EXPECT_EQ(Names({.weekly_hours_min = "10", .weekly_hours_max = "15"}), Found{"Sessions 12 h"});
  EXPECT_TRUE(Names({.weekly_hours_max = "9"}).empty());
}

TEST_F(CatalogueSearchTest, FreePlacesInSessionsStartingInTheRange) {
  auto full = Action({.name = "Complète"});
  auto s_full = CreateTestSession(db.store(), clock, full, {.places = 1});
  CreateTestPrescription(db.store(), clock, {.person_id = person, .action_id = full,
                                             .session_id = s_full, .status = "acceptee"});
  auto open = Action({.name = "Ouverte"});
  auto s_open = CreateTestSession(db.store(), clock, open, {.places = 3});
  CreateTestPrescription(db.store(), clock, {.person_id = person, .action_id = open,
                                             .session_id = s_open, .status = "entree"});
  // A pending or refused prescription takes no place.
  CreateTestPrescription(db.store(), clock, {.person_id = person, .action_id = open,
                                             .session_id = s_open, .status = "en_attente"});
  auto cancelled = Action({.name = "Annulée"});
  auto s_cancel = CreateTestSession(db.store(), clock, cancelled);
  Sql("UPDATE action_sessions SET cancelled = TRUE WHERE id = $1", {std::to_string(s_cancel)});
  auto later = Action({.name = "En 2027"});
  CreateTestSession(db.store(), clock, later,
                    {.starts_on = "2027-03-01", .ends_on = "2027-06-30"});
  Action({.name = "Sans session"});
  EXPECT_EQ(Names({.has_places = "true"}), (Found{"En 2027", "Ouverte"}));
  EXPECT_EQ(Names({.has_places = "true", .to = "2026-12-31"}), Found{"Ouverte"});
  EXPECT_EQ(Names({.from = "2027-01-01"}), Found{"En 2027"});
  EXPECT_EQ(Names({.from = "2026-11-01", .to = "2026-12-31"}), (Found{"Complète", "Ouverte"}));

  auto r = Search({.q = "ouverte"});
  ASSERT_EQ(r.page.items.size(), 1u);
  EXPECT_EQ(r.page.items[0].free_places, 2);
  EXPECT_EQ(r.page.items[0].open_sessions, 1);
  EXPECT_EQ(r.page.items[0].next_session_id, s_open);
  r = Search({.q = "complete"});
  EXPECT_EQ(r.page.items[0].free_places, 0);
  EXPECT_FALSE(r.page.items[0].next_session_id);
  r = Search({.q = "sans session"});
  EXPECT_FALSE(r.page.items[0].free_places);
}

TEST_F(CatalogueSearchTest, CapacityGivesTheFreePlacesOfAnActionWithoutSession) {
  auto a = Action({.name = "Permanence", .capacity = 5});
  CreateTestPrescription(db.store(), clock,
                         {.person_id = person, .action_id = a, .status = "acceptee"});
  auto r = Search({});
  ASSERT_EQ(r.page.items.size(), 1u);
  EXPECT_EQ(r.page.items[0].free_places, 4);
}

TEST_F(CatalogueSearchTest, PagesAreSortedByNameWithTheTotal) {
  for (const char* name : {"Delta", "alpha", "Charlie", "Bravo", "Écho"}) Action({.name = name});
  auto first = Search({}, {1, 2});
  EXPECT_EQ(first.page.total, 5);
  ASSERT_EQ(first.page.items.size(), 2u);
  EXPECT_EQ(first.page.items[0].name, "alpha");
  EXPECT_EQ(first.page.items[1].name, "Bravo");
  auto last = Search({}, {3, 2});
  ASSERT_EQ(last.page.items.size(), 1u);
  EXPECT_EQ(last.page.items[0].name, "Écho");
}

TEST_F(CatalogueSearchTest, ItemsCarryTheirCodesOperatorAndPlace) {
  Action({.name = "Atelier", .barriers = {"mobilite", "numerique"}});
  auto r = Search({});
  ASSERT_EQ(r.page.items.size(), 1u);
  const auto& it = r.page.items[0];
  EXPECT_EQ(it.structure_id, org.structure_id);
  EXPECT_EQ(it.structure_name, "Structure de test");
  EXPECT_EQ(it.commune_name, "Nanterre");
  EXPECT_NEAR(*it.latitude, 48.8924, 1e-6);
  EXPECT_EQ(it.thematiques, std::vector<std::string>{"mobilite--preparer-un-permis"});
  EXPECT_EQ(it.barriers, (std::vector<std::string>{"mobilite", "numerique"}));
  EXPECT_EQ(it.modes_mobilisation, std::vector<std::string>{"telephoner"});
  EXPECT_TRUE(it.has_phone);
  EXPECT_TRUE(it.has_address);
}

TEST_F(CatalogueSearchTest, CountsEveryResultPerCommune) {
  Action({.name = "N1"});
  Action({.name = "N2"});
  Action({.name = "B1", .commune_code = "92012"});
  auto remote = Action({.name = "À distance"});
  Sql("UPDATE actions SET commune_code = NULL WHERE id = $1", {std::to_string(remote)});
  auto r = Search({}, {1, 1});
  ASSERT_EQ(r.communes.size(), 3u);
  EXPECT_EQ(r.communes[0].commune_name, "Boulogne-Billancourt");
  EXPECT_EQ(r.communes[0].actions, 1);
  EXPECT_EQ(r.communes[1].commune_code, "92050");
  EXPECT_EQ(r.communes[1].actions, 2);
  EXPECT_EQ(r.communes[2].commune_code, "");
}

TEST_F(CatalogueSearchTest, UnknownCommuneOrCentroidIsRefused) {
  auto r = app::SearchActions(db.store(), clock, referent, {.commune = "92999"}, {}, false);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  EXPECT_EQ(FieldMessage(r.error(), "commune"),
            "Commune inconnue : « 92999 » n'est pas un code INSEE du territoire.");
  Sql("UPDATE communes SET lat = NULL, lon = NULL WHERE insee_code = '92002'");
  r = app::SearchActions(db.store(), clock, referent, {.commune = "92002", .radius_km = "5"}, {},
                         false);
  ASSERT_FALSE(r);
  EXPECT_NE(FieldMessage(r.error(), "commune").find("distance ne peut pas"), std::string::npos);
}

TEST_F(CatalogueSearchTest, SignatoriesAndStatisticsReadersAreRefused) {
  auto signataire = Make("sign@cd92.fr", Role::kSignataire, other.structure_id);
  auto r = app::SearchActions(db.store(), clock, signataire, {}, {}, false);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
}

}  // namespace
}  // namespace pacte::testing
