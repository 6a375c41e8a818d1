// The offer figures (GetOfferFigures) on SQLite and PostgreSQL: fill rates per action,
// objective and territory, prescriptions by status, delays, the operator's restriction and
// the year.

#include "app/offer_figures/offer_figures.hpp"
#include "storage/catalogue_search_fixture.hpp"

namespace pacte::testing {
namespace {

class OfferFiguresTest : public CatalogueSearchWorld {
 protected:
  std::int64_t a1 = 0, a2 = 0, s1 = 0;
  app::Actor op;

  void SetUp() override {
    CatalogueSearchWorld::SetUp();
    if (HasFatalFailure()) return;
    op = Make("op@cd92.fr", Role::kOperateur, org.structure_id);
    // a1: org, Nanterre (T1), a session of 10 places and a cancelled one of 50.
    a1 = Action({.name = "Atelier permis", .objective = "lever_freins_sociaux"});
    s1 = CreateTestSession(db.store(), clock, a1, {.places = 10});
    auto cancelled = CreateTestSession(db.store(), clock, a1, {.places = 50});
    Sql("UPDATE action_sessions SET cancelled = TRUE WHERE id = $1",
        {std::to_string(cancelled)});
    // a2: the other structure, Boulogne (T2), capacity 4 without session.
    a2 = CreateTestAction(db.store(), clock, other.structure_id,
                          {.name = "Job dating", .objective = "acceder_emploi",
                           .commune_code = "92012", .capacity = 4});
    Action({.name = "Brouillon", .status = "brouillon", .capacity = 8});
    Prescribe(a1, s1, "acceptee", "2026-03-01T10:00:00Z", "2026-03-05T09:00:00Z", "");
    Prescribe(a1, s1, "entree", "2026-03-01T10:00:00Z", "2026-03-11T09:00:00Z", "2026-03-20");
    Prescribe(a1, s1, "refusee", "2026-04-01T10:00:00Z", "2026-04-02T09:00:00Z", "");
    Prescribe(a1, s1, "en_attente", "2026-05-20T10:00:00Z", "", "");
    Prescribe(a2, 0, "sortie", "2025-10-01T10:00:00Z", "2025-10-03T09:00:00Z", "2025-10-10");
    Prescribe(a2, 0, "expiree", "2025-11-01T10:00:00Z", "2025-12-01T00:00:00Z", "");
  }

  void Prescribe(std::int64_t action, std::int64_t session, const std::string& status,
                 const std::string& at, const std::string& answered, const std::string& entered) {
    TestPrescriptionSpec spec{.person_id = person, .action_id = action, .status = status,
                              .prescribed_at = at};
    if (session) spec.session_id = session;
    auto id = CreateTestPrescription(db.store(), clock, spec);
    Sql("UPDATE prescriptions SET answered_at = NULLIF($1, ''), entered_on = NULLIF($2, '') "
        "WHERE id = $3",
        {answered, entered, std::to_string(id)});
  }

  app::OfferFigures Figures(const app::Actor& who, std::optional<int> year = std::nullopt) {
    auto f = app::GetOfferFigures(db.store(), who, year);
    EXPECT_TRUE(f) << (f ? "" : f.error().message);
    return f ? *f : app::OfferFigures{};
  }
};

TEST_F(OfferFiguresTest, FillRatesPerActionObjectiveAndTerritory) {
  auto f = Figures(coordinator);
  ASSERT_EQ(f.actions.size(), 2u);  // drafts offer nothing
  EXPECT_EQ(f.actions[0].name, "Atelier permis");
  EXPECT_EQ(f.actions[0].places, 10);  // the cancelled session does not count
  EXPECT_EQ(f.actions[0].used, 2);     // acceptee and entree
  EXPECT_EQ(f.actions[1].places, 4);   // capacity
  EXPECT_EQ(f.actions[1].used, 1);     // sortie took a place
  EXPECT_EQ(f.actions[1].territory_name, "Grand Paris Seine Ouest");
  EXPECT_DOUBLE_EQ(*f.by_objective[0].rate, 0.2);
  EXPECT_EQ(f.by_objective[5].code, "acceder_emploi");
  EXPECT_DOUBLE_EQ(*f.by_objective[5].rate, 0.25);
  ASSERT_EQ(f.by_territory.size(), 2u);
  EXPECT_EQ(f.by_territory[0].label, "Grand Paris Seine Ouest");
  EXPECT_EQ(f.by_territory[1].label, "Territoire de test");
  EXPECT_EQ(f.total.places, 14);
  EXPECT_EQ(f.total.used, 3);
}

TEST_F(OfferFiguresTest, PrescriptionsByStatusAndDelays) {
  auto f = Figures(coordinator);
  EXPECT_EQ(f.prescriptions, 6);
  ASSERT_EQ(f.by_status.size(), 6u);
  EXPECT_EQ(f.by_status[0].status, "en_attente");
  EXPECT_EQ(f.by_status[0].count, 1);
  EXPECT_EQ(f.by_status[3].status, "expiree");
  EXPECT_EQ(f.by_status[3].count, 1);
  // Answers: 4, 10, 1 and 2 days (the expiry is no answer); entries: 19 and 9 days.
  EXPECT_EQ(f.to_answer.count, 4);
  EXPECT_DOUBLE_EQ(*f.to_answer.mean, 4.25);
  EXPECT_DOUBLE_EQ(*f.to_answer.median, 3);
  EXPECT_EQ(f.to_entry.count, 2);
  EXPECT_DOUBLE_EQ(*f.to_entry.mean, 14);
  EXPECT_DOUBLE_EQ(*f.to_entry.median, 14);
}

TEST_F(OfferFiguresTest, AnOperatorSeesItsOwnActionsOnly) {
  auto f = Figures(op);
  EXPECT_EQ(f.structure_id, org.structure_id);
  ASSERT_EQ(f.actions.size(), 1u);
  EXPECT_EQ(f.actions[0].action_id, a1);
  EXPECT_EQ(f.prescriptions, 4);
  EXPECT_EQ(f.to_entry.count, 1);
}

TEST_F(OfferFiguresTest, AYearKeepsItsSessionsAndPrescriptions) {
  auto f = Figures(coordinator, 2025);
  ASSERT_EQ(f.actions.size(), 1u);  // the 2026 session is not of 2025
  EXPECT_EQ(f.actions[0].action_id, a2);
  EXPECT_EQ(f.prescriptions, 2);
  f = Figures(coordinator, 2026);
  EXPECT_EQ(f.prescriptions, 4);
  ASSERT_EQ(f.actions.size(), 2u);  // a2 keeps its capacity, without use that year
  EXPECT_EQ(f.actions[1].used, 0);
}

TEST_F(OfferFiguresTest, RefusesOtherRolesAndAbsurdYears) {
  auto r = app::GetOfferFigures(db.store(), referent, std::nullopt);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
  r = app::GetOfferFigures(db.store(), coordinator, 1850);
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "annee"),
            "Année invalide : une année entre 2000 et 2100 est attendue.");
}

}  // namespace
}  // namespace pacte::testing
