// The audit trail on SQLite and PostgreSQL: appends chain, concurrent writers never fork the
// chain, and verification finds every alteration and deletion.

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "app/audit/list_audit_events.hpp"
#include "app/audit/record_audit.hpp"
#include "app/audit/verify_audit_chain.hpp"
#include "app/ports/audit_repository.hpp"
#include "domain/audit/audit_hash.hpp"
#include "support/audit_test_helpers.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {
namespace {

using K = audit::ChainProblemKind;

class AuditTrail : public ::testing::Test {
 protected:
  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-11-27T09:00:00Z")};

  std::vector<app::AuditEvent> All() {
    return app::Read(db.store(), [](app::UnitOfWork& uow) {
      return uow.Audit().ChainSlice(0, 1'000'000, 1'000'000);
    });
  }
  audit::ChainHead Head() {
    return app::Read(db.store(), [](app::UnitOfWork& uow) { return uow.Audit().Head(); });
  }
};

TEST_F(AuditTrail, AppendStoresEveryFieldAndChains) {
  auto actor = AgentWithRole(Role::kAdmin, 12);
  RecordOne(db.store(), clock, actor, "structure.update", "structure", "3", {{"version", 2}});
  clock.Advance(std::chrono::seconds{5});
  RecordOne(db.store(), clock, app::Actor::System("cli"), "agent.create", "agent", "4");
  auto events = All();
  ASSERT_EQ(events.size(), 2u);
  const auto& first = events[0];
  EXPECT_EQ(first.id, 1);
  EXPECT_EQ(FormatIsoTimestamp(first.at), "2026-11-27T09:00:00Z");
  EXPECT_EQ(first.agent_id, 12);
  EXPECT_EQ(first.action, "structure.update");
  EXPECT_EQ(first.object_type, "structure");
  EXPECT_EQ(first.object_id, "3");
  EXPECT_EQ(first.client_addr, "192.0.2.10");
  EXPECT_EQ(first.request_id, "req-12");
  EXPECT_EQ(first.details, R"({"version":2})");
  EXPECT_EQ(first.prev_hash, audit::kGenesisHash);
  EXPECT_EQ(first.hash, audit::ComputeHash(first));
  const auto& second = events[1];
  EXPECT_EQ(second.id, 2);
  EXPECT_FALSE(second.agent_id) << "the system actor is stored as NULL";
  EXPECT_EQ(second.request_id, "cli");
  EXPECT_EQ(second.prev_hash, first.hash);
  EXPECT_EQ(Head().last_id, 2);
  EXPECT_EQ(Head().last_hash, second.hash);
}

TEST_F(AuditTrail, SeveralEventsInOneTransactionChainInOrder) {
  RecordMany(db.store(), clock, 1);
  app::Write(db.store(), [&](app::UnitOfWork& uow) {
    for (int i = 0; i < 3; ++i) {
      app::RecordAudit(uow, clock, AgentWithRole(Role::kAdmin), "structure.update", "structure",
                       std::to_string(i));
    }
    return true;
  });
  RecordMany(db.store(), clock, 1);
  auto events = All();
  ASSERT_EQ(events.size(), 5u);
  for (std::size_t i = 1; i < events.size(); ++i) {
    EXPECT_EQ(events[i].id, events[i - 1].id + 1);
    EXPECT_EQ(events[i].prev_hash, events[i - 1].hash);
  }
  EXPECT_EQ(Head().last_id, 5);
  EXPECT_TRUE(app::VerifyAuditChain(db.store()).Intact());
}

TEST_F(AuditTrail, RolledBackTransactionLeavesNoEventAndNoHeadMove) {
  RecordMany(db.store(), clock, 1);
  Status result = app::Write(db.store(), [&](app::UnitOfWork& uow) -> Status {
    app::RecordAudit(uow, clock, AgentWithRole(Role::kAdmin), "structure.update", "structure", "1");
    return Fail(Error::Invalid("test.rollback", "annulé"));
  });
  EXPECT_FALSE(result);
  EXPECT_EQ(All().size(), 1u);
  EXPECT_EQ(Head().last_id, 1);
  RecordMany(db.store(), clock, 1);
  EXPECT_EQ(All().back().id, 2) << "no id is burnt by a rollback";
  EXPECT_TRUE(app::VerifyAuditChain(db.store()).Intact());
}

TEST_F(AuditTrail, ConcurrentWritersNeverForkTheChain) {
  constexpr int kThreads = 8;
  constexpr int kPerThread = 25;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      auto actor = AgentWithRole(Role::kReferent, 100 + t);
      for (int i = 0; i < kPerThread; ++i) {
        try {
          RecordOne(db.store(), clock, actor, "structure.read", "structure", std::to_string(i));
        } catch (const std::exception&) {
          ++failures;
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0) << "every writer waits for the chain head instead of failing";
  auto report = app::VerifyAuditChain(db.store(), 7);
  EXPECT_TRUE(report.Intact()) << report.problems.front().Describe();
  EXPECT_EQ(report.checked, kThreads * kPerThread);
  auto events = All();
  ASSERT_EQ(events.size(), static_cast<std::size_t>(kThreads * kPerThread));
  for (std::size_t i = 0; i < events.size(); ++i) {
    EXPECT_EQ(events[i].id, static_cast<std::int64_t>(i + 1));
    if (i > 0) {
      EXPECT_EQ(events[i].prev_hash, events[i - 1].hash);
    }
  }
  EXPECT_EQ(Head().last_id, kThreads * kPerThread);
}

TEST_F(AuditTrail, IntactChainVerifiesAcrossPages) {
  RecordMany(db.store(), clock, 10);
  for (int page_size : {1, 3, 10, 5000}) {
    auto report = app::VerifyAuditChain(db.store(), page_size);
    EXPECT_TRUE(report.Intact()) << page_size;
    EXPECT_EQ(report.checked, 10) << page_size;
    EXPECT_EQ(report.Summary(), "journal d'audit intact : 10 événements vérifiés");
  }
}

TEST_F(AuditTrail, EmptyTrailIsIntact) {
  auto report = app::VerifyAuditChain(db.store());
  EXPECT_TRUE(report.Intact());
  EXPECT_EQ(report.checked, 0);
}

TEST_F(AuditTrail, TamperedDetailsAreDetected) {
  RecordMany(db.store(), clock, 5);
  RawExecute(db.store(), "UPDATE audit_events SET details = $1 WHERE id = 3",
             {std::string(R"({"forged":true})")});
  auto report = app::VerifyAuditChain(db.store(), 2);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (audit::ChainProblem{K::kAlteredEvent, 3, 3}));
}

TEST_F(AuditTrail, TamperedDateIsDetectedEvenInAnotherNotation) {
  RecordMany(db.store(), clock, 3);
  RawExecute(db.store(), "UPDATE audit_events SET at = $1 WHERE id = 2",
             {std::string("2026-11-27 09:00:00")});
  EXPECT_EQ(KindsOf(app::VerifyAuditChain(db.store())), std::vector<K>{K::kAlteredEvent});
}

TEST_F(AuditTrail, RehashedEventBreaksTheLink) {
  RecordMany(db.store(), clock, 4);
  auto events = All();
  auto forged = events[1];
  forged.object_id = "999";
  RawExecute(db.store(), "UPDATE audit_events SET object_id = $1, hash = $2 WHERE id = 2",
             {forged.object_id, audit::ComputeHash(forged)});
  auto report = app::VerifyAuditChain(db.store());
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (audit::ChainProblem{K::kBrokenLink, 3, 3}));
}

