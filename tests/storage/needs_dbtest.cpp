// Needs versus offer by territory, computed from the database (both SQLite and PostgreSQL):
// the latest diagnostic counts, `sans_impact` does not, a person out of D&D does not; places
// of the year by published actions, a département-wide action shared by need.

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <stdexcept>

#include "app/needs/needs_report.hpp"
#include "app/ports/needs_repository.hpp"
#include "app/ports/stats_facts_repository.hpp"
#include "app/ports/territory_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "support/offer_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/audit_test_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {
namespace {

constexpr std::size_t kLogement = 0;
constexpr std::size_t kFinanciere = 4;
constexpr std::size_t kMobilite = 5;
constexpr std::size_t kSante = 6;

class NeedsDbTest : public ::testing::Test {
 protected:
  void SetUp() override {
    org = CreateTestStructure(db.store(), clock, "Service social de test");
    ExecuteForTest(db.store(),
                   "INSERT INTO territories (departement_code, code, name, kind, created_at, "
                   "updated_at) VALUES ('92', 'T2', 'Territoire Sud', 'custom', $1, $2)",
                   {"2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z"});
    ExecuteForTest(db.store(),
                   "INSERT INTO communes (insee_code, departement_code, name, search_key, "
                   "territory_id, created_at, updated_at) SELECT '92012', '92', "
                   "'Boulogne-Billancourt', 'boulogne-billancourt', id, $1, $2 FROM territories "
                   "WHERE code = 'T2'",
                   {"2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z"});
    south = SouthId();
    const auto p1 = Person("Un", "92050", true);
    Diagnostic(p1, "2025-01-10", {{"logement", "fort"}, {"mobilite", "moyen"}});
    Diagnostic(p1, "2026-03-01", {{"logement", "moyen"}, {"mobilite", "sans_impact"}});
    Diagnostic(Person("Deux", "92050", true), "2026-02-01",
               {{"logement", "fort"}, {"sante", "fort"}});
    Diagnostic(Person("Trois", "92050", false), "2025-02-01", {{"logement", "fort"}});
    Diagnostic(Person("Quatre", "92012", true), "2025-06-01", {{"mobilite", "fort"}});
    Diagnostic(Person("Cinq", "92050", true), "2026-04-01", {{"mobilite", "fort"}});
    Actions(p1);
  }

  std::int64_t SouthId() {
    std::int64_t out = 0;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      out = uow.Territory().FindTerritoryByCode("92", "T2")->id;
      return true;
    });
    return out;
  }

  std::int64_t Person(const std::string& name, const std::string& commune, bool dd) {
    TestPersonSpec spec;
    spec.last_name = name;
    spec.commune_code = commune;
    if (dd) spec.dd_since = "2024-01-01";
    const auto id = CreateTestPerson(db.store(), clock, spec);
    ExecuteForTest(db.store(),
                   "UPDATE rights_history SET recorded_at = '2024-01-01T00:00:00Z' "
                   "WHERE person_id = $1",
                   {std::to_string(id)});
    return id;
  }

  void Diagnostic(std::int64_t person, const std::string& made_on,
                  const std::vector<std::pair<std::string, std::string>>& items) {
    ExecuteForTest(db.store(),
                   "INSERT INTO diagnostics (person_id, made_on, created_at, updated_at) VALUES "
                   "($1, $2, $3, $4)",
                   {std::to_string(person), made_on, made_on + "T10:00:00Z",
                    made_on + "T10:00:00Z"});
    for (const auto& [theme, impact] : items) {
      ExecuteForTest(db.store(),
                     "INSERT INTO diagnostic_items (diagnostic_id, theme, impact) SELECT "
                     "MAX(id), $2, $3 FROM diagnostics WHERE person_id = $1",
                     {std::to_string(person), theme, impact});
    }
  }

  std::int64_t Action(const std::string& name, const std::string& status,
                      const std::string& commune, const std::string& barrier,
                      const std::string& session_start, int places) {
    TestActionSpec spec;
    spec.name = name;
    spec.status = status;
    spec.commune_code = commune;
    spec.barriers = {barrier};
    spec.thematiques = {};
    const auto id = CreateTestAction(db.store(), clock, org.structure_id, spec);
    TestSessionSpec session;
    session.starts_on = session_start;
    session.ends_on = session_start;
    session.places = places;
    sessions[id] = CreateTestSession(db.store(), clock, id, session);
    return id;
  }

  void Actions(std::int64_t person) {
    const auto local = Action("Accès au logement", "publiee", "92050", "logement", "2026-03-01", 10);
    for (int i = 0; i < 2; ++i) {
      TestPrescriptionSpec p;
      p.person_id = person;
      p.action_id = local;
      p.session_id = sessions[local];
      p.status = "entree";
      p.prescribed_at = "2026-03-05T10:00:00Z";
      CreateTestPrescription(db.store(), clock, p);
    }
    const auto wide = Action("Permis solidaire", "publiee", "92050", "mobilite", "2026-05-01", 12);
    ExecuteForTest(db.store(),
                   "INSERT INTO action_codes (action_id, list, code) VALUES ($1, "
                   "'zone_departement', '92')",
                   {std::to_string(wide)});
    Action("Brouillon logement", "brouillon", "92012", "logement", "2026-03-01", 50);
    Action("Garage solidaire 2025", "archivee", "92012", "mobilite", "2025-03-01", 5);
  }

  app::NeedsReport Report(const std::string& date, std::optional<std::int64_t> territory = {}) {
    auto r = app::GetNeedsReport(db.store(), clock, settings, app::Actor::System("test"),
                                 {ParseIsoDate(date), territory});
    EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message);
    return *r;
  }

  const app::NeedsArea& Territory(const app::NeedsReport& r, std::int64_t id) {
    for (const auto& t : r.territories) {
      if (t.key == std::to_string(id)) return t;
    }
    throw std::runtime_error("territoire absent");
  }

  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-11-27T09:00:00Z")};
  app::Settings settings;
  TestOrganisation org;
  std::int64_t south = 0;
  std::map<std::int64_t, std::int64_t> sessions;
};

