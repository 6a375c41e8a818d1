// `pacte demo`: the Hauts-de-Seine demo département, deterministic from its seed.

#include <sstream>

#include <gtest/gtest.h>

#include "app/accounts/login.hpp"
#include "io/demo/demo_generator.hpp"
#include "storage/sql_unit_of_work.hpp"
#include "support/test_database.hpp"
#include "support/test_server.hpp"
#include "web/server/embedded_files.hpp"

namespace pacte::testing {
namespace {

struct DemoRun {
  int code = 0;
  std::string output;
};

DemoRun Demo(TestDatabase& db, const app::Clock& clock, bool if_absent = false,
             unsigned long long seed = 92) {
  const auto& files = web::EmbeddedFiles();
  io::DemoParameters p{seed, if_absent, "S", files.at("data/communes-92.geojson"),
                       files.at("data/postal-codes-92.csv")};
  std::ostringstream out;
  int code = io::RunDemo(db.store(), clock, TestSettings(), p, out);
  return DemoRun{code, out.str()};
}

std::int64_t Count(TestDatabase& db, const std::string& sql) {
  std::int64_t n = 0;
  db.store().WithConnection([&](storage::SqlConnection& c) { n = c.Query(sql).rows[0].Int(0); });
  return n;
}

std::string Column(TestDatabase& db, const std::string& sql) {
  std::string all;
  db.store().WithConnection([&](storage::SqlConnection& c) {
    for (const auto& row : c.Query(sql).rows) all += row.Text(0) + "\n";
  });
  return all;
}

class DemoTest : public ::testing::Test {
 protected:
  app::ManualClock clock{*ParseIsoTimestamp("2026-11-27T09:00:00Z")};
};

TEST_F(DemoTest, BuildsTheHautsDeSeine) {
  TestDatabase db;
  auto run = Demo(db, clock);
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM communes"), 36);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM territories"), 4);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM institutions WHERE is_pact_signatory"), 21);
  EXPECT_GE(Count(db, "SELECT COUNT(*) FROM structures"), 80);
  EXPECT_LE(Count(db, "SELECT COUNT(*) FROM structures"), 90);
  auto agents = Count(db, "SELECT COUNT(*) FROM agents");
  EXPECT_GE(agents, 100);
  EXPECT_LE(agents, 300);
  for (const char* role : {"admin", "coordinateur", "charge_orientation", "referent",
                           "operateur", "signataire", "lecteur_stats"}) {
    EXPECT_GE(Count(db, std::string("SELECT COUNT(*) FROM agent_roles WHERE role = '") + role +
                            "'"),
              1)
        << role;
    EXPECT_NE(run.output.find(std::string("  - ") + role + " : "), std::string::npos) << role;
  }
  EXPECT_NE(run.output.find("TOTP : "), std::string::npos);
  // Every change went through the use cases, hence into the audit chain.
  EXPECT_GT(Count(db, "SELECT COUNT(*) FROM audit_events WHERE action = 'agent.create'"), 100);
}