TEST_F(AuditTrail, DeletedMiddleEventIsDetected) {
  RecordMany(db.store(), clock, 6);
  RawExecute(db.store(), "DELETE FROM audit_events WHERE id = 4");
  auto report = app::VerifyAuditChain(db.store(), 2);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (audit::ChainProblem{K::kDeletedEvents, 4, 4}));
  EXPECT_EQ(report.problems[0].Describe(), "événement n° 4 supprimé");
}

TEST_F(AuditTrail, DeletedLastEventIsDetectedByTheHead) {
  RecordMany(db.store(), clock, 3);
  RawExecute(db.store(), "DELETE FROM audit_events WHERE id = 3");
  auto report = app::VerifyAuditChain(db.store());
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (audit::ChainProblem{K::kDeletedTail, 3, 3}));
  EXPECT_EQ(report.checked, 2);
}

TEST_F(AuditTrail, EventInsertedBehindTheHeadIsDetected) {
  RecordMany(db.store(), clock, 2);
  auto extra = All().back();
  audit::Seal(extra, 2, extra.hash);
  RawExecute(db.store(),
             "INSERT INTO audit_events (id, at, agent_id, action, object_type, object_id, "
             "client_addr, request_id, details, prev_hash, hash) "
             "VALUES ($1, $2, NULL, $3, $4, $5, '', '', '{}', $6, $7)",
             {extra.id, FormatIsoTimestamp(extra.at), extra.action, extra.object_type,
              extra.object_id, extra.prev_hash, extra.hash});
  EXPECT_EQ(KindsOf(app::VerifyAuditChain(db.store())), std::vector<K>{K::kEventsBeyondHead});
}

TEST_F(AuditTrail, RewrittenHeadIsDetected) {
  RecordMany(db.store(), clock, 2);
  RawExecute(db.store(), "UPDATE audit_chain_head SET last_hash = $1",
             {std::string(audit::kGenesisHash)});
  EXPECT_EQ(KindsOf(app::VerifyAuditChain(db.store())), std::vector<K>{K::kHeadMismatch});
}

