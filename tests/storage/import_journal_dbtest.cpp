// The import journal (imports, import_lines), saved mappings, intake lookups and savepoints,
// on SQLite and PostgreSQL.

#include <gtest/gtest.h>

#include "app/ports/import_mapping_repository.hpp"
#include "app/ports/import_repository.hpp"
#include "app/ports/intake_lookup_repository.hpp"
#include "app/ports/store.hpp"
#include "storage/sql_unit_of_work.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {
namespace {

using app::UnitOfWork;

const Timestamp kT0 = ParseIsoTimestamp("2026-03-02T09:00:00Z").value();

class ImportJournalTest : public ::testing::Test {
 protected:
  TestDatabase db;

  std::int64_t NewRun(const std::string& kind, const std::string& hash,
                      std::optional<std::string> runner = std::nullopt) {
    return app::Write(db.store(), [&](UnitOfWork& uow) {
      app::NewImport in;
      in.kind = kind;
      in.file_name = "flux.xml";
      in.file_path = "/tmp/flux.xml";
      in.file_sha256 = hash;
      in.file_bytes = 1234;
      in.runner = runner;
      in.options = {{"force", false}};
      return uow.Imports().Insert(in, kT0);
    });
  }
  app::ImportRecord Get(std::int64_t id) {
    return *app::Read(db.store(), [&](UnitOfWork& uow) { return uow.Imports().Find(id); });
  }
};

TEST_F(ImportJournalTest, ARunGoesFromQueuedToDoneWithItsProgressAndLines) {
  const auto id = NewRun("caf", "abc");
  EXPECT_EQ(Get(id).status, "en_attente");
  EXPECT_EQ(Get(id).options["force"], false);
  app::Write(db.store(), [&](UnitOfWork& uow) {
    EXPECT_EQ(uow.Imports().NextQueued(std::nullopt), id);
    EXPECT_TRUE(uow.Imports().Claim(id, "srv-1", kT0));
    EXPECT_FALSE(uow.Imports().Claim(id, "srv-2", kT0));  // already taken
    uow.Imports().SetCafReference(id, "CAF 921", ParseIsoDate("2026-02-28").value(), kT0);
    uow.Imports().SaveProgress(id, 600, 1234, 2, {{"households_created", 2}}, kT0);
    uow.Imports().AddLines(id, {{.line = 12,
                                 .reference = "92000001234",
                                 .outcome = "rejete",
                                 .person_id = std::nullopt,
                                 .code = "caf.nir_invalid",
                                 .message = "NIR invalide",
                                 .details = {}},
                                {.line = 3,
                                 .reference = "92000000001",
                                 .outcome = "avertissement",
                                 .person_id = std::nullopt,
                                 .code = "caf.unknown_code",
                                 .message = "Code inconnu",
                                 .details = {{"code", "X"}}}});
    uow.Imports().Finish(id, "terminee", std::nullopt, kT0 + std::chrono::seconds{5});
    return true;
  });
  const auto done = Get(id);
  EXPECT_EQ(done.status, "terminee");
  EXPECT_EQ(done.runner, "srv-1");
  EXPECT_EQ(done.organism, "CAF 921");
  EXPECT_EQ(done.reference_date, ParseIsoDate("2026-02-28"));
  EXPECT_EQ(done.progress_done, 600);
  EXPECT_EQ(done.units_done, 2);
  EXPECT_EQ(done.counts["households_created"], 2);
  ASSERT_TRUE(done.finished_at);
  auto lines = app::Read(db.store(), [&](UnitOfWork& uow) {
    return uow.Imports().Lines(id, std::nullopt, {1, 25});
  });
  ASSERT_EQ(lines.total, 2);
  EXPECT_EQ(lines.items[0].line, 3);  // ordered by line
  EXPECT_EQ(lines.items[0].details["code"], "X");
  auto rejected = app::Read(db.store(), [&](UnitOfWork& uow) {
    return uow.Imports().Lines(id, std::string("rejete"), {1, 25});
  });
  ASSERT_EQ(rejected.total, 1);
  EXPECT_EQ(rejected.items[0].code, "caf.nir_invalid");
  app::Read(db.store(), [&](UnitOfWork& uow) {
    EXPECT_EQ(uow.Imports().FindAppliedByHash("caf", "abc"), id);
    EXPECT_FALSE(uow.Imports().FindAppliedByHash("spreadsheet", "abc"));
    EXPECT_EQ(uow.Imports().LatestCafReference("CAF 921"), ParseIsoDate("2026-02-28"));
    EXPECT_FALSE(uow.Imports().LatestCafReference("MSA 1"));
    return true;
  });
}

TEST_F(ImportJournalTest, CancellingAQueuedRunEndsItAndARunningOneIsFlagged) {
  const auto queued = NewRun("spreadsheet", "q");
  const auto running = NewRun("spreadsheet", "r");
  app::Write(db.store(), [&](UnitOfWork& uow) {
    EXPECT_TRUE(uow.Imports().Claim(running, std::nullopt, kT0));
    EXPECT_TRUE(uow.Imports().RequestCancel(queued, kT0));
    EXPECT_TRUE(uow.Imports().RequestCancel(running, kT0));
    return true;
  });
  EXPECT_EQ(Get(queued).status, "annulee");
  EXPECT_EQ(Get(running).status, "en_cours");
  EXPECT_TRUE(Get(running).cancel_requested);
  app::Write(db.store(), [&](UnitOfWork& uow) {
    EXPECT_FALSE(uow.Imports().Claim(queued, std::nullopt, kT0));
    uow.Imports().Finish(running, "annulee", std::nullopt, kT0);
    EXPECT_FALSE(uow.Imports().RequestCancel(queued + 1000, kT0));
    return true;
  });
  EXPECT_EQ(Get(running).status, "annulee");
}

TEST_F(ImportJournalTest, RunsLeftRunningByADeadProcessBecomeInterrupted) {
  const auto mine = NewRun("caf", "a", "srv-1");
  const auto other = NewRun("caf", "b", "srv-2");
  app::Write(db.store(), [&](UnitOfWork& uow) {
    EXPECT_FALSE(uow.Imports().Claim(other, "srv-1", kT0));  // another server's file
    EXPECT_EQ(uow.Imports().NextQueued("srv-1"), mine);
    EXPECT_TRUE(uow.Imports().Claim(mine, "srv-1", kT0));
    EXPECT_TRUE(uow.Imports().Claim(other, "srv-2", kT0));
    EXPECT_EQ(uow.Imports().MarkInterrupted("srv-1", kT0), 1);
    return true;
  });
  EXPECT_EQ(Get(mine).status, "interrompue");
  EXPECT_NE(Get(mine).error->find("interrompu"), std::string::npos);
  EXPECT_EQ(Get(other).status, "en_cours");
  auto page = app::Read(db.store(), [&](UnitOfWork& uow) {
    return uow.Imports().List({.kind = std::string("caf"), .created_by = std::nullopt}, {1, 10});
  });
  ASSERT_EQ(page.total, 2);
  EXPECT_EQ(page.items[0].id, other);  // newest first
}

TEST_F(ImportJournalTest, ForEachLineWalksEveryLineInOrderAcrossPages) {
  const auto id = NewRun("spreadsheet", "big");
  app::Write(db.store(), [&](UnitOfWork& uow) {
    std::vector<app::ImportLine> lines;
    for (int i = 6000; i >= 1; --i) {
      lines.push_back({.line = i,
                       .reference = std::to_string(i),
                       .outcome = "cree",
                       .person_id = std::nullopt,
                       .code = "",
                       .message = "",
                       .details = {}});
    }
    uow.Imports().AddLines(id, lines);
    return true;
  });
  std::int64_t count = 0, previous = 0;
  bool ordered = true;
  app::Read(db.store(), [&](UnitOfWork& uow) {
    uow.Imports().ForEachLine(id, [&](const app::ImportLine& l) {
      ordered = ordered && l.line > previous;
      previous = l.line;
      ++count;
    });
    return true;
  });
  EXPECT_EQ(count, 6000);
  EXPECT_TRUE(ordered);
}

TEST_F(ImportJournalTest, MappingsAreSavedByUniqueNameWithOptimisticVersions) {
  app::ImportMapping m{.name = "Liste mensuelle",
                       .source = "France Travail",
                       .columns = {{"Nom", "last_name"}, {"N° CAF", "caf_number"}},
                       .options = {{"sheet", "Feuil1"}}};
  const auto id = app::Write(db.store(), [&](UnitOfWork& uow) {
    return uow.ImportMappings().Insert(m, std::nullopt, kT0);
  });
  ASSERT_TRUE(id);
  auto dup = app::Write(db.store(), [&](UnitOfWork& uow) {
    return uow.ImportMappings().Insert(m, std::nullopt, kT0);
  });
  ASSERT_FALSE(dup);
  EXPECT_EQ(dup.error().code, "import_mapping.name_taken");
  m.columns["Prénom"] = "first_name";
  auto updated = app::Write(
      db.store(), [&](UnitOfWork& uow) { return uow.ImportMappings().Update(*id, 1, m, kT0); });
  ASSERT_TRUE(updated);
  auto stale = app::Write(
      db.store(), [&](UnitOfWork& uow) { return uow.ImportMappings().Update(*id, 1, m, kT0); });
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  auto found = app::Read(db.store(), [&](UnitOfWork& uow) {
    return uow.ImportMappings().FindByName("Liste mensuelle");
  });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->version, 2);
  EXPECT_EQ(found->mapping.columns["Prénom"], "first_name");
  EXPECT_EQ(found->mapping.options["sheet"], "Feuil1");
  auto gone =
      app::Write(db.store(), [&](UnitOfWork& uow) { return uow.ImportMappings().Delete(*id); });
  ASSERT_TRUE(gone);
  EXPECT_TRUE(
      app::Read(db.store(), [&](UnitOfWork& uow) { return uow.ImportMappings().List(); }).empty());
}

