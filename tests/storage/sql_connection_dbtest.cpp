// The SQL layer behaves the same on SQLite and PostgreSQL.

#include <gtest/gtest.h>

#include "storage/sql_unit_of_work.hpp"
#include "storage/sql/bulk_insert.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {
namespace {

TEST(SqlConnection, MigrationsAreIdempotent) {
  TestDatabase db;
  EXPECT_TRUE(db.store().MigrateSchema().empty());
}

TEST(SqlConnection, BindsAndReadsEveryParameterType) {
  TestDatabase db;
  db.store().WithConnection([](storage::SqlConnection& c) {
    c.ExecScript("CREATE TABLE t (id " + std::string(c.dialect().IdentityPrimaryKey()) +
                 ", name TEXT, n BIGINT, x DOUBLE PRECISION, b BOOLEAN)");
    auto inserted = c.Query("INSERT INTO t (name, n, x, b) VALUES ($1, $2, $3, $4) RETURNING id",
                            {std::string("l'Haÿ-les-Roses; DROP TABLE t"), std::int64_t{42}, 2.5, true});
    ASSERT_EQ(inserted.rows.size(), 1u);
    auto rows = c.Query("SELECT name, n, x, b FROM t WHERE id = $1", {inserted.rows[0].Int(0)}).rows;
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].Text(0), "l'Haÿ-les-Roses; DROP TABLE t");
    EXPECT_EQ(rows[0].Int(1), 42);
    EXPECT_DOUBLE_EQ(rows[0].Double(2), 2.5);
    EXPECT_TRUE(rows[0].Bool(3));
    c.Execute("INSERT INTO t (name) VALUES ($1)", {nullptr});
    auto nulls = c.Query("SELECT COUNT(*) FROM t WHERE name IS NULL").rows;
    EXPECT_EQ(nulls[0].Int(0), 1);
  });
}

TEST(SqlConnection, PlaceholdersMayRepeatAndComeOutOfOrder) {
  TestDatabase db;
  db.store().WithConnection([](storage::SqlConnection& c) {
    auto rows = c.Query("SELECT $2 || $1 || $2", {std::string("a"), std::string("b")}).rows;
    EXPECT_EQ(rows[0].Text(0), "bab");
  });
}

// Bulk loads send statements of hundreds of rows and thousands of parameters, bound by
// position (a lookup by name per parameter made them quadratic on SQLite).
TEST(SqlConnection, BulkInsertBindsEveryRowOfEveryChunk) {
  TestDatabase db;
  db.store().WithConnection([](storage::SqlConnection& c) {
    c.ExecScript("CREATE TABLE bulk (a BIGINT, b TEXT, c TEXT)");
    std::vector<storage::SqlParams> rows;
    for (std::int64_t i = 0; i < 1234; ++i) {
      storage::SqlParams row;
      row.emplace_back(i);
      row.emplace_back("b" + std::to_string(i));
      row.push_back(i % 7 == 0 ? storage::SqlParam(nullptr) : storage::SqlParam("c"));
      rows.push_back(std::move(row));
    }
    storage::BulkInsert(c, "bulk", {"a", "b", "c"}, rows);
    EXPECT_EQ(c.Query("SELECT COUNT(*), SUM(a) FROM bulk").rows[0].Int(1), 1233 * 1234 / 2);
    EXPECT_EQ(c.Query("SELECT b FROM bulk WHERE a = 1000").rows[0].Text(0), "b1000");
    EXPECT_EQ(c.Query("SELECT COUNT(*) FROM bulk WHERE c IS NULL").rows[0].Int(0), 177);
  });
}

TEST(SqlConnection, UniqueViolationIsReported) {
  TestDatabase db;
  db.store().WithConnection([](storage::SqlConnection& c) {
    c.ExecScript("CREATE TABLE u (code TEXT PRIMARY KEY)");
    c.Execute("INSERT INTO u (code) VALUES ($1)", {std::string("x")});
    try {
      c.Execute("INSERT INTO u (code) VALUES ($1)", {std::string("x")});
      FAIL() << "expected a unique violation";
    } catch (const storage::SqlError& e) {
      EXPECT_TRUE(e.IsUniqueViolation());
    }
  });
}

TEST(SqlStore, RollsBackWhenTheUseCaseFails) {
  TestDatabase db;
  db.store().WithConnection([](storage::SqlConnection& c) { c.ExecScript("CREATE TABLE r (v TEXT)"); });
  auto insert = [](app::UnitOfWork& uow) {
    dynamic_cast<storage::SqlUnitOfWork&>(uow).connection().Execute("INSERT INTO r (v) VALUES ('x')");
  };
  db.store().Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) { insert(uow); return false; });
  EXPECT_THROW(db.store().Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) -> bool {
    insert(uow);
    throw std::runtime_error("panne");
  }), std::runtime_error);
  db.store().Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) { insert(uow); return true; });
  db.store().WithConnection([](storage::SqlConnection& c) {
    EXPECT_EQ(c.Query("SELECT COUNT(*) FROM r").rows[0].Int(0), 1);
  });
}

}  // namespace
}  // namespace pacte::testing
