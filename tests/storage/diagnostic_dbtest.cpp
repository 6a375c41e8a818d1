// Diagnostics (dated versions, referential rules, health visibility) and the editable
// referential of situations, on SQLite and PostgreSQL.

#include <gtest/gtest.h>

#include "app/diagnostics/diagnostics.hpp"
#include "app/diagnostics/situations.hpp"
#include "app/ports/parcours_state_repository.hpp"
#include "storage/diagnostic_fixture.hpp"

namespace pacte::testing {
namespace {

bool HasField(const Error& e, const std::string& field) {
  for (const auto& f : e.fields) {
    if (f.field == field) return true;
  }
  return false;
}

class DiagnosticDbTest : public ::testing::Test {
 protected:
  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-06-01T09:00:00Z")};
  app::Settings settings;
  TestOrganisation org = CreateTestStructure(db.store(), clock);
  std::int64_t person = CreateTestPerson(db.store(), clock, {.dd_since = "2025-01-10"});
  std::int64_t referent_id =
      CreateAgent(db.store(), clock, settings, "ref@cd92.fr", {Role::kReferent}, org.structure_id);
  app::Actor referent = ActorFor(referent_id, Role::kReferent, org.structure_id);
  app::Actor coordinateur =
      ActorFor(CreateAgent(db.store(), clock, settings, "coord@cd92.fr", {Role::kCoordinateur}),
               Role::kCoordinateur);

  void SetUp() override {
    OrientForTest(db.store(), clock, person, org.structure_id, "social", "2025-02-01");
    AssignReferentForTest(db.store(), clock, person, referent_id, org.structure_id, "2025-02-05");
  }

  DiagnosticDraft Draft(const std::string& made_on = "2026-05-20") {
    DiagnosticDraft d;
    d.made_on = made_on;
    d.items = {{"logement", "heberge_chez_tiers", "fort"}, {"sante", "dossier_mdph", "moyen"}};
    d.driving_licence = false;
    d.qualification_level = "bac";
    d.professional_project = "Aide à domicile";
    d.rome_code = "K1304";
    return d;
  }

  std::string Count(const std::string& table) {
    return QueryText(db.store(), "SELECT COUNT(*) FROM " + table);
  }
};

TEST_F(DiagnosticDbTest, ReferentialIsSeededWithTheStarterSituations) {
  auto all = app::ListSituations(db.store(), app::Actor::System());
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), StarterBarrierSituations().size());
  for (const auto& starter : StarterBarrierSituations()) {
    auto it = std::find_if(all->begin(), all->end(),
                           [&](const auto& s) { return s.code == starter.code; });
    ASSERT_NE(it, all->end()) << starter.code;
    EXPECT_EQ(it->theme, starter.theme);
    EXPECT_EQ(it->label, starter.label);
    EXPECT_TRUE(it->active);
  }
  EXPECT_EQ(all->front().theme, BarrierTheme::kLogement);
}

TEST_F(DiagnosticDbTest, NewVersionNeverOverwritesThePreviousOne) {
  auto first = app::CreateDiagnostic(db.store(), clock, referent, person, Draft("2026-01-15"));
  ASSERT_TRUE(first) << first.error().message;
  auto second_draft = Draft("2026-05-20");
  second_draft.items = {{"logement", "heberge_chez_tiers", "moyen"}};
  ASSERT_TRUE(app::CreateDiagnostic(db.store(), clock, referent, person, second_draft));
  auto list = app::ListDiagnostics(db.store(), clock, referent, person);
  ASSERT_TRUE(list);
  ASSERT_EQ(list->versions.size(), 2u);
  EXPECT_EQ(list->versions[0].diagnostic.made_on, *ParseIsoDate("2026-05-20"));
  EXPECT_EQ(list->versions[0].diagnostic.items.size(), 1u);
  EXPECT_EQ(list->versions[1].diagnostic.items.size(), 2u);
  EXPECT_EQ(list->versions[1].diagnostic.assets.rome_code, "K1304");
  EXPECT_EQ(list->versions[1].diagnostic.assets.qualification_level, QualificationLevel::kBac);
  EXPECT_EQ(list->versions[1].diagnostic.assets.driving_licence, false);
  EXPECT_EQ(list->versions[1].agent_id, referent_id);
  EXPECT_FALSE(list->health_hidden);
  EXPECT_TRUE(list->can_edit);
  EXPECT_EQ(QueryText(db.store(),
                      "SELECT last_contact_on FROM person_parcours WHERE person_id = $1", {person}),
            "2026-05-20");
  EXPECT_EQ(QueryText(db.store(), "SELECT COUNT(*) FROM audit_events WHERE action = $1",
                      {std::string("diagnostic.create")}),
            "2");
  EXPECT_EQ(QueryText(db.store(),
                      "SELECT COUNT(*) FROM audit_events WHERE action = $1 AND "
                      "object_type = 'person' AND object_id = $2",
                      {std::string("diagnostic.read"), std::to_string(person)}),
            "1");
}

