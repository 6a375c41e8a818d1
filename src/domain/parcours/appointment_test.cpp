// Appointment statuses against time: a future appointment cannot be honoured or missed; a past
// one still planned is "à préciser".

#include "domain/parcours/appointment.hpp"

#include <gtest/gtest.h>

namespace pacte {
namespace {

using S = AppointmentStatus;

Timestamp T(const char* iso) { return *ParseIsoTimestamp(iso); }
const Timestamp kNow = T("2025-03-15T10:00:00Z");

TEST(AppointmentStatusRule, Table) {
  struct Row {
    const char* starts_at;
    S status;
    bool allowed;
  };
  const Row rows[] = {
      // Tomorrow: only planned or cancelled statuses.
      {"2025-03-16T09:00:00Z", S::kAVenir, true},
      {"2025-03-16T09:00:00Z", S::kHonore, false},
      {"2025-03-16T09:00:00Z", S::kExcuse, true},
      {"2025-03-16T09:00:00Z", S::kAnnule, true},
      {"2025-03-16T09:00:00Z", S::kAbsent, false},
      // Later today: still in the future.
      {"2025-03-15T10:00:01Z", S::kHonore, false},
      {"2025-03-15T14:00:00Z", S::kAbsent, false},
      // Starting now, or past: every status.
      {"2025-03-15T10:00:00Z", S::kHonore, true},
      {"2025-03-15T09:00:00Z", S::kAVenir, true},
      {"2025-03-14T09:00:00Z", S::kHonore, true},
      {"2025-03-14T09:00:00Z", S::kExcuse, true},
      {"2025-03-14T09:00:00Z", S::kAnnule, true},
      {"2025-03-14T09:00:00Z", S::kAbsent, true},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(CheckAppointmentStatus(row.status, T(row.starts_at), kNow).has_value(), row.allowed)
        << row.starts_at << " " << AppointmentStatusCode(row.status);
  }
}

TEST(AppointmentStatusRule, FrenchErrorOnStatus) {
  auto result = CheckAppointmentStatus(S::kHonore, T("2025-03-20T09:00:00Z"), kNow);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::kInvalid);
  EXPECT_EQ(result.error().code, "appointment.status_impossible");
  EXPECT_EQ(result.error().message,
            "Un rendez-vous qui n'a pas encore eu lieu ne peut pas être marqué « Honoré ».");
  ASSERT_EQ(result.error().fields.size(), 1u);
  EXPECT_EQ(result.error().fields[0].field, "status");
  EXPECT_EQ(CheckAppointmentStatus(S::kAbsent, T("2025-03-20T09:00:00Z"), kNow).error().message,
            "Un rendez-vous qui n'a pas encore eu lieu ne peut pas être marqué « Absent ».");
}

TEST(AppointmentToBeSpecified, PastAndStillPlanned) {
  EXPECT_TRUE(IsToBeSpecified(S::kAVenir, T("2025-03-15T09:59:59Z"), kNow));
  EXPECT_FALSE(IsToBeSpecified(S::kAVenir, T("2025-03-15T10:00:00Z"), kNow));
  EXPECT_FALSE(IsToBeSpecified(S::kAVenir, T("2025-03-16T09:00:00Z"), kNow));
  for (S s : {S::kHonore, S::kExcuse, S::kAnnule, S::kAbsent}) {
    EXPECT_FALSE(IsToBeSpecified(s, T("2025-03-01T09:00:00Z"), kNow));
  }
}

TEST(AppointmentToBeSpecified, DisplayedStatus) {
  EXPECT_EQ(DisplayedAppointmentCode(S::kAVenir, T("2025-03-01T09:00:00Z"), kNow), "a_preciser");
  EXPECT_EQ(DisplayedAppointmentLabel(S::kAVenir, T("2025-03-01T09:00:00Z"), kNow), "À préciser");
  EXPECT_EQ(DisplayedAppointmentCode(S::kAVenir, T("2025-03-20T09:00:00Z"), kNow), "a_venir");
  EXPECT_EQ(DisplayedAppointmentLabel(S::kAVenir, T("2025-03-20T09:00:00Z"), kNow), "À venir");
  EXPECT_EQ(DisplayedAppointmentCode(S::kExcuse, T("2025-03-01T09:00:00Z"), kNow), "excuse");
}

}  // namespace
}  // namespace pacte
