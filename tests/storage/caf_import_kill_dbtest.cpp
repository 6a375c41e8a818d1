// Pulling the plug: a child process runs a CAF import and is SIGKILLed in the middle; the
// database must hold exactly what the journal says, whole households only, and a forced
// re-run must complete the file. On SQLite and PostgreSQL.

#include <csignal>
#include <thread>

#include <sys/wait.h>

#include "storage/caf_import_fixture.hpp"

namespace pacte::testing {
namespace {

constexpr int kHouseholds = 1000;

// The child: its own store (a new connection opened after fork), batches of 50.
[[noreturn]] void RunChild(const std::string& url, std::int64_t import_id) {
  try {
    storage::SqlStore store(storage::DatabaseOptions{url, 1});
    io::LibxmlCafFluxReader reader;
    app::IntakeDeps deps;
    deps.caf = &reader;
    deps.batch = 50;
    app::SystemClock clock;
    auto done = app::RunCafImport(store, clock, deps, import_id);
    std::_Exit(done ? 0 : 2);
  } catch (...) {
    std::_Exit(3);
  }
}

TEST_F(CafImportDb, AnImportKilledMidwayLeavesWholeHouseholdsMatchingItsJournal) {
  const std::string file = Generated("kill.xml", kHouseholds);
  const auto id = Queue(file);
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) RunChild(db.url(), id);

  app::ImportRecord seen;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  do {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    seen = *app::Read(db.store(), [&](app::UnitOfWork& uow) { return uow.Imports().Find(id); });
  } while (seen.units_done < 150 && std::chrono::steady_clock::now() < deadline);
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the child ended before it was killed";

  const auto journal =
      *app::Read(db.store(), [&](app::UnitOfWork& uow) { return uow.Imports().Find(id); });
  EXPECT_EQ(journal.status, "en_cours");
  EXPECT_GE(journal.units_done, 150);
  EXPECT_LT(journal.units_done, kHouseholds);
  EXPECT_EQ(journal.units_done % 50, 0);  // whole batches only
  if (TestBackend() == "sqlite") {
    EXPECT_EQ(Text("PRAGMA integrity_check"), "ok");
  }
  const std::int64_t households = Count("SELECT COUNT(*) FROM households");
  EXPECT_EQ(households, journal.counts["households_created"].get<std::int64_t>());
  EXPECT_EQ(households, journal.units_done);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM households h WHERE NOT EXISTS "
                  "(SELECT 1 FROM persons p WHERE p.household_id = h.id)"),
            0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM persons p WHERE NOT EXISTS "
                  "(SELECT 1 FROM rights_history r WHERE r.person_id = p.id)"),
            0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM persons"),
            journal.counts["persons_created"].get<std::int64_t>());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM persons p WHERE NOT EXISTS "
                  "(SELECT 1 FROM person_parcours pp WHERE pp.person_id = p.id)"),
            0);

  // The next start marks the run interrupted; a forced re-run completes the file.
  const auto interrupted = app::Write(db.store(), [&](app::UnitOfWork& uow) {
    return uow.Imports().MarkInterrupted(std::nullopt, clock.Now());
  });
  EXPECT_EQ(interrupted, 1);
  EXPECT_EQ(app::Read(db.store(), [&](app::UnitOfWork& uow) { return uow.Imports().Find(id); })
                ->status,
            "interrompue");
  const auto rerun = Run(file, {{"force", true}});
  EXPECT_EQ(rerun.status, "terminee");
  EXPECT_EQ(rerun.counts["households_created"].get<std::int64_t>(), kHouseholds - households);
  EXPECT_EQ(rerun.counts["households_unchanged"].get<std::int64_t>(), households);
  EXPECT_EQ(rerun.counts["households_rejected"], 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM households"), kHouseholds);
}

}  // namespace
}  // namespace pacte::testing
