// Place accounting (never overbooked, even with simultaneous acceptances) and the daily
// expiry/reminder job, on SQLite and PostgreSQL.

#include <atomic>
#include <thread>

#include "storage/prescriptions_fixture.hpp"

namespace pacte::testing {
namespace {

using S = PrescriptionStatus;

class PrescriptionPlaces : public PrescriptionWorld {
 protected:
  std::int64_t Taken(std::int64_t session_id) {
    return Count("SELECT COUNT(*) FROM prescriptions WHERE session_id = " +
                 std::to_string(session_id) + " AND status IN ('acceptee', 'entree')");
  }
};

TEST_F(PrescriptionPlaces, AcceptingIntoAFullSessionIsRefusedAndARefusalFreesThePlace) {
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 3; ++i) ids.push_back(Prescribe(referent, session)->id);
  ASSERT_TRUE(Answer(operateur, ids[0], To("acceptee")));
  ASSERT_TRUE(Answer(operateur, ids[1], To("acceptee")));
  auto full = Answer(operateur, ids[2], To("acceptee"));
  ASSERT_FALSE(full);
  EXPECT_EQ(full.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(full.error().code, "prescription.full");
  EXPECT_EQ(full.error().message,
            "Plus de place disponible : les 2 places de cette session sont prises. Refusez la "
            "prescription avec le motif « Plus de place ».");
  auto new_one = Prescribe(referent, session);
  EXPECT_EQ(FieldMessage(new_one.error(), "session_id"),
            "Cette session est complète : ses 2 places sont toutes prises.");
  ASSERT_TRUE(Answer(operateur, ids[0], To("refusee", "refus_personne")));
  EXPECT_TRUE(Answer(operateur, ids[2], To("acceptee")));
  EXPECT_EQ(Taken(session), 2);
}

TEST_F(PrescriptionPlaces, ActionCapacityCountsPrescriptionsWithoutSession) {
  auto capped = CreateTestAction(db.store(), clock, operator_org.structure_id, {.capacity = 1});
  auto first = Prescribe(referent, std::nullopt, capped);
  auto second = Prescribe(referent, std::nullopt, capped);
  ASSERT_TRUE(first && second);
  ASSERT_TRUE(Answer(operateur, first->id, To("acceptee")));
  auto full = Answer(operateur, second->id, To("acceptee"));
  EXPECT_EQ(full.error().code, "prescription.full");
  EXPECT_NE(full.error().message.find("de cette action"), std::string::npos);
  EXPECT_EQ(Prescribe(referent, std::nullopt, capped).error().code, "prescription.action_full");
  EXPECT_TRUE(Prescribe(referent, std::nullopt, action)) << "no capacity: no limit";
}

TEST_F(PrescriptionPlaces, SimultaneousAcceptancesNeverOverbook) {
  constexpr int kPlaces = 3;
  constexpr int kRequests = 12;
  auto small = CreateTestSession(db.store(), clock, action, {.places = kPlaces});
  std::vector<std::int64_t> ids;
  for (int i = 0; i < kRequests; ++i) {
    auto p = Prescribe(referent, small);
    ASSERT_TRUE(p) << p.error().message;
    ids.push_back(p->id);
  }
  std::atomic<int> accepted{0}, full{0}, unexpected{0};
  std::atomic<bool> go{false};
  std::vector<std::thread> threads;
  for (int i = 0; i < kRequests; ++i) {
    threads.emplace_back([&, i] {
      while (!go) std::this_thread::yield();
      try {
        auto r = Answer(operateur, ids[i], To("acceptee"));
        if (r) {
          ++accepted;
        } else if (r.error().code == "prescription.full") {
          ++full;
        } else {
          ++unexpected;
        }
      } catch (const std::exception&) {
        ++unexpected;
      }
    });
  }
  go = true;
  for (auto& t : threads) t.join();
  EXPECT_EQ(accepted, kPlaces);
  EXPECT_EQ(full, kRequests - kPlaces);
  EXPECT_EQ(unexpected, 0);
  EXPECT_EQ(Taken(small), kPlaces) << "never more places taken than the session has";
}

TEST_F(PrescriptionPlaces, SimultaneousAcceptancesOfOnePrescriptionRecordItOnce) {
  auto p = Prescribe(referent, session);
  ASSERT_TRUE(p);
  std::atomic<int> accepted{0}, stale_or_refused{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&] {
      auto r = Answer(operateur, p->id, To("acceptee"));
      (r ? accepted : stale_or_refused)++;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(accepted, 1);
  EXPECT_EQ(stale_or_refused, 3);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM prescription_events WHERE status = 'acceptee'"), 1);
}

class PrescriptionDeadlines : public PrescriptionWorld {};

TEST_F(PrescriptionDeadlines, RemindsAfterTenDaysAndExpiresAfterThirtyOnce) {
  auto old = Prescribe(referent, session);
  clock.Advance(std::chrono::days(5));
  auto recent = Prescribe(referent, session);
  ASSERT_TRUE(old && recent);
  clock.Advance(std::chrono::days(4));
  auto none = app::RunPrescriptionDeadlines(db.store(), clock, settings);
  EXPECT_EQ(none.reminded, 0);
  clock.Advance(std::chrono::days(1));  // old: 10 days
  auto first = app::RunPrescriptionDeadlines(db.store(), clock, settings);
  EXPECT_EQ(first.reminded, 1);
  EXPECT_EQ(first.expired, 0);
  EXPECT_EQ(app::RunPrescriptionDeadlines(db.store(), clock, settings).reminded, 0)
      << "reminded once";
  clock.Advance(std::chrono::days(20));  // old: 30 days, recent: 25
  auto second = app::RunPrescriptionDeadlines(db.store(), clock, settings);
  EXPECT_EQ(second.expired, 1);
  EXPECT_EQ(second.reminded, 1);
  auto expired = app::GetPrescription(db.store(), clock, referent, old->id);
  ASSERT_TRUE(expired);
  EXPECT_EQ(expired->prescription.status, S::kExpiree);
  std::vector<std::string> steps;
  for (const auto& e : expired->events) steps.push_back(e.status);
  EXPECT_EQ(steps, (std::vector<std::string>{"en_attente", "relance", "expiree"}));
  EXPECT_FALSE(expired->events.back().agent_id);
  EXPECT_EQ(Audits("prescription.expire"), 1);
  EXPECT_EQ(Audits("prescription.remind"), 2);
  EXPECT_EQ(Answer(operateur, old->id, To("acceptee")).error().code,
            "prescription.invalid_transition");
}

TEST_F(PrescriptionDeadlines, DelaysComeFromTheSettings) {
  settings.prescription_expiry_days = 3;
  settings.prescription_reminder_days = 1;
  auto p = Prescribe(referent, session);
  ASSERT_TRUE(p);
  clock.Advance(std::chrono::days(3));
  auto r = app::RunPrescriptionDeadlines(db.store(), clock, settings);
  EXPECT_EQ(r.expired, 1);
  EXPECT_EQ(r.reminded, 0) << "an expired prescription is not reminded";
}

}  // namespace
}  // namespace pacte::testing