TEST_F(ImportJournalTest, ANestedBlockThatFailsIsUndoneAndTheTransactionGoesOn) {
  const auto id = NewRun("caf", "sp");
  app::Write(db.store(), [&](UnitOfWork& uow) {
    EXPECT_TRUE(uow.Nested([&] {
      uow.Imports().AddLines(id, {{.line = 1, .outcome = "cree"}});
      return true;
    }));
    EXPECT_FALSE(uow.Nested([&] {
      uow.Imports().AddLines(id, {{.line = 2, .outcome = "cree"}});
      return false;
    }));
    // A statement that fails inside the savepoint (CHECK constraint): undone, and on
    // PostgreSQL the transaction is usable again afterwards.
    EXPECT_ANY_THROW(uow.Nested([&] {
      uow.Imports().AddLines(id, {{.line = 3, .outcome = "cree"}});
      uow.Imports().AddLines(id, {{.line = 4, .outcome = "pas_un_resultat"}});
      return true;
    }));
    uow.Imports().AddLines(id, {{.line = 5, .outcome = "cree"}});
    return true;
  });
  std::vector<std::int64_t> kept;
  app::Read(db.store(), [&](UnitOfWork& uow) {
    uow.Imports().ForEachLine(id, [&](const app::ImportLine& l) { kept.push_back(l.line); });
    return true;
  });
  EXPECT_EQ(kept, (std::vector<std::int64_t>{1, 5}));
}

}  // namespace
}  // namespace pacte::testing
