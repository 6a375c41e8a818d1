// `pacte demo`: the insertion offer of the demo département (size S) — actions of about 60
// operators over the six objectives, programmes with budgets, sessions never overbooked, and
// years of prescriptions by the référents of the persons, with statuses matching their dates.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "io/demo/demo_generator.hpp"
#include "storage/sql_unit_of_work.hpp"
#include "support/test_database.hpp"
#include "support/test_server.hpp"
#include "web/server/embedded_files.hpp"

namespace pacte::testing {
namespace {

constexpr const char* kNow = "2026-11-27T09:00:00Z";
constexpr const char* kToday = "2026-11-27";

class DemoOfferTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new TestDatabase();
    app::ManualClock clock{*ParseIsoTimestamp(kNow)};
    const auto& files = web::EmbeddedFiles();
    io::DemoParameters p{92, false, "S", files.at("data/communes-92.geojson"),
                         files.at("data/postal-codes-92.csv")};
    std::ostringstream out;
    code_ = io::RunDemo(db_->store(), clock, TestSettings(), p, out);
    output_ = out.str();
  }
  static void TearDownTestSuite() {
    delete db_;
    db_ = nullptr;
  }

  static std::int64_t Count(const std::string& sql) {
    std::int64_t n = 0;
    db_->store().WithConnection(
        [&](storage::SqlConnection& c) { n = c.Query(sql).rows[0].Int(0); });
    return n;
  }
  static std::vector<std::vector<std::string>> Rows(const std::string& sql) {
    std::vector<std::vector<std::string>> all;
    db_->store().WithConnection([&](storage::SqlConnection& c) {
      auto res = c.Query(sql);
      for (const auto& row : res.rows) {
        std::vector<std::string> cells;
        for (std::size_t i = 0; i < row.size(); ++i) cells.push_back(row.OptText(i).value_or(""));
        all.push_back(std::move(cells));
      }
    });
    return all;
  }

  static std::string Column(const std::string& sql) {
    std::string all;
    for (const auto& row : Rows(sql)) all += (all.empty() ? "" : ",") + row.at(0);
    return all;
  }

  static TestDatabase* db_;
  static int code_;
  static std::string output_;
};

TestDatabase* DemoOfferTest::db_ = nullptr;
int DemoOfferTest::code_ = 0;
std::string DemoOfferTest::output_;

TEST_F(DemoOfferTest, AboutSixtyActionsOfSixtyOperatorsOverTheSixObjectives) {
  ASSERT_EQ(code_, 0) << output_;
  const auto actions = Count("SELECT COUNT(*) FROM actions");
  EXPECT_GE(actions, 55);  // tier S: about 60 actions, at least one per operator
  EXPECT_LE(actions, 66);
  EXPECT_NE(output_.find(std::to_string(actions) + " actions d'insertion"), std::string::npos);
  const auto operators = Count("SELECT COUNT(*) FROM structures WHERE is_action_operator");
  EXPECT_GE(operators, 55);
  EXPECT_LE(operators, 65);
  EXPECT_EQ(Count("SELECT COUNT(DISTINCT structure_id) FROM actions"), operators);
  EXPECT_EQ(Count("SELECT COUNT(DISTINCT objective) FROM actions WHERE status = 'publiee'"), 6);
  EXPECT_GE(Count("SELECT COUNT(*) FROM actions WHERE status = 'publiee'"), actions * 3 / 4);
  EXPECT_GE(Count("SELECT COUNT(*) FROM actions WHERE status = 'archivee'"), 1);
  // Every action is complete enough to be found and mobilised (data·inclusion fields).
  for (const char* list :
       {"thematique", "public", "mode_accueil", "mode_mobilisation", "mobilisable_par", "funder"}) {
    EXPECT_EQ(Count(std::string("SELECT COUNT(*) FROM actions a WHERE NOT EXISTS (SELECT 1 FROM "
                                "action_codes c WHERE c.action_id = a.id AND c.list = '") +
                    list + "')"),
              0)
        << list;
  }
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions WHERE di_id <> 'pacte-92--' || CAST(id AS TEXT) "
                  "OR search_text = '' OR action_type NOT BETWEEN 1 AND 15 OR "
                  "LENGTH(description) < 200 OR telephone IS NULL OR commune_code IS NULL"),
            0);
  EXPECT_GE(Count("SELECT COUNT(DISTINCT code) FROM action_codes WHERE list = 'barrier'"), 8);
  EXPECT_GE(Count("SELECT COUNT(*) FROM actions WHERE esf_cofunded"), 1);
  EXPECT_GE(Count("SELECT COUNT(DISTINCT action_id) FROM action_codes WHERE list IN "
                  "('zone_commune', 'zone_territory')"),
            1);
  // Some published actions wait for an update (date_maj older than six months).
  EXPECT_GE(Count("SELECT COUNT(*) FROM actions WHERE status = 'publiee' AND "
                  "date_maj < '2026-05-27'"),
            1);
}

