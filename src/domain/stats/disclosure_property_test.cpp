// Properties of disclosure control on random grids (deterministic seeds, many shapes, with
// zeros, small and large counts). The protection is checked independently of the algorithm:
// a Gaussian elimination over the relations a reader knows (every row and column of the
// table with its margins sums to its total) says whether a hidden value is determined.
#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "domain/stats/disclosure.hpp"

namespace pacte::stats {
namespace {

struct Case {
  CountTable table;
  DisclosureRule rule;
};

Case RandomCase(std::mt19937& gen, std::size_t rows, std::size_t cols, bool with_totals) {
  std::uniform_int_distribution<int> kind(0, 9);
  std::uniform_int_distribution<long long> small(1, 10);
  std::uniform_int_distribution<long long> large(11, 300);
  std::uniform_int_distribution<int> threshold(2, 15);
  Case c;
  c.rule = DisclosureRule{false, threshold(gen)};
  c.table.with_totals = with_totals;
  for (std::size_t col = 0; col < cols; ++col) c.table.column_labels.push_back("C");
  for (std::size_t r = 0; r < rows; ++r) {
    c.table.row_labels.push_back("L");
    std::vector<long long> row;
    for (std::size_t col = 0; col < cols; ++col) {
      const int k = kind(gen);
      row.push_back(k < 3 ? 0 : k < 6 ? small(gen) : large(gen));
    }
    c.table.cells.push_back(std::move(row));
  }
  return c;
}

// The extended grid of a disclosed table: cells, row totals last column, column totals last
// row, grand total in the corner. Hidden entries are nullopt.
using Extended = std::vector<std::vector<std::optional<long long>>>;

Extended ExtendedOf(const DisclosedTable& d) {
  Extended e;
  for (std::size_t r = 0; r < d.cells.size(); ++r) {
    e.emplace_back();
    for (const auto& c : d.cells[r]) e.back().push_back(c.value);
    e.back().push_back(d.row_totals[r].value);
  }
  e.emplace_back();
  for (const auto& c : d.column_totals) e.back().push_back(c.value);
  e.back().push_back(d.total.value);
  return e;
}

// Rank of `m` (rows of coefficients) by Gaussian elimination.
std::size_t Rank(std::vector<std::vector<double>> m) {
  std::size_t rank = 0;
  const std::size_t cols = m.empty() ? 0 : m[0].size();
  for (std::size_t c = 0; c < cols && rank < m.size(); ++c) {
    std::size_t pivot = rank;
    for (std::size_t r = rank; r < m.size(); ++r) {
      if (std::fabs(m[r][c]) > std::fabs(m[pivot][c])) pivot = r;
    }
    if (std::fabs(m[pivot][c]) < 1e-9) continue;
    std::swap(m[pivot], m[rank]);
    for (std::size_t r = 0; r < m.size(); ++r) {
      if (r == rank) continue;
      const double f = m[r][c] / m[rank][c];
      for (std::size_t k = c; k < cols; ++k) m[r][k] -= f * m[rank][k];
    }
    ++rank;
  }
  return rank;
}

// The hidden entries of `e` whose value the line relations determine uniquely: unknown k is
// determined iff the unit vector e_k lies in the row space of the relations over unknowns.
// (Every line of the extended grid is a sum relation; signs do not change determinacy.)
std::vector<std::pair<std::size_t, std::size_t>> DeterminedHidden(const Extended& e) {
  std::vector<std::pair<std::size_t, std::size_t>> unknowns;
  for (std::size_t r = 0; r < e.size(); ++r) {
    for (std::size_t c = 0; c < e[r].size(); ++c) {
      if (!e[r][c]) unknowns.emplace_back(r, c);
    }
  }
  std::vector<std::vector<double>> relations;
  const std::size_t rows = e.size();
  const std::size_t cols = e[0].size();
  for (std::size_t line = 0; line < rows + cols; ++line) {
    std::vector<double> coeffs(unknowns.size(), 0.0);
    for (std::size_t k = 0; k < unknowns.size(); ++k) {
      const bool in_line = line < rows ? unknowns[k].first == line
                                       : unknowns[k].second == line - rows;
      if (in_line) coeffs[k] = 1.0;
    }
    relations.push_back(std::move(coeffs));
  }
  const std::size_t base = Rank(relations);
  std::vector<std::pair<std::size_t, std::size_t>> determined;
  for (std::size_t k = 0; k < unknowns.size(); ++k) {
    auto with_unit = relations;
    with_unit.emplace_back(unknowns.size(), 0.0);
    with_unit.back()[k] = 1.0;
    if (Rank(with_unit) == base) determined.push_back(unknowns[k]);
  }
  return determined;
}

// Shown values equal the input; counts 1..threshold-1 (cells and margins) are hidden.
void ExpectFaithfulAndPrimaryHidden(const Case& c, const DisclosedTable& d) {
  const auto& cells = c.table.cells;
  long long grand = 0;
  std::vector<long long> col_sums(c.table.column_labels.size(), 0);
  auto check = [&](const ShownCount& s, long long v) {
    if (s.value) {
      EXPECT_EQ(*s.value, v);
    } else if (!s.omitted) {
      EXPECT_EQ(s.primary, v > 0 && v < c.rule.threshold) << v;
    }
    if (v > 0 && v < c.rule.threshold) {
      EXPECT_TRUE(s.Hidden()) << v;
    }
  };
  for (std::size_t r = 0; r < cells.size(); ++r) {
    long long row_sum = 0;
    for (std::size_t col = 0; col < cells[r].size(); ++col) {
      check(d.cells[r][col], cells[r][col]);
      row_sum += cells[r][col];
      col_sums[col] += cells[r][col];
    }
    check(d.row_totals[r], row_sum);
    grand += row_sum;
  }
  for (std::size_t col = 0; col < col_sums.size(); ++col) check(d.column_totals[col], col_sums[col]);
  check(d.total, grand);
}

void ExpectNoLineWithOneHidden(const Extended& e) {
  for (std::size_t r = 0; r < e.size(); ++r) {
    std::size_t hidden = 0;
    for (const auto& v : e[r]) hidden += v ? 0 : 1;
    EXPECT_NE(hidden, 1u) << "ligne " << r;
  }
  for (std::size_t col = 0; col < e[0].size(); ++col) {
    std::size_t hidden = 0;
    for (const auto& row : e) hidden += row[col] ? 0 : 1;
    EXPECT_NE(hidden, 1u) << "colonne " << col;
  }
}

TEST(DisclosurePropertyTest, NoHiddenCountIsDeterminedByTheShownMargins) {
  int tables_with_secondary = 0;
  for (unsigned seed = 1; seed <= 400; ++seed) {
    std::mt19937 gen(seed);
    std::uniform_int_distribution<std::size_t> size(1, 7);
    const std::size_t rows = seed % 10 == 0 ? 1 : size(gen);
    const std::size_t cols = seed % 10 == 1 ? 1 : size(gen);
    const Case c = RandomCase(gen, rows, cols, true);
    const DisclosedTable d = Disclose(c.table, c.rule);
    SCOPED_TRACE("graine " + std::to_string(seed));
    ExpectFaithfulAndPrimaryHidden(c, d);
    const Extended e = ExtendedOf(d);
    ExpectNoLineWithOneHidden(e);
    EXPECT_TRUE(DeterminedHidden(e).empty());
    for (const auto& row : d.cells) {
      for (const auto& cell : row) tables_with_secondary += cell.secondary ? 1 : 0;
    }
  }
  EXPECT_GT(tables_with_secondary, 100);  // the random grids do exercise the algorithm
}

TEST(DisclosurePropertyTest, WithoutTotalsTheGrandTotalNeverRevealsASingleHiddenCell) {
  for (unsigned seed = 1; seed <= 200; ++seed) {
    std::mt19937 gen(seed);
    std::uniform_int_distribution<std::size_t> size(1, 6);
    const Case c = RandomCase(gen, size(gen), size(gen), false);
    const DisclosedTable d = Disclose(c.table, c.rule);
    SCOPED_TRACE("graine " + std::to_string(seed));
    ExpectFaithfulAndPrimaryHidden(c, d);
    std::size_t hidden = d.total.Hidden() ? 1 : 0;
    for (const auto& row : d.cells) {
      for (const auto& cell : row) hidden += cell.Hidden() ? 1 : 0;
    }
    EXPECT_NE(hidden, 1u);
    for (const auto& t : d.row_totals) EXPECT_TRUE(t.omitted);
    for (const auto& t : d.column_totals) EXPECT_TRUE(t.omitted);
  }
}

TEST(DisclosurePropertyTest, ExactRuleReturnsTheInput) {
  for (unsigned seed = 1; seed <= 100; ++seed) {
    std::mt19937 gen(seed);
    std::uniform_int_distribution<std::size_t> size(1, 6);
    Case c = RandomCase(gen, size(gen), size(gen), seed % 2 == 0);
    c.rule.exact = true;
    const DisclosedTable d = Disclose(c.table, c.rule);
    long long grand = 0;
    for (std::size_t r = 0; r < c.table.cells.size(); ++r) {
      for (std::size_t col = 0; col < c.table.cells[r].size(); ++col) {
        EXPECT_EQ(d.cells[r][col].value, c.table.cells[r][col]);
        grand += c.table.cells[r][col];
      }
    }
    EXPECT_EQ(d.total.value, grand);
  }
}

TEST(DisclosurePropertyTest, TheCheckerSeesARecomputableCell) {
  // Guards the checker itself: a lone hidden cell in a row with its total is determined.
  Extended e{{std::nullopt, 40, 43}, {0, 25, 25}, {3, 65, 68}};
  EXPECT_EQ(DeterminedHidden(e).size(), 1u);
  // A rectangle of hidden cells is not.
  Extended ok{{std::nullopt, std::nullopt, 43}, {0, 25, 25}, {std::nullopt, std::nullopt, 68}};
  EXPECT_TRUE(DeterminedHidden(ok).empty());
}

}  // namespace
}  // namespace pacte::stats