TEST_F(NeedsDbTest, CountsTheLatestDiagnosticOfDdPersonsAndThePlacesOfTheYear) {
  const auto r = Report("2026-11-27");
  ASSERT_EQ(r.territories.size(), 2u);
  EXPECT_EQ(r.territories[0].label, "Territoire de test");  // by name
  const auto& north = Territory(r, org.territory_id);
  // Logement: Deux (fort) and Un (moyen: their latest diagnostic); Trois is out of D&D.
  EXPECT_EQ(north.themes[kLogement].fort.value, 1);
  EXPECT_EQ(north.themes[kLogement].moyen.value, 1);
  EXPECT_EQ(north.themes[kLogement].need.value, 2);
  EXPECT_DOUBLE_EQ(north.themes[kLogement].places, 10.0);  // the draft offers nothing
  EXPECT_DOUBLE_EQ(*north.themes[kLogement].fill_rate, 0.2);
  EXPECT_DOUBLE_EQ(*north.themes[kLogement].gap, 0.0);
  EXPECT_EQ(north.themes[kSante].need.value, 1);
  EXPECT_DOUBLE_EQ(*north.themes[kSante].gap, 1.0);  // need and no place
  // Mobilité: Un's latest diagnostic says sans_impact; Cinq (north) and Quatre (south) share
  // the 12 places of the département-wide action; the 2025 session does not count in 2026.
  EXPECT_EQ(north.themes[kMobilite].need.value, 1);
  EXPECT_DOUBLE_EQ(north.themes[kMobilite].places, 6.0);
  const auto& sud = Territory(r, south);
  EXPECT_EQ(sud.themes[kMobilite].fort.value, 1);
  EXPECT_DOUBLE_EQ(sud.themes[kMobilite].places, 6.0);
  EXPECT_EQ(sud.themes[kMobilite].actions, 1);
  EXPECT_FALSE(sud.themes[kLogement].gap.has_value());  // neither need nor place
  EXPECT_FALSE(sud.themes[kLogement].gap_hidden);
  ASSERT_TRUE(r.departement.has_value());
  EXPECT_EQ(r.departement->themes[kLogement].need.value, 2);
  EXPECT_DOUBLE_EQ(r.departement->themes[kMobilite].places, 12.0);
  EXPECT_TRUE(r.communes.empty());
}

TEST_F(NeedsDbTest, ReproducesAPastYearAsKnownAtItsEnd) {
  const auto r = Report("2025-12-31");
  const auto& north = Territory(r, org.territory_id);
  EXPECT_EQ(north.themes[kLogement].fort.value, 1);  // Un's diagnostic of 2025
  EXPECT_EQ(north.themes[kLogement].moyen.value, 0);
  EXPECT_EQ(north.themes[kMobilite].moyen.value, 1);
  EXPECT_EQ(north.themes[kSante].need.value, 0);
  EXPECT_DOUBLE_EQ(north.themes[kLogement].places, 0.0);
  const auto& sud = Territory(r, south);
  EXPECT_EQ(sud.themes[kMobilite].need.value, 1);
  EXPECT_DOUBLE_EQ(sud.themes[kMobilite].places, 5.0);  // the archived action's 2025 session
}

TEST_F(NeedsDbTest, DrillsDownToTheCommunesOfATerritory) {
  const auto r = Report("2026-11-27", south);
  ASSERT_EQ(r.communes.size(), 1u);
  EXPECT_EQ(r.communes[0].label, "Boulogne-Billancourt");
  EXPECT_EQ(r.communes[0].themes[kMobilite].need.value, 1);
  EXPECT_DOUBLE_EQ(r.communes[0].themes[kMobilite].places, 6.0);
  ASSERT_TRUE(r.territory.has_value());
  EXPECT_EQ(r.territory->label, "Territoire Sud");
}