TEST_F(DemoOfferTest, ProgrammesOfFiveYearsWithABudgetAboveTheirFunding) {
  ASSERT_EQ(code_, 0) << output_;
  EXPECT_EQ(Column("SELECT CAST(year AS TEXT) FROM programmes ORDER BY year"),
            "2022,2023,2024,2025,2026");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM programme_budgets"), 5 * 6);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM programmes WHERE adopted_on IS NULL OR "
                  "adopted_on >= CAST(year AS TEXT) || '-01-01'"),
            0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM programme_budgets b WHERE b.amount_cents < "
                  "(SELECT COALESCE(SUM(a.funding_amount_cents), 0) FROM actions a WHERE "
                  "a.programme_id = b.programme_id AND a.objective = b.objective)"),
            0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions WHERE programme_id IS NULL OR "
                  "funding_amount_cents IS NULL OR convention_number IS NULL"),
            0);
}

TEST_F(DemoOfferTest, SessionsAreNeverOverbooked) {
  ASSERT_EQ(code_, 0) << output_;
  const auto sessions = Count("SELECT COUNT(*) FROM action_sessions");
  EXPECT_GE(sessions, 60);
  // Places held now, and every participant the session ever had: never more than its places.
  for (const char* statuses : {"'acceptee', 'entree'", "'acceptee', 'entree', 'sortie'"}) {
    EXPECT_EQ(Count(std::string("SELECT COUNT(*) FROM action_sessions s WHERE s.places < "
                                "(SELECT COUNT(*) FROM prescriptions p WHERE p.session_id = "
                                "s.id AND p.status IN (") +
                    statuses + "))"),
              0)
        << statuses;
  }
  // Actions without sessions: never more participants at a time than their capacity.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions a WHERE a.capacity < (SELECT COUNT(*) FROM "
                  "prescriptions p WHERE p.action_id = a.id AND p.session_id IS NULL AND "
                  "p.status IN ('acceptee', 'entree'))"),
            0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM prescriptions p JOIN action_sessions s ON s.id = "
                  "p.session_id WHERE s.action_id <> p.action_id OR s.cancelled"),
            0);
  // Fill rates of the sessions that started: within [0, 1], realistic on average; upcoming
  // sessions keep free places.
  double sum = 0;
  int n = 0;
  for (const auto& row : Rows("SELECT s.places, (SELECT COUNT(*) FROM prescriptions p WHERE "
                              "p.session_id = s.id AND p.status IN ('entree', 'sortie')) FROM "
                              "action_sessions s WHERE NOT s.cancelled AND s.starts_on <= '" +
                              std::string(kToday) + "'")) {
    const double rate = std::stod(row[1]) / std::stod(row[0]);
    EXPECT_GE(rate, 0.0);
    EXPECT_LE(rate, 1.0);
    sum += rate;
    ++n;
  }
  ASSERT_GT(n, 50);
  EXPECT_GT(sum / n, 0.3);
  EXPECT_LT(sum / n, 0.95);
  EXPECT_GE(
      Count(std::string("SELECT COUNT(*) FROM action_sessions s WHERE s.starts_on > '") + kToday +
            "' AND NOT s.cancelled AND s.places > (SELECT COUNT(*) FROM "
            "prescriptions p WHERE p.session_id = s.id AND p.status IN "
            "('acceptee', 'entree'))"),
      10);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM prescriptions p JOIN actions a ON a.id = p.action_id "
                  "WHERE a.status = 'brouillon' OR p.structure_id <> a.structure_id"),
            0);
}

TEST_F(DemoOfferTest, PrescriptionsOnlyByTheReferentOfThePerson) {
  ASSERT_EQ(code_, 0) << output_;
  const auto prescriptions = Count("SELECT COUNT(*) FROM prescriptions");
  EXPECT_GE(prescriptions, 1000);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM prescriptions p WHERE NOT EXISTS (SELECT 1 FROM "
                  "referent_assignments r WHERE r.person_id = p.person_id AND r.agent_id = "
                  "p.prescriber_agent_id AND r.structure_id = p.prescriber_structure_id AND "
                  "r.valid_from <= SUBSTR(p.prescribed_at, 1, 10) AND (r.valid_to IS NULL OR "
                  "r.valid_to > SUBSTR(p.prescribed_at, 1, 10)))"),
            0);
  EXPECT_GE(Count("SELECT COUNT(*) FROM prescriptions p JOIN agents a ON a.id = "
                  "p.prescriber_agent_id WHERE a.email = 'referent@pacte-demo.fr'"),
            1);
  // Several years of history.
  EXPECT_GE(Count("SELECT COUNT(DISTINCT SUBSTR(prescribed_at, 1, 4)) FROM prescriptions"), 4);
}

