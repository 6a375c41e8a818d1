// Retention of the audit trail: purges keep the remaining chain verifiable, and the CLI
// verbs and the periodic job drive them.

#include "support/borrowed_store.hpp"
#include <gtest/gtest.h>

#include <sstream>

#include "app/audit/purge_audit_events.hpp"
#include "app/audit/verify_audit_chain.hpp"
#include "app/ports/audit_repository.hpp"
#include "cli/cli.hpp"
#include "jobs/audit_retention_job.hpp"
#include "support/audit_test_helpers.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {
namespace {

using K = audit::ChainProblemKind;

class AuditRetention : public ::testing::Test {
 protected:
  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2025-10-01T09:00:00Z")};
  app::Settings settings;  // 12 months by default

  // 4 events on 2025-10-01, then clock 13 months later with 2 recent events.
  void OldThenRecent() {
    RecordMany(db.store(), clock, 4);
    clock.Set(*ParseIsoTimestamp("2026-11-01T09:00:00Z"));
    RecordMany(db.store(), clock, 2);
  }
  std::vector<app::AuditEvent> All() {
    return app::Read(db.store(), [](app::UnitOfWork& uow) {
      return uow.Audit().ChainSlice(0, 1'000'000, 1'000'000);
    });
  }
};

TEST_F(AuditRetention, PurgeRemovesOldEventsAndKeepsTheChainVerifiable) {
  OldThenRecent();
  auto report = app::PurgeAuditEvents(db.store(), clock, settings);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->count, 4);
  EXPECT_EQ(report->up_to_id, 4);
  EXPECT_EQ(FormatIsoTimestamp(report->cutoff), "2025-11-01T00:00:00Z");
  EXPECT_EQ(report->Summary(), "4 événements antérieurs au 01/11/2025 purgés (jusqu'au n° 4)");
  auto events = All();
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].id, 5);
  const auto& purge = events.back();
  EXPECT_EQ(purge.action, "audit.purge");
  EXPECT_EQ(purge.object_type, "audit_event");
  EXPECT_EQ(purge.object_id, "4");
  EXPECT_FALSE(purge.agent_id);
  EXPECT_EQ(nlohmann::json::parse(purge.details),
            (nlohmann::json{{"count", 4}, {"cutoff", "2025-11-01T00:00:00Z"}}));
  EXPECT_EQ(RawCount(db.store(), "SELECT COUNT(*) FROM audit_purges WHERE up_to_id = 4 AND count = 4"), 1);
  auto verified = app::VerifyAuditChain(db.store());
  EXPECT_TRUE(verified.Intact()) << verified.problems.front().Describe();
  EXPECT_EQ(verified.checked, 3);
}

TEST_F(AuditRetention, DryRunCountsWithoutChangingAnything) {
  OldThenRecent();
  app::PurgeOptions options;
  options.dry_run = true;
  auto report = app::PurgeAuditEvents(db.store(), clock, settings, options);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->count, 4);
  EXPECT_EQ(report->Summary(), "simulation : 4 événements antérieurs au 01/11/2025 seraient purgés");
  EXPECT_EQ(All().size(), 6u);
  EXPECT_EQ(RawCount(db.store(), "SELECT COUNT(*) FROM audit_purges"), 0);
}

TEST_F(AuditRetention, NothingOldEnoughWritesNothing) {
  RecordMany(db.store(), clock, 3);
  auto report = app::PurgeAuditEvents(db.store(), clock, settings);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->count, 0);
  EXPECT_EQ(report->Summary(), "aucun événement antérieur au 01/10/2024 à purger");
  EXPECT_EQ(All().size(), 3u);
}

TEST_F(AuditRetention, EmptyTrailPurgesNothing) {
  auto report = app::PurgeAuditEvents(db.store(), clock, settings);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->count, 0);
  EXPECT_TRUE(All().empty());
}

TEST_F(AuditRetention, RetentionBelowOneMonthIsRefused) {
  OldThenRecent();
  settings.audit_retention_months = 0;
  auto report = app::PurgeAuditEvents(db.store(), clock, settings);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().kind, ErrorKind::kInvalid);
  EXPECT_EQ(report.error().message,
            "La durée de conservation du journal d'audit doit être d'au moins 1 mois.");
  EXPECT_EQ(All().size(), 6u);
}

TEST_F(AuditRetention, PurgesInBatchesEachAttested) {
  OldThenRecent();
  app::PurgeOptions options;
  options.batch_size = 3;
  auto report = app::PurgeAuditEvents(db.store(), clock, settings, options);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->count, 4);
  EXPECT_EQ(RawCount(db.store(), "SELECT COUNT(*) FROM audit_purges"), 2);
  // The first batch's audit.purge event (id 7) is newer than the cutoff: it stays.
  EXPECT_EQ(RawCount(db.store(), "SELECT COUNT(*) FROM audit_events WHERE action = 'audit.purge'"), 2);
  EXPECT_TRUE(app::VerifyAuditChain(db.store()).Intact());
}

TEST_F(AuditRetention, AnEventOlderThanTheCutoffAfterANewerOneStaysToKeepTheChainWhole) {
  RecordMany(db.store(), clock, 2);                      // ids 1, 2: old
  clock.Set(*ParseIsoTimestamp("2026-11-01T09:00:00Z"));
  RecordMany(db.store(), clock, 1);                      // id 3: recent
  clock.Set(*ParseIsoTimestamp("2025-10-01T09:00:00Z"));
  RecordMany(db.store(), clock, 1);                      // id 4: old date, later in the chain
  clock.Set(*ParseIsoTimestamp("2026-11-01T09:00:00Z"));
  auto report = app::PurgeAuditEvents(db.store(), clock, settings);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->up_to_id, 2);
  EXPECT_TRUE(app::VerifyAuditChain(db.store()).Intact());
}

