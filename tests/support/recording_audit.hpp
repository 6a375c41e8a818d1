#pragma once
// An AuditRepository that keeps a copy of every appended event and forwards everything to the
// real repository, so tests can assert on the events a use case wrote (and the chain stays
// real).

#include <vector>

#include "app/ports/audit_repository.hpp"

namespace pacte::testing {

class RecordingAudit final : public app::AuditRepository {
 public:
  RecordingAudit(app::AuditRepository& real, std::vector<app::AuditEvent>& events)
      : real_(real), events_(events) {}
  void Append(app::AuditEvent e) override {
    events_.push_back(e);
    real_.Append(std::move(e));
  }
  audit::ChainHead Head() override { return real_.Head(); }
  audit::ChainAnchor PurgeAnchor() override { return real_.PurgeAnchor(); }
  std::vector<app::AuditEvent> ChainSlice(std::int64_t after, std::int64_t up_to,
                                          int limit) override {
    return real_.ChainSlice(after, up_to, limit);
  }
  std::int64_t MaxId() override { return real_.MaxId(); }
  app::PageOf<app::AuditEvent> Search(const app::AuditSearch& s,
                                      const app::PageRequest& p) override {
    return real_.Search(s, p);
  }
  std::int64_t PurgeableUpTo(Timestamp cutoff) override { return real_.PurgeableUpTo(cutoff); }
  std::int64_t CountUpTo(std::int64_t id) override { return real_.CountUpTo(id); }
  app::AuditPurge PurgeOlderThan(Timestamp cutoff, Timestamp now, std::int64_t max) override {
    return real_.PurgeOlderThan(cutoff, now, max);
  }

 private:
  app::AuditRepository& real_;
  std::vector<app::AuditEvent>& events_;
};

}  // namespace pacte::testing