// The needs read a narrower population than the facts stream, for speed: it must be the same
// D&D population (same rights rows as known at the date, same commune and territory).
TEST_F(NeedsDbTest, ReadsTheSameDdPopulationAsTheStatisticsFacts) {
  const auto six = Person("Six", "92050", true);
  Diagnostic(six, "2025-03-01", {{"logement", "fort"}});
  ExecuteForTest(db.store(),
                 "INSERT INTO rights_history (household_id, person_id, valid_from, etatdosrsa, "
                 "dd_flag, source, recorded_at) SELECT household_id, id, '2026-01-01', '3', '1', "
                 "'caf', '2026-01-02T00:00:00Z' FROM persons WHERE id = $1",
                 {std::to_string(six)});
  for (const char* iso : {"2025-12-31", "2026-01-01", "2026-11-27"}) {
    const Date date = *ParseIsoDate(iso);
    std::map<std::int64_t, std::pair<std::optional<std::string>, std::optional<std::int64_t>>>
        facts, fast;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      std::set<std::int64_t> rated;
      for (const auto& r : uow.Needs().LatestRatings(date)) rated.insert(r.person_id);
      app::FactsQuery q;
      q.as_of = date;
      q.known_at = app::EndOfDay(date);
      uow.StatsFacts().ForEachPerson(q, [&](const stats::PersonFacts& p) {
        if (rated.count(p.person_id) && stats::InDdPopulation(p, date)) {
          facts[p.person_id] = {p.commune_code, p.territory_id};
        }
      });
      for (const auto& p : uow.Needs().PersonsWithRatings(date, app::EndOfDay(date))) {
        if (rated.count(p.person_id) && IsInDdPopulationAsOf(p.rights, date)) {
          fast[p.person_id] = {p.commune_code, p.territory_id};
        }
      }
      return true;
    });
    EXPECT_EQ(fast, facts) << iso;
    // Suspended from 01/01/2026, but the CAF told it on 02/01: still D&D as known on 01/01.
    EXPECT_EQ(fast.count(six), std::string(iso) == "2026-11-27" ? 0u : 1u) << iso;
    EXPECT_FALSE(fast.empty()) << iso;
  }
}

TEST_F(NeedsDbTest, AChargeDOrientationSeesOnlyTheirTerritory) {
  app::Actor officer;
  officer.agent_id = 42;
  officer.roles = {Role::kChargeOrientation};
  officer.territory_id = south;
  auto r = app::GetNeedsReport(db.store(), clock, settings, officer, {std::nullopt, {}});
  ASSERT_TRUE(r.has_value()) << r.error().message;
  EXPECT_TRUE(r->exact);
  EXPECT_TRUE(r->territory_restricted);
  ASSERT_EQ(r->territories.size(), 1u);
  EXPECT_EQ(r->territories[0].label, "Territoire Sud");
  EXPECT_FALSE(r->departement.has_value());
  ASSERT_EQ(r->communes.size(), 1u);  // their territory's communes
  // The département-wide places are still shared with the whole département's need.
  EXPECT_DOUBLE_EQ(r->territories[0].themes[kMobilite].places, 6.0);
  auto other = app::GetNeedsReport(db.store(), clock, settings, officer,
                                   {std::nullopt, org.territory_id});
  ASSERT_FALSE(other.has_value());
  EXPECT_EQ(other.error().kind, ErrorKind::kForbidden);
}

TEST_F(NeedsDbTest, ASignataireGetsSmallCountsHiddenAndFixedDatesOnly) {
  app::Actor partner;
  partner.agent_id = 43;
  partner.roles = {Role::kSignataire};
  auto r = app::GetNeedsReport(db.store(), clock, settings, partner, {std::nullopt, {}});
  ASSERT_TRUE(r.has_value()) << r.error().message;
  const auto& north = Territory(*r, org.territory_id);
  EXPECT_TRUE(north.themes[kLogement].need.Hidden());
  EXPECT_TRUE(north.themes[kLogement].gap_hidden);
  EXPECT_FALSE(north.themes[kLogement].gap.has_value());
  EXPECT_EQ(north.themes[kFinanciere].need.value, 0);  // nobody: 0 is shown
  auto odd = app::GetNeedsReport(db.store(), clock, settings, partner,
                                 {ParseIsoDate("2026-06-30"), {}});
  ASSERT_FALSE(odd.has_value());
  ASSERT_EQ(odd.error().fields.size(), 1u);
  EXPECT_EQ(odd.error().fields[0].field, "date");
  EXPECT_TRUE(app::GetNeedsReport(db.store(), clock, settings, partner,
                                  {ParseIsoDate("2024-12-31"), {}})
                  .has_value());
  // One audit event per report read (the refused date read nothing).
  EXPECT_EQ(RawCount(db.store(), "SELECT COUNT(*) FROM audit_events WHERE action = 'stats.needs'"),
            2);
}

}  // namespace
}  // namespace pacte::testing