TEST_F(AuditRetention, DeletingTheOldestRemainingEventAfterAPurgeIsDetected) {
  OldThenRecent();
  ASSERT_TRUE(app::PurgeAuditEvents(db.store(), clock, settings));
  RawExecute(db.store(), "DELETE FROM audit_events WHERE id = 5");
  auto report = app::VerifyAuditChain(db.store());
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (audit::ChainProblem{K::kDeletedEvents, 5, 5}));
}

TEST_F(AuditRetention, DeletingThePurgeRecordIsDetected) {
  OldThenRecent();
  ASSERT_TRUE(app::PurgeAuditEvents(db.store(), clock, settings));
  RawExecute(db.store(), "DELETE FROM audit_purges");
  auto report = app::VerifyAuditChain(db.store());
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (audit::ChainProblem{K::kDeletedEvents, 1, 4}));
}

TEST_F(AuditRetention, ForgedPurgeRecordIsNotAttested) {
  RecordMany(db.store(), clock, 5);
  // Someone deletes the two oldest events and fakes a purge record to cover it up.
  auto second = All()[1];
  RawExecute(db.store(), "DELETE FROM audit_events WHERE id <= 2");
  RawExecute(db.store(),
             "INSERT INTO audit_purges (purged_at, up_to_id, last_purged_hash, count) "
             "VALUES ('2025-10-02T00:00:00Z', 2, $1, 2)",
             {second.hash});
  EXPECT_EQ(KindsOf(app::VerifyAuditChain(db.store())), std::vector<K>{K::kUnattestedPurge});
}

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

CliRun RunAudit(TestDatabase& db, std::vector<std::string> args) {
  cli::CliHooks hooks;
  hooks.load_settings = [](const std::string&) -> Result<app::Settings> { return app::Settings{}; };
  hooks.open_store = [&db](const app::Settings&) -> std::unique_ptr<app::Store> {
    return std::make_unique<BorrowedStore>(db.store());
  };
  args.insert(args.begin(), "pacte");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  std::ostringstream out;
  std::ostringstream err;
  int code = cli::RunCli(static_cast<int>(argv.size()), argv.data(), hooks, out, err);
  return CliRun{code, out.str(), err.str()};
}

TEST_F(AuditRetention, CliVerifyReportsIntactChain) {
  RecordMany(db.store(), clock, 3);
  auto run = RunAudit(db, {"audit", "verify"});
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.out, "journal d'audit intact : 3 événements vérifiés\n");
}

TEST_F(AuditRetention, CliVerifyListsEveryProblemAndFails) {
  RecordMany(db.store(), clock, 6);
  RawExecute(db.store(), "UPDATE audit_events SET details = '{}x' WHERE id = 2");
  RawExecute(db.store(), "DELETE FROM audit_events WHERE id = 4");
  RawExecute(db.store(), "DELETE FROM audit_events WHERE id = 6");
  auto run = RunAudit(db, {"audit", "verify"});
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.err,
            "journal d'audit altéré : 3 problèmes détectés (4 événements vérifiés)\n"
            "  - événement n° 2 altéré : son empreinte ne correspond plus à son contenu\n"
            "  - événement n° 4 supprimé\n"
            "  - événement n° 6 supprimé en fin de journal (la tête de chaîne indique n° 6)\n");
}

TEST_F(AuditRetention, CliPurgeUsesTheSystemClock) {
  // Events dated two years before the real now are past any retention.
  clock.Set(app::SystemClock().Now() - std::chrono::hours{24 * 730});
  RecordMany(db.store(), clock, 3);
  auto dry = RunAudit(db, {"audit", "purge", "--dry-run"});
  EXPECT_EQ(dry.code, 0);
  EXPECT_NE(dry.out.find("simulation : 3 événements antérieurs au "), std::string::npos) << dry.out;
  EXPECT_EQ(All().size(), 3u);
  auto run = RunAudit(db, {"audit", "purge"});
  EXPECT_EQ(run.code, 0);
  EXPECT_NE(run.out.find("purgés (jusqu'au n° 3)"), std::string::npos) << run.out;
  ASSERT_EQ(All().size(), 1u);
  EXPECT_EQ(All()[0].request_id, "cli");
  EXPECT_EQ(RunAudit(db, {"audit", "verify"}).code, 0);
}

TEST_F(AuditRetention, CliAuditNeedsAVerb) {
  auto run = RunAudit(db, {"audit"});
  EXPECT_NE(run.code, 0);
}

TEST_F(AuditRetention, RetentionJobPurges) {
  OldThenRecent();
  auto job = jobs::AuditRetentionJob(db.store(), clock, settings);
  EXPECT_EQ(job.name, "audit-retention");
  EXPECT_EQ(job.period, std::chrono::hours{24});
  job.run();
  auto events = All();
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events.back().action, "audit.purge");
  EXPECT_EQ(events.back().request_id, "audit-retention");
  job.run();
  EXPECT_EQ(All().size(), 3u) << "a second run finds nothing more to purge";
  EXPECT_TRUE(app::VerifyAuditChain(db.store()).Intact());
}

}  // namespace
}  // namespace pacte::testing
