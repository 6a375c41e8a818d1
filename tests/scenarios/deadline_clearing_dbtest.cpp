// Every work-list item disappears when the fact behind it changes (rows written directly,
// as the features of the other packages will write them). Runs on SQLite and PostgreSQL.

#include <gtest/gtest.h>

#include "scenarios/deadline_world.hpp"

namespace pacte::testing {
namespace {

TEST(DeadlineClearing, RecordingAnOrientationClearsOrientationOverdue) {
  DeadlineWorld w;
  auto p = w.Person("2025-01-06");
  w.Today("2025-03-01");
  ASSERT_EQ(w.Count(DueKind::kOrientation), 1);
  w.Orient(p, "social", "2025-03-01");
  EXPECT_EQ(w.Count(DueKind::kOrientation), 0);
}

TEST(DeadlineClearing, SigningAContractClearsContractOverdueButADraftDoesNot) {
  DeadlineWorld w;
  auto p = w.Person("2025-01-06");
  w.Orient(p, "social", "2025-01-10");
  w.Today("2025-03-01");
  ASSERT_EQ(w.Listed(DueKind::kContract), (Lines{"#1 due 2025-02-10 since 2025-02-11 (2025)"}));
  w.Contract(p, "contrat_engagement", "brouillon", "2025-03-01", "2025-08-31");
  EXPECT_EQ(w.Count(DueKind::kContract), 1);
  w.Sql("UPDATE contracts SET status = 'signe', signed_on = '2025-03-01' WHERE person_id = $1",
        {std::to_string(p)});
  EXPECT_EQ(w.Count(DueKind::kContract), 0);
}

TEST(DeadlineClearing, SigningTheRenewalClearsContractExpiring) {
  DeadlineWorld w;
  auto p = w.Person("2025-01-06");
  w.Orient(p, "social", "2025-01-10");
  w.Contract(p, "contrat_engagement", "signe", "2025-01-20", "2025-03-20", "2025-01-20");
  w.Today("2025-02-17");
  EXPECT_EQ(w.Count(DueKind::kContractExpiring), 0);  // ends in 31 days
  w.Today("2025-03-01");
  ASSERT_EQ(w.Listed(DueKind::kContractExpiring),
            (Lines{"#1 due 2025-03-20 since 2025-02-18 (2025)"}));
  w.Contract(p, "contrat_engagement", "signe", "2025-03-21", "2025-09-20", "2025-03-01");
  EXPECT_EQ(w.Count(DueKind::kContractExpiring), 0);
}

TEST(DeadlineClearing, RecordingWhatHappenedClearsAppointmentUnrecorded) {
  DeadlineWorld w;
  auto p = w.Person("2025-01-06");
  w.Orient(p, "social", "2025-01-10");
  w.Appointment(p, "2025-02-20", "a_venir");
  w.Appointment(p, "2025-03-01", "a_venir");  // today: not yet to record
  w.Today("2025-03-01");
  ASSERT_EQ(w.Listed(DueKind::kAppointmentUnrecorded),
            (Lines{"#1 due 2025-02-20 since 2025-02-21 (2025)"}));
  w.Sql("UPDATE appointments SET status = 'absent' WHERE starts_at < '2025-03-01'");
  EXPECT_EQ(w.Count(DueKind::kAppointmentUnrecorded), 0);
}

TEST(DeadlineClearing, AnAppointmentHeldOrPlannedClearsNoRecentAppointment) {
  DeadlineWorld w;
  auto held = w.Person("2024-09-02");
  auto planned = w.Person("2024-09-02");
  w.Orient(held, "professionnel", "2024-10-01");
  w.Orient(planned, "professionnel", "2024-10-01");
  w.Appointment(held, "2024-10-15", "honore");
  w.Appointment(held, "2024-12-01", "absent");  // missed: no contact
  w.Today("2025-03-01");
  ASSERT_EQ(w.Count(DueKind::kNoRecentAppointment), 2);
  w.Appointment(held, "2025-02-15", "honore");
  EXPECT_EQ(w.Count(DueKind::kNoRecentAppointment), 1);
  w.Appointment(planned, "2025-03-10", "a_venir");
  EXPECT_EQ(w.Count(DueKind::kNoRecentAppointment), 0);
}

TEST(DeadlineClearing, AReviewClearsSocialReviewDueAndVulnerabilitiesGiveTwelveMonths) {
  DeadlineWorld w;
  auto plain = w.Person("2024-06-03");
  auto vulnerable = w.Person("2024-06-03");
  w.Orient(plain, "social", "2024-07-01");
  w.Orient(vulnerable, "social", "2024-07-01");
  w.Sql("INSERT INTO diagnostics (person_id, made_on, created_at, updated_at) "
        "VALUES ($1, '2024-07-15', 'x', 'x')",
        {std::to_string(vulnerable)});
  w.Sql("INSERT INTO diagnostic_items (diagnostic_id, theme, impact) "
        "SELECT id, 'sante', 'fort' FROM diagnostics WHERE person_id = $1",
        {std::to_string(vulnerable)});
  w.Today("2025-03-01");
  ASSERT_EQ(w.Listed(DueKind::kSocialReview),
            (Lines{"#1 due 2025-01-01 since 2025-01-02 (2009)"}));
  w.Sql("INSERT INTO parcours_reviews (person_id, reviewed_on, kind, created_at) "
        "VALUES ($1, '2025-02-15', 'revue_conjointe', 'x')",
        {std::to_string(plain)});
  EXPECT_EQ(w.Count(DueKind::kSocialReview), 0);
  // A later diagnostic without vulnerability brings the 6-month review back.
  w.Sql("INSERT INTO diagnostics (person_id, made_on, created_at, updated_at) "
        "VALUES ($1, '2025-02-01', 'x', 'x')",
        {std::to_string(vulnerable)});
  EXPECT_EQ(w.Listed(DueKind::kSocialReview),
            (Lines{"#2 due 2025-01-01 since 2025-01-02 (2009)"}));
}

TEST(DeadlineClearing, AnExitClearsTheObligationsButNotTheAppointmentsToRecord) {
  DeadlineWorld w;
  auto p = w.Person("2025-01-06");
  w.Appointment(p, "2025-02-20", "a_venir");
  w.Today("2025-03-01");
  ASSERT_EQ(w.Count(DueKind::kOrientation), 1);
  w.Sql("INSERT INTO exits (person_id, exited_on, reason, created_at, updated_at) "
        "VALUES ($1, '2025-02-25', 'emploi_durable', 'x', 'x')",
        {std::to_string(p)});
  EXPECT_EQ(w.Count(DueKind::kOrientation), 0);
  EXPECT_EQ(w.Count(DueKind::kAppointmentUnrecorded), 1);
}

}  // namespace
}  // namespace pacte::testing
