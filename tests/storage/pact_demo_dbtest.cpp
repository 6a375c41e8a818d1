// The demo's pact (io/demo/demo_pact.hpp) on SQLite and PostgreSQL: the seed's pact
// 2016-2020 with its 21 signatories, five orientations, about twenty objectives piloted by
// signatories, indicators with 2015 baselines, 2016-2020 targets and five years of entered
// measurements, commitments linked to catalogue actions, comments; the signataire login speaks
// for France Travail, a pilot institution.

#include <sstream>

#include <gtest/gtest.h>

#include "app/pact/pact_view.hpp"
#include "io/demo/demo_generator.hpp"
#include "io/demo/demo_pact.hpp"
#include "storage/sql_unit_of_work.hpp"
#include "support/test_database.hpp"
#include "support/test_server.hpp"
#include "web/server/embedded_files.hpp"

namespace pacte::testing {
namespace {

std::int64_t Count(TestDatabase& db, const std::string& sql) {
  std::int64_t n = 0;
  db.store().WithConnection([&](storage::SqlConnection& c) { n = c.Query(sql).rows[0].Int(0); });
  return n;
}

TEST(PactDemo, TheSeedsPactWithMeasurementsAndASignataireOfAPilotInstitution) {
  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-11-27T09:00:00Z")};
  const auto& files = web::EmbeddedFiles();
  io::DemoParameters p{92, false, "S", files.at("data/communes-92.geojson"),
                       files.at("data/postal-codes-92.csv")};
  std::ostringstream out;
  ASSERT_EQ(io::RunDemo(db.store(), clock, TestSettings(), p, out), 0) << out.str();
  EXPECT_NE(out.str().find("un pacte de 21 objectifs"), std::string::npos) << out.str();
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM pacts WHERE name = 'Pacte territorial d''insertion "
                      "2016-2020' AND period_start = 2016 AND period_end = 2020"),
            1);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM pact_signatories WHERE representative <> ''"), 21);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM pact_orientations"), 5);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM pact_objectives"), 21);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM pact_objectives o WHERE NOT EXISTS (SELECT 1 FROM "
                      "objective_pilots p WHERE p.objective_id = o.id)"),
            0);
  const auto computed = Count(db, "SELECT COUNT(*) FROM indicators WHERE computed_by IS NOT NULL");
  const auto entered = Count(db, "SELECT COUNT(*) FROM indicators WHERE computed_by IS NULL");
  EXPECT_GE(computed, 10);
  EXPECT_GE(entered, 15);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM indicators WHERE baseline_on <> '2015-12-31'"), 0);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM indicator_targets"), 5 * (computed + entered));
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM indicator_measurements"), 5 * entered);
  EXPECT_GE(Count(db, "SELECT COUNT(*) FROM pact_commitments WHERE action_id IS NOT NULL"), 3);
  EXPECT_GE(Count(db, "SELECT COUNT(*) FROM objective_comments"), 3);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM agents a JOIN institutions i ON i.id = "
                      "a.institution_id WHERE a.email = 'signataire@pacte-demo.fr' AND i.name = "
                      "'France Travail Hauts-de-Seine'"),
            1);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM audit_events WHERE action = "
                      "'pact.measurement_record'"),
            5 * entered);
  // Every computed indicator names a definition of the agreed list.
  for (const auto& code : io::DemoPactDefinitionCodes()) {
    EXPECT_TRUE(code == "dd_orientes_part" || code == "delai_orientation_moyen" ||
                code == "delai_orientation_median" || code == "contrat_valide_part" ||
                code == "referent_part" || code.rfind("entrees_actions_", 0) == 0 ||
                code == "sorties_emploi" || code == "places_offertes" ||
                code == "taux_remplissage")
        << code;
  }
  auto view = app::GetPact(db.store(), clock, app::Actor::System("test"), nullptr);
  ASSERT_TRUE(view) << view.error().message;
  int statuses = 0;
  for (const auto& o : view->orientations) {
    for (const auto& obj : o.objectives) {
      for (const auto& i : obj.indicators) {
        if (!i.IsComputed()) {
          EXPECT_NE(i.status, IndicatorStatus::kNonCalculable) << i.record.fields.name;
          ++statuses;
        }
      }
    }
  }
  EXPECT_EQ(statuses, entered);
}

}  // namespace
}  // namespace pacte::testing
