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
  EXPECT_GE(Count(db, "SELECT COUNT(*) FROM structures"), 55);
  EXPECT_LE(Count(db, "SELECT COUNT(*) FROM structures"), 70);
  auto agents = Count(db, "SELECT COUNT(*) FROM agents");
  EXPECT_GE(agents, 220);
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
  EXPECT_GT(Count(db, "SELECT COUNT(*) FROM audit_events WHERE action = 'agent.create'"), 200);
}

TEST_F(DemoTest, SameSeedSameData) {
  TestDatabase a;
  TestDatabase b;
  ASSERT_EQ(Demo(a, clock).code, 0);
  ASSERT_EQ(Demo(b, clock).code, 0);
  for (const char* sql : {"SELECT email FROM agents ORDER BY id",
                          "SELECT name || commune_code || COALESCE(phone, '') FROM structures ORDER BY id",
                          "SELECT name || COALESCE(siret, '') FROM institutions ORDER BY id"}) {
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