TEST_F(DiagnosticDbTest, SituationMustExistBeActiveAndBelongToTheTheme) {
  auto situations = app::ListSituations(db.store(), app::Actor::System());
  auto inactive = std::find_if(situations->begin(), situations->end(),
                               [](const auto& s) { return s.code == "sans_hebergement"; });
  ASSERT_TRUE(app::UpdateSituation(db.store(), clock, app::Actor::System(), inactive->id,
                                   inactive->version, inactive->label, false));
  auto draft = Draft();
  draft.items = {{"logement", "situation_inventee", "fort"},
                 {"mobilite", "heberge_chez_tiers", "moyen"},
                 {"logement", "sans_hebergement", "fort"},
                 {"logement", "locataire_parc_social", "sans_impact"}};
  auto r = app::CreateDiagnostic(db.store(), clock, referent, person, draft);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  EXPECT_TRUE(HasField(r.error(), "items[0].situation_code"));
  EXPECT_TRUE(HasField(r.error(), "items[1].situation_code"));
  EXPECT_TRUE(HasField(r.error(), "items[2].situation_code"));
  EXPECT_FALSE(HasField(r.error(), "items[3].situation_code"));
  EXPECT_EQ(Count("diagnostics"), "0");
  EXPECT_EQ(Count("diagnostic_items"), "0");
}

TEST_F(DiagnosticDbTest, HealthIsHiddenFromActorsWhoMayNotSeeIt) {
  ASSERT_TRUE(app::CreateDiagnostic(db.store(), clock, referent, person, Draft()));
  auto seen = app::ListDiagnostics(db.store(), clock, coordinateur, person);
  ASSERT_TRUE(seen) << seen.error().message;
  EXPECT_TRUE(seen->health_hidden);
  EXPECT_FALSE(seen->can_edit);
  ASSERT_EQ(seen->versions.size(), 1u);
  ASSERT_EQ(seen->versions[0].diagnostic.items.size(), 1u);
  EXPECT_EQ(seen->versions[0].diagnostic.items[0].theme, BarrierTheme::kLogement);
  auto own = app::ListDiagnostics(db.store(), clock, referent, person);
  EXPECT_EQ(own->versions[0].diagnostic.items.size(), 2u);
}

TEST_F(DiagnosticDbTest, OnlyTheCaseloadEditsAndOthersAreRefused) {
  auto refused = app::CreateDiagnostic(db.store(), clock, coordinateur, person, Draft());
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kForbidden);
  auto other = CreateTestStructure(db.store(), clock, "Autre structure");
  auto stranger = ActorFor(CreateAgent(db.store(), clock, settings, "autre@cd92.fr",
                                       {Role::kReferent}, other.structure_id),
                           Role::kReferent, other.structure_id);
  auto hidden = app::ListDiagnostics(db.store(), clock, stranger, person);
  ASSERT_FALSE(hidden);
  EXPECT_EQ(hidden.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Count("diagnostics"), "0");
}

TEST_F(DiagnosticDbTest, FutureDateAndBadRomeCodeAreRefusedWithNothingWritten) {
  auto draft = Draft("2026-06-02");
  draft.rome_code = "Z12";
  auto r = app::CreateDiagnostic(db.store(), clock, referent, person, draft);
  ASSERT_FALSE(r);
  EXPECT_TRUE(HasField(r.error(), "made_on"));
  EXPECT_TRUE(HasField(r.error(), "rome_code"));
  EXPECT_EQ(Count("diagnostics"), "0");
  EXPECT_EQ(QueryText(db.store(), "SELECT COUNT(*) FROM audit_events WHERE action = $1",
                      {std::string("diagnostic.create")}),
            "0");
}

TEST_F(DiagnosticDbTest, SituationsAreEditedByAdminAndCoordinateurWithVersions) {
  app::SituationDraft d{"numerique", "", "Pas de smartphone"};
  auto created = app::CreateSituation(db.store(), clock, coordinateur, d);
  ASSERT_TRUE(created) << created.error().message;
  EXPECT_EQ(created->code, "pas_de_smartphone");
  EXPECT_EQ(created->theme, BarrierTheme::kNumerique);
  auto again = app::CreateSituation(db.store(), clock, coordinateur, d);
  ASSERT_FALSE(again);
  EXPECT_TRUE(HasField(again.error(), "code"));
  auto renamed = app::UpdateSituation(db.store(), clock, coordinateur, created->id,
                                      created->version, "Pas de téléphone mobile", true);
  ASSERT_TRUE(renamed);
  EXPECT_EQ(renamed->label, "Pas de téléphone mobile");
  auto stale = app::UpdateSituation(db.store(), clock, coordinateur, created->id, created->version,
                                    "Autre", false);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  auto forbidden = app::CreateSituation(db.store(), clock, referent, d);
  ASSERT_FALSE(forbidden);
  EXPECT_EQ(forbidden.error().kind, ErrorKind::kForbidden);
  auto bad = app::CreateSituation(db.store(), clock, coordinateur, {"chomage", "", ""});
  ASSERT_FALSE(bad);
  EXPECT_TRUE(HasField(bad.error(), "theme"));
  EXPECT_TRUE(HasField(bad.error(), "label"));
  // The new situation can be chosen in a diagnostic.
  auto draft = Draft();
  draft.items = {{"numerique", "pas_de_smartphone", "moyen"}};
  EXPECT_TRUE(app::CreateDiagnostic(db.store(), clock, referent, person, draft));
}

}  // namespace
}  // namespace pacte::testing
