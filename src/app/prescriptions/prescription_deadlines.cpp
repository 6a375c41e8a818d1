#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/prescriptions/prescriptions.hpp"

namespace pacte::app {
namespace {

// Expires one prescription if it is still pending and due; true when it did.
bool ExpireOne(Store& store, const Clock& clock, const Actor& system, std::int64_t id,
               int expiry_days) {
  return Write(store, [&](UnitOfWork& uow) {
    auto& repo = uow.Prescriptions();
    auto p = repo.Find(id);
    const Timestamp now = clock.Now();
    if (!p || p->status != PrescriptionStatus::kEnAttente ||
        !IsExpiryDue(p->prescribed_at, now, expiry_days)) {
      return false;
    }
    p->status = PrescriptionStatus::kExpiree;
    if (!repo.UpdateStatus(*p, now)) return false;
    repo.AddEvent({id, "expiree", now, std::nullopt, std::nullopt, std::nullopt, ""});
    RecordAudit(uow, clock, system, "prescription.expire", "prescription", std::to_string(id),
                {{"days", expiry_days}});
    return true;
  });
}

bool RemindOne(Store& store, const Clock& clock, const Actor& system, std::int64_t id,
               int reminder_days) {
  return Write(store, [&](UnitOfWork& uow) {
    auto& repo = uow.Prescriptions();
    auto p = repo.Find(id);
    const Timestamp now = clock.Now();
    if (!p || p->status != PrescriptionStatus::kEnAttente ||
        !IsReminderDue(p->prescribed_at, p->reminded_at, now, reminder_days)) {
      return false;
    }
    repo.MarkReminded(id, now);
    repo.AddEvent({id, "relance", now, std::nullopt, std::nullopt, std::nullopt, ""});
    RecordAudit(uow, clock, system, "prescription.remind", "prescription", std::to_string(id),
                {{"structure_id", p->structure_id}});
    return true;
  });
}

}  // namespace

PrescriptionDeadlineReport RunPrescriptionDeadlines(Store& store, const Clock& clock,
                                                    const Settings& settings) {
  const Actor system = Actor::System("prescriptions");
  const Timestamp now = clock.Now();
  PrescriptionDeadlineReport report;
  auto due = [&](int days, bool not_reminded) {
    return Read(store, [&](UnitOfWork& uow) {
      return uow.Prescriptions().PendingSentBefore(now - std::chrono::days(days), not_reminded);
    });
  };
  for (auto id : due(settings.prescription_expiry_days, false)) {
    if (ExpireOne(store, clock, system, id, settings.prescription_expiry_days)) ++report.expired;
  }
  for (auto id : due(settings.prescription_reminder_days, true)) {
    if (RemindOne(store, clock, system, id, settings.prescription_reminder_days)) {
      ++report.reminded;
    }
  }
  return report;
}

}  // namespace pacte::app
