// Appointment rules (codes.md §5) on SQLite and PostgreSQL: statuses on both sides of "now",
// "à préciser", motives, optimistic concurrency, access, projection and audit.

#include "app/appointments/appointment_motives.hpp"
#include "app/appointments/appointments.hpp"
#include "storage/appointments_fixture.hpp"

namespace pacte::testing {
namespace {

class AppointmentsTest : public ParcoursWorld {
 protected:
  app::AppointmentDraft Draft(const std::string& starts_at, const std::string& status = "") {
    app::AppointmentDraft d;
    d.starts_at = starts_at;
    d.mode = "sur_place";
    d.place = "CCAS, 1 rue de la Mairie";
    d.motive = "suivi";
    d.status = status;
    return d;
  }
  Result<app::StoredAppointment> Plan(const app::AppointmentDraft& d) {
    return app::PlanAppointment(db.store(), clock, referent, person, d);
  }
  std::int64_t Appointments() { return Count("SELECT COUNT(*) FROM appointments"); }
};

TEST_F(AppointmentsTest, AFutureAppointmentIsPlannedAVenirAndBecomesTheNextOne) {
  auto a = Plan(Draft("2026-06-10T14:30"));
  ASSERT_TRUE(a) << a.error().message;
  EXPECT_EQ(a->record.status, AppointmentStatus::kAVenir);
  EXPECT_EQ(a->record.agent_id, referent.agent_id);  // defaults to the actor
  EXPECT_EQ(a->record.structure_id, org.structure_id);
  EXPECT_EQ(a->record.duration_minutes, 30);
  EXPECT_EQ(a->motive_label, "Suivi");
  EXPECT_EQ(State().next_appointment_at, ParseIsoTimestamp("2026-06-10T14:30:00Z"));
  EXPECT_EQ(Audits("appointment.create"), 1);
}

TEST_F(AppointmentsTest, AFutureAppointmentCannotBeHonoreNorAbsent) {
  for (const char* status : {"honore", "absent"}) {
    auto a = Plan(Draft("2026-06-01T09:01", status));  // one minute after now
    ASSERT_FALSE(a);
    EXPECT_EQ(a.error().kind, ErrorKind::kInvalid);
    EXPECT_NE(FieldMessage(a.error(), "status").find("n'a pas encore eu lieu"),
              std::string::npos);
  }
  EXPECT_EQ(Appointments(), 0);
  EXPECT_EQ(Audits("appointment.create"), 0);
}

TEST_F(AppointmentsTest, AFutureAppointmentMayBeExcusedOrCancelled) {
  EXPECT_TRUE(Plan(Draft("2026-06-20T10:00", "excuse")));
  EXPECT_TRUE(Plan(Draft("2026-06-20T11:00", "annule")));
  EXPECT_FALSE(State().next_appointment_at);  // neither is still to come
}

TEST_F(AppointmentsTest, APastAppointmentMayBeHonouredAndIsTheLastContact) {
  auto a = Plan(Draft("2026-05-20T10:00", "honore"));
  ASSERT_TRUE(a) << a.error().message;
  EXPECT_EQ(State().last_contact_on, ParseIsoDate("2026-05-20"));
  auto absent = Plan(Draft("2026-06-01T08:59", "absent"));  // one minute before now
  EXPECT_TRUE(absent);
}

TEST_F(AppointmentsTest, APastAppointmentStillAVenirIsToBeSpecified) {
  auto a = Plan(Draft("2026-06-02T09:00"));
  ASSERT_TRUE(a);
  const auto& r = a->record;
  EXPECT_FALSE(IsToBeSpecified(r.status, r.starts_at, clock.Now()));
  clock.Advance(std::chrono::hours{48});
  EXPECT_EQ(DisplayedAppointmentLabel(r.status, r.starts_at, clock.Now()), "À préciser");
  auto agenda = app::AgendaOf(db.store(), clock, referent);
  ASSERT_TRUE(agenda);
  ASSERT_EQ(agenda->size(), 1u);
  EXPECT_EQ(agenda->front().appointment.id, a->id);
  EXPECT_EQ(agenda->front().person_name, "Awa MARTIN");
  // Recording what happened clears it; honoured is now possible.
  app::AppointmentChanges c;
  c.status = "honore";
  auto done = app::UpdateAppointment(db.store(), clock, referent, a->id, a->version, c);
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_EQ(done->version, a->version + 1);
  EXPECT_TRUE(app::AgendaOf(db.store(), clock, referent)->empty());
  EXPECT_EQ(State().last_contact_on, ParseIsoDate("2026-06-02"));
}

TEST_F(AppointmentsTest, ReschedulingAnHonouredAppointmentIntoTheFutureIsRefused) {
  auto a = Plan(Draft("2026-05-20T10:00", "honore"));
  ASSERT_TRUE(a);
  app::AppointmentChanges c;
  c.starts_at = "2026-07-01T10:00";
  auto moved = app::UpdateAppointment(db.store(), clock, referent, a->id, a->version, c);
  ASSERT_FALSE(moved);
  EXPECT_FALSE(FieldMessage(moved.error(), "status").empty());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM appointments WHERE starts_at LIKE '2026-05-20%'"), 1);
}

TEST_F(AppointmentsTest, AStaleVersionIsRefused) {
  auto a = Plan(Draft("2026-06-10T14:30"));
  ASSERT_TRUE(a);
  app::AppointmentChanges c;
  c.comment = "Reporté à la demande de la personne";
  ASSERT_TRUE(app::UpdateAppointment(db.store(), clock, referent, a->id, a->version, c));
  c.status = "annule";
  auto stale = app::UpdateAppointment(db.store(), clock, referent, a->id, a->version, c);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM appointments WHERE status = 'annule'"), 0);
}

TEST_F(AppointmentsTest, EveryBadFieldGetsItsFrenchMessage) {
  app::AppointmentDraft d;
  d.starts_at = "demain";
  d.duration_minutes = "2";
  d.mode = "pigeon";
  d.motive = "inconnu";
  d.status = "fini";
  auto a = Plan(d);
  ASSERT_FALSE(a);
  EXPECT_EQ(FieldMessage(a.error(), "starts_at"),
            "Date et heure invalides (format attendu AAAA-MM-JJTHH:MM).");
  EXPECT_EQ(FieldMessage(a.error(), "duration_minutes"),
            "La durée doit être un nombre de minutes entre 5 et 480.");
  EXPECT_EQ(FieldMessage(a.error(), "mode"), "Modalité inconnue : sur_place, telephone ou visio.");
  EXPECT_EQ(FieldMessage(a.error(), "motive"), "Motif inconnu : choisissez-en un dans la liste.");
  EXPECT_FALSE(FieldMessage(a.error(), "status").empty());
  EXPECT_EQ(Appointments(), 0);
}

TEST_F(AppointmentsTest, AnInactiveMotiveCannotBeUsedForANewAppointmentButIsKept) {
  auto a = Plan(Draft("2026-06-10T14:30"));
  ASSERT_TRUE(a);
  auto motives = app::ListMotives(db.store(), referent);
  ASSERT_TRUE(motives);
  EXPECT_EQ(motives->size(), 7u);
  auto suivi = std::find_if(motives->begin(), motives->end(),
                            [](const auto& m) { return m.code == "suivi"; });
  ASSERT_NE(suivi, motives->end());
  auto off = app::UpdateMotive(db.store(), clock, coordinator, suivi->id, suivi->version,
                               "Suivi", false);
  ASSERT_TRUE(off) << off.error().message;
  auto refused = Plan(Draft("2026-06-11T14:30"));
  ASSERT_FALSE(refused);
  EXPECT_EQ(FieldMessage(refused.error(), "motive"),
            "Ce motif n'est plus proposé : choisissez-en un autre.");
  app::AppointmentChanges c;
  c.comment = "Toujours au motif suivi";
  EXPECT_TRUE(app::UpdateAppointment(db.store(), clock, referent, a->id, a->version, c));
}

TEST_F(AppointmentsTest, MotivesAreManagedByAdminsAndCoordinatorsOnly) {
  auto denied = app::AddMotive(db.store(), clock, referent, "bilan_final", "Bilan final");
  ASSERT_FALSE(denied);
  EXPECT_EQ(denied.error().kind, ErrorKind::kForbidden);
  auto added = app::AddMotive(db.store(), clock, coordinator, "bilan_final", "Bilan final");
  ASSERT_TRUE(added) << added.error().message;
  auto twice = app::AddMotive(db.store(), clock, coordinator, "bilan_final", "Encore");
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().kind, ErrorKind::kConflict);
  auto bad = app::AddMotive(db.store(), clock, coordinator, "Bilan Final", "");
  ASSERT_FALSE(bad);
  EXPECT_FALSE(FieldMessage(bad.error(), "code").empty());
  EXPECT_EQ(FieldMessage(bad.error(), "label"), "Indiquez le libellé du motif.");
  auto renamed = app::UpdateMotive(db.store(), clock, coordinator, added->id, added->version,
                                   "Bilan de fin de parcours", true);
  ASSERT_TRUE(renamed);
  auto stale = app::UpdateMotive(db.store(), clock, coordinator, added->id, added->version,
                                 "Autre", true);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
}

TEST_F(AppointmentsTest, OnlyThoseWhoMayEditTheParcoursPlanAppointments) {
  auto by_colleague = app::PlanAppointment(db.store(), clock, colleague, person,
                                           Draft("2026-06-10T14:30"));
  ASSERT_FALSE(by_colleague);
  EXPECT_EQ(by_colleague.error().kind, ErrorKind::kForbidden);
  auto by_outsider = app::PlanAppointment(db.store(), clock, outsider, person,
                                          Draft("2026-06-10T14:30"));
  ASSERT_FALSE(by_outsider);
  EXPECT_EQ(by_outsider.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Appointments(), 0);
  // The colleague reads them (same structure), the outsider does not.
  EXPECT_TRUE(app::ListPersonAppointments(db.store(), clock, colleague, person));
  EXPECT_FALSE(app::ListPersonAppointments(db.store(), clock, outsider, person));
  EXPECT_EQ(Audits("appointment.list"), 1);
}

TEST_F(AppointmentsTest, TheConvocationKnowsTheDepartementAndTheReferent) {
  auto a = Plan(Draft("2026-06-10T14:30"));
  ASSERT_TRUE(a);
  auto letter = app::GetAppointment(db.store(), clock, colleague, a->id, true);
  ASSERT_TRUE(letter) << letter.error().message;
  EXPECT_FALSE(letter->departement_name.empty());
  EXPECT_EQ(letter->referent_name, "Prénom REF");
  EXPECT_TRUE(letter->person.dd_since);
  EXPECT_EQ(Audits("appointment.convocation"), 1);
}

}  // namespace
}  // namespace pacte::testing