TEST_F(AuditTrail, MissingHeadRowMakesAppendsFail) {
  RawExecute(db.store(), "DELETE FROM audit_chain_head");
  EXPECT_THROW(RecordMany(db.store(), clock, 1), storage::SqlError);
  EXPECT_EQ(All().size(), 0u);
}

TEST_F(AuditTrail, SearchFiltersNewestFirstWithTotals) {
  auto alice = AgentWithRole(Role::kReferent, 21);
  auto bob = AgentWithRole(Role::kAdmin, 22);
  RecordOne(db.store(), clock, alice, "structure.read", "structure", "1");
  clock.Advance(std::chrono::hours{24});
  RecordOne(db.store(), clock, bob, "structure.update", "structure", "1");
  clock.Advance(std::chrono::hours{24});
  RecordOne(db.store(), clock, alice, "agent.read", "agent", "22");
  RecordOne(db.store(), clock, alice, "structures.list", "structure", "");
  auto search = [&](app::AuditSearch s, app::PageRequest p = {}) {
    return app::Read(db.store(), [&](app::UnitOfWork& uow) { return uow.Audit().Search(s, p); });
  };
  auto ids = [](const app::PageOf<app::AuditEvent>& page) {
    std::vector<std::int64_t> out;
    for (const auto& e : page.items) out.push_back(e.id);
    return out;
  };
  EXPECT_EQ(ids(search({})), (std::vector<std::int64_t>{4, 3, 2, 1}));
  app::AuditSearch by_agent;
  by_agent.agent_id = 21;
  EXPECT_EQ(ids(search(by_agent)), (std::vector<std::int64_t>{4, 3, 1}));
  app::AuditSearch by_action;
  by_action.action_prefix = "structure.";
  EXPECT_EQ(ids(search(by_action)), (std::vector<std::int64_t>{2, 1}));
  by_action.action_prefix = "STRUCTURE.";
  EXPECT_TRUE(search(by_action).items.empty()) << "prefix matching is exact on both databases";
  by_action.action_prefix = "structure_%";
  EXPECT_TRUE(search(by_action).items.empty()) << "no LIKE wildcards";
  app::AuditSearch by_object;
  by_object.object_type = "structure";
  by_object.object_id = "1";
  EXPECT_EQ(ids(search(by_object)), (std::vector<std::int64_t>{2, 1}));
  app::AuditSearch by_dates;
  by_dates.from = *ParseIsoTimestamp("2026-11-28T00:00:00Z");
  by_dates.before = *ParseIsoTimestamp("2026-11-29T00:00:00Z");
  EXPECT_EQ(ids(search(by_dates)), (std::vector<std::int64_t>{2}));
  auto second_page = search({}, app::PageRequest{2, 3});
  EXPECT_EQ(ids(second_page), (std::vector<std::int64_t>{1}));
  EXPECT_EQ(second_page.total, 4);
  EXPECT_EQ(second_page.PageCount(), 2);
}

TEST_F(AuditTrail, ListingIsForAdminsAndIsItselfAudited) {
  RecordMany(db.store(), clock, 2);
  auto denied = app::ListAuditEvents(db.store(), clock, AgentWithRole(Role::kCoordinateur), {}, {});
  ASSERT_FALSE(denied);
  EXPECT_EQ(denied.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(All().size(), 2u) << "a refused read writes nothing";
  app::AuditSearch search;
  search.action_prefix = "structure.";
  auto page = app::ListAuditEvents(db.store(), clock, AgentWithRole(Role::kAdmin, 3), search, {});
  ASSERT_TRUE(page);
  EXPECT_EQ(page->total, 2);
  auto read = All().back();
  EXPECT_EQ(read.id, 3);
  EXPECT_EQ(read.action, "audit.read");
  EXPECT_EQ(read.agent_id, 3);
  EXPECT_EQ(read.object_type, "audit_event");
  EXPECT_EQ(nlohmann::json::parse(read.details),
            (nlohmann::json{{"filters", {{"action", "structure."}}}, {"page", 1}, {"returned", 2}}));
}

TEST_F(AuditTrail, VerificationByAnAgentIsForAdminsAndAudited) {
  RecordMany(db.store(), clock, 2);
  auto denied = app::VerifyAuditChainAs(db.store(), clock, AgentWithRole(Role::kReferent));
  ASSERT_FALSE(denied);
  EXPECT_EQ(denied.error().kind, ErrorKind::kForbidden);
  auto report = app::VerifyAuditChainAs(db.store(), clock, AgentWithRole(Role::kAdmin, 3));
  ASSERT_TRUE(report);
  EXPECT_TRUE(report->Intact());
  EXPECT_EQ(report->checked, 2);
  auto verify = All().back();
  EXPECT_EQ(verify.action, "audit.verify");
  EXPECT_EQ(nlohmann::json::parse(verify.details),
            (nlohmann::json{{"checked", 2}, {"problems", 0}}));
  EXPECT_TRUE(app::VerifyAuditChain(db.store()).Intact());
}

}  // namespace
}  // namespace pacte::testing
