#pragma once
// A small pact world for the pact's database tests: three institutions (two signatories), a
// coordinateur, a signataire of each signatory, a lecteur_stats, and a pact 2016-2020 with
// one orientation, one objective piloted by the first signatory and one entered indicator.

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "app/pact/manage_pact.hpp"
#include "app/pact/pact_reading.hpp"
#include "app/pact/pact_view.hpp"
#include "app/pact/pilot_updates.hpp"
#include "support/auth_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_database.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {

class PactWorld : public ::testing::Test {
 protected:
  void SetUp() override {
    first_inst = Institution("CAF des Hauts-de-Seine", true);
    second_inst = Institution("France Travail Hauts-de-Seine", true);
    other_inst = Institution("Association sans signature", false);
    coordinator = Agent("coord@cd92.fr", Role::kCoordinateur, std::nullopt);
    pilot = Agent("pilote@caf92.fr", Role::kSignataire, first_inst);
    partner = Agent("partenaire@ft92.fr", Role::kSignataire, second_inst);
    reader = Agent("lecteur@cd92.fr", Role::kLecteurStats, std::nullopt);
    PactFields f{"Pacte territorial d'insertion 2016-2020", {2016, 2020},
                 *ParseIsoDate("2016-03-24"), PactStatus::kAdopte};
    pact = Ok(app::CreatePact(db.store(), clock, coordinator, f));
    for (auto inst : {first_inst, second_inst}) {
      app::SignatoryRecord s;
      s.pact_id = pact;
      s.institution_id = inst;
      s.signed_on = *ParseIsoDate("2016-04-01");
      s.representative = "Directeur général";
      ASSERT_TRUE(app::SaveSignatory(db.store(), clock, coordinator, s));
    }
    app::PactOrientationRecord o;
    o.pact_id = pact;
    o.code = "freins_sante";
    o.label = "Levée des freins liés à la santé";
    orientation = Ok(app::AddOrientation(db.store(), clock, coordinator, o));
    objective = Objective("Faciliter l'accès aux droits en santé", {first_inst});
    indicator = Indicator(objective, "Taux de recours à la complémentaire santé", 60, 80);
  }

  std::int64_t Institution(const std::string& name, bool signatory) {
    ExecuteForTest(db.store(),
                   "INSERT INTO institutions (name, search_key, kind, is_pact_signatory, "
                   "created_at, updated_at) VALUES ($1, $1, 'autre', " +
                       std::string(signatory ? "TRUE" : "FALSE") + ", 'x', 'x')",
                   {name});
    std::int64_t id = 0;
    db.store().WithConnection([&](storage::SqlConnection& c) {
      id = c.Query("SELECT MAX(id) FROM institutions").rows[0].Int(0);
    });
    return id;
  }

  app::Actor Agent(const std::string& email, Role role,
                   std::optional<std::int64_t> institution) {
    app::Actor a;
    a.agent_id = CreateAgent(db.store(), clock, TestSettings(), email, {role});
    a.roles = {role};
    a.institution_id = institution;
    return a;
  }

  template <class T>
  T Ok(Result<T> r) {
    EXPECT_TRUE(r) << (r ? "" : r.error().message);
    return r ? *r : T{};
  }

  std::int64_t Objective(const std::string& title, std::vector<std::int64_t> pilots) {
    app::ObjectiveRecord o;
    o.orientation_id = orientation;
    o.title = title;
    o.period = {2016, 2020};
    return Ok(app::AddObjective(db.store(), clock, coordinator, o, pilots));
  }

  // Baseline 2015, targets 2016..2020 on the straight line to `target_2020`.
  std::int64_t Indicator(std::int64_t on, const std::string& name, double baseline,
                         double target_2020, std::optional<std::string> computed = {}) {
    IndicatorFields f;
    f.name = name;
    f.unit = "%";
    f.computed_by = computed;
    f.baseline_value = baseline;
    f.baseline_on = *ParseIsoDate("2015-12-31");
    auto id = Ok(app::AddIndicator(db.store(), clock, coordinator, nullptr, on, f));
    for (int y = 2016; y <= 2020; ++y) {
      double v = baseline + (target_2020 - baseline) * (y - 2015) / 5.0;
      EXPECT_TRUE(app::SetIndicatorTarget(db.store(), clock, coordinator, id, y, v));
    }
    return id;
  }

  Result<std::int64_t> Measure(const app::Actor& who, std::int64_t ind, int year, double value) {
    return app::RecordMeasurement(db.store(), clock, who, ind, {year, value, "", "CAF"});
  }

  std::int64_t Count(const std::string& sql) {
    std::int64_t n = 0;
    db.store().WithConnection([&](storage::SqlConnection& c) { n = c.Query(sql).rows[0].Int(0); });
    return n;
  }
  std::int64_t Audits(const std::string& action) {
    return Count("SELECT COUNT(*) FROM audit_events WHERE action = '" + action + "'");
  }

  static std::string FieldMessage(const Error& e, const std::string& field) {
    for (const auto& f : e.fields) {
      if (f.field == field) return f.message;
    }
    return "";
  }

  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-03-02T09:00:00Z")};
  std::int64_t first_inst = 0, second_inst = 0, other_inst = 0;
  app::Actor coordinator, pilot, partner, reader;
  std::int64_t pact = 0, orientation = 0, objective = 0, indicator = 0;
};

}  // namespace pacte::testing