// Size S: about 2,000 persons in D&D with figures close to the national ones (domain.md §6).
TEST_F(DemoTest, PopulationFollowsTheNationalFigures) {
  TestDatabase db;
  auto run = Demo(db, clock);
  ASSERT_EQ(run.code, 0) << run.output;
  const double dd = static_cast<double>(
      Count(db, "SELECT COUNT(*) FROM person_parcours WHERE dd_since IS NOT NULL"));
  EXPECT_GE(dd, 1950);
  EXPECT_LE(dd, 2100);
  // Former beneficiaries, with their exits, for history and retention.
  EXPECT_GE(Count(db, "SELECT COUNT(*) FROM person_parcours WHERE exited_on IS NOT NULL"), 100);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM persons"),
            Count(db, "SELECT COUNT(*) FROM person_parcours"));

  const double oriented = static_cast<double>(Count(
      db, "SELECT COUNT(*) FROM person_parcours WHERE dd_since IS NOT NULL AND "
          "orientation_id IS NOT NULL"));
  EXPECT_NEAR(oriented / dd, 0.86, 0.04);

  auto share = [&](const std::string& condition) {
    return static_cast<double>(Count(
               db, "SELECT COUNT(*) FROM person_parcours pp JOIN structures s ON s.id = "
                   "pp.structure_id WHERE pp.dd_since IS NOT NULL AND " + condition)) /
           oriented;
  };
  EXPECT_NEAR(share("s.drees_category = 'france_travail'"), 0.40, 0.05);
  EXPECT_NEAR(share("s.drees_category = 'departement'"), 0.32, 0.05);

  const double outside_ft = oriented * share("s.drees_category <> 'france_travail'");
  const double with_contract = static_cast<double>(Count(
      db, "SELECT COUNT(*) FROM person_parcours pp JOIN structures s ON s.id = pp.structure_id "
          "WHERE pp.dd_since IS NOT NULL AND s.drees_category <> 'france_travail' AND "
          "pp.contract_starts_on <= '2026-11-27' AND pp.contract_ends_on >= '2026-11-27'"));
  EXPECT_NEAR(with_contract / outside_ft, 0.49, 0.08);

  // Mean delay from entry in D&D to the first orientation: about 80 days.
  double total = 0;
  int n = 0;
  db.store().WithConnection([&](storage::SqlConnection& c) {
    for (const auto& row : c.Query("SELECT pp.dd_since, o.decided_on FROM person_parcours pp "
                                   "JOIN orientations o ON o.person_id = pp.person_id AND "
                                   "o.previous_orientation_id IS NULL "
                                   "WHERE pp.dd_since IS NOT NULL")
                               .rows) {
      total += static_cast<double>(
          (*ParseIsoDate(row.Text(1)) - *ParseIsoDate(row.Text(0))).count());
      ++n;
    }
  });
  ASSERT_GT(n, 0);
  EXPECT_NEAR(total / n, 80, 15);

  // Caseloads: the demo référent has people to follow; history and appointments exist.
  EXPECT_GE(Count(db, "SELECT COUNT(*) FROM person_parcours pp JOIN agents a ON a.id = "
                      "pp.referent_agent_id WHERE a.email = 'referent@pacte-demo.fr'"),
            20);
  EXPECT_GT(Count(db, "SELECT COUNT(*) FROM appointments WHERE status = 'a_venir'"), 500);
  EXPECT_GT(Count(db, "SELECT COUNT(*) FROM diagnostic_items"), 1000);
  EXPECT_GT(Count(db, "SELECT COUNT(*) FROM orientations WHERE is_reorientation"), 10);
}

TEST_F(DemoTest, SameSeedSameData) {
  TestDatabase a;
  TestDatabase b;
  ASSERT_EQ(Demo(a, clock).code, 0);
  ASSERT_EQ(Demo(b, clock).code, 0);
  for (const char* sql : {"SELECT email FROM agents ORDER BY id",
                          "SELECT last_name || first_name || birth_date || COALESCE(nir, '') "
                          "FROM persons ORDER BY id",
                          "SELECT person_id || parcours || decided_on FROM orientations ORDER BY id",
                          "SELECT person_id || status || starts_at FROM appointments ORDER BY id",
                          "SELECT name || commune_code || COALESCE(phone, '') FROM structures ORDER BY id",
                          "SELECT name || COALESCE(siret, '') FROM institutions ORDER BY id",
                          "SELECT name || objective || status || date_maj FROM actions ORDER BY id",
                          "SELECT action_id || starts_on || places FROM action_sessions ORDER BY id",
                          "SELECT person_id || '-' || action_id || status || prescribed_at FROM "
                          "prescriptions ORDER BY id"}) {
    EXPECT_EQ(Column(a, sql), Column(b, sql)) << sql;
  }
  TestDatabase c;
  ASSERT_EQ(Demo(c, clock, false, 7).code, 0);
  EXPECT_NE(Column(a, "SELECT email FROM agents ORDER BY id"),
            Column(c, "SELECT email FROM agents ORDER BY id"));
}

TEST_F(DemoTest, IfAbsentLeavesAnExistingDatabaseAndReprintsTheLogins) {
  TestDatabase db;
  auto first = Demo(db, clock);
  ASSERT_EQ(first.code, 0);
  auto agents = Count(db, "SELECT COUNT(*) FROM agents");
  auto second = Demo(db, clock, true);
  EXPECT_EQ(second.code, 0);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM agents"), agents);
  EXPECT_NE(second.output.find("déjà"), std::string::npos);
  auto totp = [](const std::string& text) { return text.substr(text.find("TOTP : "), 40); };
  EXPECT_EQ(totp(first.output), totp(second.output));
}

TEST_F(DemoTest, DemoLoginsCanSignIn) {
  TestDatabase db;
  ASSERT_EQ(Demo(db, clock).code, 0);
  auto settings = TestSettings();
  app::LoginRequest request{"coordination@pacte-demo.fr", io::kDemoPassword,
                            app::ClientInfo{"127.0.0.1", "test", "gtest"}, std::nullopt};
  auto result = app::Login(db.store(), clock, settings, request);
  EXPECT_TRUE(result) << result.error().message;
}

}  // namespace
}  // namespace pacte::testing