// The demo operator login runs published actions and has prescriptions to answer.
TEST_F(DemoOfferTest, TheDemoOperatorHasAnInbox) {
  ASSERT_EQ(code_, 0) << output_;
  const std::string mine =
      "structure_id = (SELECT structure_id FROM agents WHERE email = 'operateur@pacte-demo.fr')";
  EXPECT_GE(Count("SELECT COUNT(*) FROM actions WHERE status = 'publiee' AND " + mine), 3);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions WHERE status <> 'publiee' AND " + mine), 0);
  EXPECT_GE(Count("SELECT COUNT(*) FROM prescriptions WHERE status = 'en_attente' AND " + mine), 1);
  EXPECT_GE(Count("SELECT COUNT(*) FROM prescriptions WHERE status = 'entree' AND " + mine), 1);
}

TEST_F(DemoOfferTest, StatusesMatchTheirDatesAndEvents) {
  ASSERT_EQ(code_, 0) << output_;
  const std::string now = kNow;
  const std::string today = kToday;
  const std::string expired_before = "2026-10-28T09:00:00Z";  // now - 30 days
  for (const char* status : {"en_attente", "acceptee", "refusee", "expiree", "entree", "sortie"}) {
    EXPECT_GE(
        Count(std::string("SELECT COUNT(*) FROM prescriptions WHERE status = '") + status + "'"), 1)
        << status;
  }
  const std::vector<std::string> inconsistent{
      "prescribed_at > '" + now + "'",
      "answered_at IS NOT NULL AND (answered_at <= prescribed_at OR answered_at > '" + now + "')",
      "status = 'en_attente' AND (answered_at IS NOT NULL OR entered_on IS NOT NULL OR "
      "prescribed_at <= '" +
          expired_before + "')",
      "status = 'acceptee' AND (answered_at IS NULL OR entered_on IS NOT NULL)",
      "status = 'refusee' AND (answered_at IS NULL OR reason IS NULL OR entered_on IS NOT NULL)",
      "status <> 'refusee' AND reason IS NOT NULL",
      "status = 'expiree' AND (answered_at IS NOT NULL OR prescribed_at > '" + expired_before +
          "')",
      "status = 'entree' AND (entered_on IS NULL OR entered_on > '" + today +
          "' OR exited_on IS NOT NULL OR answered_at IS NULL)",
      "status = 'sortie' AND (outcome IS NULL OR exited_on IS NULL OR exited_on < entered_on OR "
      "exited_on > '" +
          today + "')",
      "status <> 'sortie' AND (outcome IS NOT NULL OR exited_on IS NOT NULL)",
      "entered_on IS NOT NULL AND entered_on <= SUBSTR(answered_at, 1, 10)",
      "reminded_at IS NOT NULL AND reminded_at > '" + now + "'",
  };
  for (const auto& condition : inconsistent) {
    EXPECT_EQ(Count("SELECT COUNT(*) FROM prescriptions WHERE " + condition), 0) << condition;
  }
  // Every transition is an event: the first at the prescription, one for the current status.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM prescriptions p WHERE NOT EXISTS (SELECT 1 FROM "
                  "prescription_events e WHERE e.prescription_id = p.id AND e.status = "
                  "'en_attente' AND e.at = p.prescribed_at) OR NOT EXISTS (SELECT 1 FROM "
                  "prescription_events e WHERE e.prescription_id = p.id AND e.status = p.status)"),
            0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM prescriptions p WHERE (p.reminded_at IS NULL) = "
                  "EXISTS (SELECT 1 FROM prescription_events e WHERE e.prescription_id = p.id "
                  "AND e.status = 'relance')"),
            0);
  EXPECT_GE(Count("SELECT COUNT(DISTINCT reason) FROM prescriptions"), 4);
  EXPECT_GE(Count("SELECT COUNT(DISTINCT outcome) FROM prescriptions"), 5);
}

TEST_F(DemoOfferTest, MostAcceptedWithinTwoWeeks) {
  ASSERT_EQ(code_, 0) << output_;
  int fast = 0;
  int all = 0;
  for (const auto& row : Rows("SELECT prescribed_at, answered_at FROM prescriptions WHERE "
                              "status IN ('acceptee', 'entree', 'sortie')")) {
    const auto delay = *ParseIsoTimestamp(row[1]) - *ParseIsoTimestamp(row[0]);
    fast += delay <= std::chrono::days{14} ? 1 : 0;
    ++all;
  }
  ASSERT_GT(all, 500);
  EXPECT_GT(static_cast<double>(fast) / all, 0.7);
  const double accepted = static_cast<double>(all);
  const double answered = static_cast<double>(
      Count("SELECT COUNT(*) FROM prescriptions WHERE status NOT IN ('en_attente', 'expiree')"));
  EXPECT_GT(accepted / answered, 0.6);
  EXPECT_LT(accepted / answered, 0.95);
}

}  // namespace
}  // namespace pacte::testing
