// Exits and social-path reviews on SQLite and PostgreSQL: dates, a second exit, upcoming
// appointments cancelled with the exit, and a new D&D period reopening the parcours.

#include "app/appointments/appointments.hpp"
#include "app/exits/exits.hpp"
#include "storage/appointments_fixture.hpp"

namespace pacte::testing {
namespace {

class ExitsTest : public ParcoursWorld {
 protected:
  Result<app::ExitOutcome> Exit(const std::string& on, const std::string& reason) {
    app::ExitRequest r;
    r.draft = {on, reason};
    return app::RecordExit(db.store(), clock, referent, person, r);
  }
  std::int64_t PlanAt(const std::string& starts_at, const std::string& status = "") {
    app::AppointmentDraft d;
    d.starts_at = starts_at;
    d.mode = "telephone";
    d.motive = "suivi";
    d.status = status;
    auto a = app::PlanAppointment(db.store(), clock, referent, person, d);
    if (!a) throw std::runtime_error(a.error().message);
    return a->id;
  }
  std::string StatusOf(std::int64_t id) {
    std::string s;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      auto& conn = dynamic_cast<storage::SqlUnitOfWork&>(uow).connection();
      s = conn.Query("SELECT status FROM appointments WHERE id = $1", {id}).rows.at(0).Text(0);
      return true;
    });
    return s;
  }
};

TEST_F(ExitsTest, AnExitClosesTheParcoursAndCancelsUpcomingAppointments) {
  auto past = PlanAt("2026-05-20T10:00", "honore");
  auto pending = PlanAt("2026-05-28T10:00");  // à préciser: left for the référent
  auto upcoming = PlanAt("2026-06-15T10:00");
  auto out = Exit("2026-05-31", "emploi_durable");
  ASSERT_TRUE(out) << out.error().message;
  EXPECT_EQ(out->cancelled_appointments, std::vector<std::int64_t>{upcoming});
  EXPECT_EQ(StatusOf(upcoming), "annule");
  EXPECT_EQ(StatusOf(past), "honore");
  EXPECT_EQ(StatusOf(pending), "a_venir");
  auto s = State();
  EXPECT_EQ(s.exited_on, ParseIsoDate("2026-05-31"));
  EXPECT_EQ(s.exit_reason, "emploi_durable");
  EXPECT_FALSE(s.next_appointment_at);
  EXPECT_EQ(Audits("exit.create"), 1);
}

TEST_F(ExitsTest, ASecondExitIsAConflictUntilANewDdPeriodReopensTheParcours) {
  ASSERT_TRUE(Exit("2026-01-31", "demenagement"));
  auto again = Exit("2026-02-15", "autre");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(again.error().code, "exit.already_exited");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM exits"), 1);
  // The right closed, then a new D&D period opened after the exit.
  const std::string id = std::to_string(person);
  ExecuteForTest(db.store(),
                 "UPDATE rights_history SET valid_to = '2026-02-01' WHERE person_id = $1", {id});
  ExecuteForTest(db.store(),
                 "INSERT INTO rights_history (household_id, person_id, valid_from, valid_to, "
                 "etatdosrsa, dd_flag, source, recorded_at) SELECT household_id, person_id, "
                 "'2026-02-01', '2026-04-01', '6', '0', 'manual', 'x' FROM rights_history "
                 "WHERE person_id = $1",
                 {id});
  ExecuteForTest(db.store(),
                 "INSERT INTO rights_history (household_id, person_id, valid_from, etatdosrsa, "
                 "dd_flag, source, recorded_at) SELECT household_id, id, '2026-04-01', '2', "
                 "'1', 'manual', 'x' FROM persons WHERE id = $1",
                 {id});
  // Whoever records rights refreshes the projection; the raw rows above do it by hand.
  db.store().Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
    app::RefreshParcoursState(uow, person, clock.Now());
    return true;
  });
  EXPECT_FALSE(State().exited_on);  // reopened
  auto before_new = Exit("2026-03-01", "autre");
  ASSERT_FALSE(before_new);
  EXPECT_EQ(FieldMessage(before_new.error(), "exited_on"),
            "La date de sortie ne peut pas précéder l'entrée dans les droits et devoirs "
            "(01/04/2026).");
  auto second = Exit("2026-05-15", "fin_de_droit");
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(State().exit_reason, "fin_de_droit");
}

TEST_F(ExitsTest, ExitDatesAreCheckedAndNothingIsHalfWritten) {
  PlanAt("2026-06-15T10:00");
  auto future = Exit("2026-06-02", "emploi_durable");
  ASSERT_FALSE(future);
  EXPECT_EQ(FieldMessage(future.error(), "exited_on"),
            "La date de sortie ne peut pas être dans le futur.");
  auto before_dd = Exit("2024-12-31", "emploi_durable");
  ASSERT_FALSE(before_dd);
  EXPECT_EQ(FieldMessage(before_dd.error(), "exited_on"),
            "La date de sortie ne peut pas précéder l'entrée dans les droits et devoirs "
            "(06/01/2025).");
  auto no_reason = Exit("2026-05-01", "vacances");
  ASSERT_FALSE(no_reason);
  EXPECT_EQ(FieldMessage(no_reason.error(), "reason"), "Motif de sortie inconnu.");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM exits"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM appointments WHERE status = 'annule'"), 0);
  EXPECT_FALSE(State().exited_on);
}

TEST_F(ExitsTest, ReviewsAreRecordedForTheSocialReviewDeadline) {
  auto r = app::RecordReview(db.store(), clock, referent, person,
                             {"2026-05-12", "equipe_pluridisciplinaire", "Maintien en social"});
  ASSERT_TRUE(r) << r.error().message;
  auto bad = app::RecordReview(db.store(), clock, referent, person, {"2026-07-01", "comite", ""});
  ASSERT_FALSE(bad);
  EXPECT_EQ(FieldMessage(bad.error(), "reviewed_on"),
            "La date de la revue ne peut pas être dans le futur.");
  EXPECT_FALSE(FieldMessage(bad.error(), "kind").empty());
  auto denied = app::RecordReview(db.store(), clock, colleague, person,
                                  {"2026-05-12", "revue_conjointe", ""});
  ASSERT_FALSE(denied);
  EXPECT_EQ(denied.error().kind, ErrorKind::kForbidden);
  auto context = app::GetExitContext(db.store(), clock, referent, person);
  ASSERT_TRUE(context);
  ASSERT_EQ(context->reviews.size(), 1u);
  EXPECT_EQ(context->reviews.front().record.fields.kind, ReviewKind::kEquipePluridisciplinaire);
  EXPECT_EQ(Audits("review.create"), 1);
}

}  // namespace
}  // namespace pacte::testing
