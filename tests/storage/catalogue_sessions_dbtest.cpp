// Sessions and PDI programmes on SQLite and PostgreSQL: dates, places against places taken,
// archived actions, the programme of a year with its budget against its actions' funding.

#include "app/catalogue/programmes.hpp"
#include "storage/catalogue_fixture.hpp"

namespace pacte::testing {
namespace {

class CatalogueSessions : public CatalogueWorld {
 protected:
  static SessionInput Session(const char* starts, const char* ends, std::int64_t places) {
    return {"Session d'été", starts, ends, "lundi et jeudi, 9 h – 12 h", 6, std::nullopt,
            places, "Salle 2", "92050"};
  }
};

TEST_F(CatalogueSessions, AddsASessionWithWeeksAndMovesDateMaj) {
  auto a = Published(op);
  clock.Set(*ParseIsoTimestamp("2026-06-10T09:00:00Z"));
  auto s = app::AddSession(db.store(), clock, op, a.id, Session("2026-07-06", "2026-07-31", 8));
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->fields.weeks, 4);
  EXPECT_EQ(s->fields.places, 8);
  EXPECT_EQ(s->taken, 0);
  auto detail = app::GetAction(db.store(), clock, op, a.id);
  EXPECT_EQ(detail->action.data.date_maj, *ParseIsoDate("2026-06-10"));
  ASSERT_EQ(detail->sessions.size(), 1u);
  EXPECT_EQ(Audits("session.create"), 1);
  auto listed = app::ListActionSessions(db.store(), referent, a.id);
  ASSERT_TRUE(listed);
  EXPECT_EQ(listed->size(), 1u);
}

TEST_F(CatalogueSessions, RefusesPastStartEndBeforeStartArchivedActionsAndOutsiders) {
  auto a = Published(op);
  auto past = app::AddSession(db.store(), clock, op, a.id, Session("2026-05-31", "2026-07-31", 8));
  ASSERT_FALSE(past);
  EXPECT_NE(FieldMessage(past.error(), "starts_on").find("passé"), std::string::npos);
  auto reversed =
      app::AddSession(db.store(), clock, op, a.id, Session("2026-07-31", "2026-07-01", 8));
  ASSERT_FALSE(reversed);
  EXPECT_NE(FieldMessage(reversed.error(), "ends_on").find("finir avant"), std::string::npos);
  auto foreign =
      app::AddSession(db.store(), clock, other_op, a.id, Session("2026-07-01", "2026-07-31", 8));
  ASSERT_FALSE(foreign);
  EXPECT_EQ(foreign.error().kind, ErrorKind::kForbidden);
  auto archived = app::ArchiveAction(db.store(), clock, op, a.id, a.version);
  ASSERT_TRUE(archived);
  auto closed = app::AddSession(db.store(), clock, op, a.id, Session("2026-07-01", "2026-07-31", 8));
  ASSERT_FALSE(closed);
  EXPECT_EQ(closed.error().code, "action.archived");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM action_sessions"), 0);
}

TEST_F(CatalogueSessions, PlacesNeverGoBelowPlacesTaken) {
  auto a = Published(op);
  auto s = app::AddSession(db.store(), clock, op, a.id, Session("2026-07-01", "2026-07-31", 3));
  ASSERT_TRUE(s);
  for (const char* status : {"acceptee", "entree", "en_attente", "refusee"}) {
    CreateTestPrescription(db.store(), clock,
                           {.person_id = person, .action_id = a.id, .session_id = s->id,
                            .status = status});
  }
  auto in = app::InputOfSession(s->fields);
  in.places = 1;
  auto below = app::UpdateSession(db.store(), clock, op, s->id, s->version, in, false);
  ASSERT_FALSE(below);
  EXPECT_NE(FieldMessage(below.error(), "places").find("2 place(s) prise(s)"), std::string::npos);
  in.places = 2;
  auto ok = app::UpdateSession(db.store(), clock, op, s->id, s->version, in, false);
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(ok->taken, 2);
  auto stale = app::UpdateSession(db.store(), clock, op, s->id, s->version, in, false);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  EXPECT_EQ(Count("SELECT places FROM action_sessions"), 2);
}

TEST_F(CatalogueSessions, ProgrammeOfAYearComparesBudgetsWithFunding) {
  auto f = Publishable();
  f.programme_year = 2026;
  f.funding_amount_cents = 3000000;
  auto before = Create(op, f);  // saved before the programme exists
  ProgrammeInput in;
  in.year = 2026;
  in.adopted_on = "2026-01-29";
  in.budgets_cents[Objective::kLeverFreinsSociaux] = 10000000;
  auto forbidden = app::CreateProgramme(db.store(), clock, op, in);
  ASSERT_FALSE(forbidden);
  EXPECT_EQ(forbidden.error().kind, ErrorKind::kForbidden);
  auto p = app::CreateProgramme(db.store(), clock, coordinator, in);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->fields.name, "PDI-RE 2026");
  f.funding_amount_cents = 1000000;
  Create(op, f);  // attaches itself
  auto d = app::GetProgramme(db.store(), coordinator, p->id);
  ASSERT_TRUE(d);
  ASSERT_EQ(d->actions.size(), 2u);
  EXPECT_EQ(d->budget.front().budget_cents, 10000000);
  EXPECT_EQ(d->budget.front().funded_cents, 4000000);
  EXPECT_EQ(d->budget.front().remaining_cents, 6000000);
  EXPECT_EQ(d->total_budget_cents, 10000000);
  auto detail = app::GetAction(db.store(), clock, op, before.id);
  EXPECT_EQ(detail->programme_name, "PDI-RE 2026");
  auto twice = app::CreateProgramme(db.store(), clock, coordinator, in);
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, "programme.year_taken");
  in.budgets_cents[Objective::kCreerActivite] = 500000;
  in.name = "Programme 2026";
  auto updated = app::UpdateProgramme(db.store(), clock, coordinator, p->id, p->version, in);
  ASSERT_TRUE(updated);
  EXPECT_EQ(updated->fields.budgets_cents.size(), 2u);
  auto stale = app::UpdateProgramme(db.store(), clock, coordinator, p->id, p->version, in);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  in.year = 2027;
  auto moved = app::UpdateProgramme(db.store(), clock, coordinator, p->id, updated->version, in);
  ASSERT_FALSE(moved);
  EXPECT_FALSE(FieldMessage(moved.error(), "year").empty());
  EXPECT_EQ(Audits("programme.create"), 1);
  EXPECT_EQ(Audits("programme.update"), 1);
}

}  // namespace
}  // namespace pacte::testing
