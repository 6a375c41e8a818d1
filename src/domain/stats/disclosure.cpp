#include "domain/stats/disclosure.hpp"

#include "domain/stats/disclosure_grid.hpp"

namespace pacte::stats {
namespace {

bool IsSmall(long long v, const DisclosureRule& rule) {
  return !rule.exact && v > 0 && v < rule.threshold;
}

detail::GridEntry Primary(long long v, const DisclosureRule& rule) {
  detail::GridEntry e;
  e.value = v;
  e.hidden = IsSmall(v, rule);
  return e;
}

ShownCount ToShown(const detail::GridEntry& e) {
  ShownCount c;
  if (e.hidden) {
    c.primary = !e.secondary;
    c.secondary = e.secondary;
  } else {
    c.value = e.value;
  }
  return c;
}

ShownCount Omitted() {
  ShownCount c;
  c.omitted = true;
  return c;
}

// The extended grid: cells, row totals in the last column, column totals in the last row,
// the grand total in the corner (see disclosure_grid.hpp).
detail::Grid ExtendedGrid(const CountTable& table, const DisclosureRule& rule) {
  const std::size_t rows = table.cells.size();
  const std::size_t columns = table.column_labels.size();
  detail::Grid g(rows + 1, std::vector<detail::GridEntry>(columns + 1));
  std::vector<long long> column_sums(columns, 0);
  long long grand = 0;
  for (std::size_t r = 0; r < rows; ++r) {
    long long row_sum = 0;
    for (std::size_t c = 0; c < columns; ++c) {
      const long long v = c < table.cells[r].size() ? table.cells[r][c] : 0;
      g[r][c] = Primary(v, rule);
      row_sum += v;
      column_sums[c] += v;
    }
    g[r][columns] = Primary(row_sum, rule);
    grand += row_sum;
  }
  for (std::size_t c = 0; c < columns; ++c) g[rows][c] = Primary(column_sums[c], rule);
  g[rows][columns] = Primary(grand, rule);
  return g;
}

void ProtectWithoutMargins(detail::Grid& g) {
  std::vector<detail::GridEntry*> entries;
  const std::size_t rows = g.size() - 1;
  const std::size_t columns = g[0].size() - 1;
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < columns; ++c) entries.push_back(&g[r][c]);
  }
  entries.push_back(&g[rows][columns]);
  detail::ProtectSingleRelation(entries);
}

}  // namespace

DisclosedTable Disclose(const CountTable& table, const DisclosureRule& rule) {
  DisclosedTable out;
  out.title = table.title;
  out.row_labels = table.row_labels;
  out.column_labels = table.column_labels;
  out.with_totals = table.with_totals;
  const std::size_t rows = table.cells.size();
  const std::size_t columns = table.column_labels.size();
  detail::Grid g = ExtendedGrid(table, rule);
  if (!rule.exact && rows > 0 && columns > 0) {
    if (table.with_totals) {
      detail::ProtectGrid(g);
    } else {
      ProtectWithoutMargins(g);
    }
  }
  for (std::size_t r = 0; r < rows; ++r) {
    std::vector<ShownCount> shown;
    for (std::size_t c = 0; c < columns; ++c) shown.push_back(ToShown(g[r][c]));
    out.cells.push_back(std::move(shown));
    out.row_totals.push_back(table.with_totals ? ToShown(g[r][columns]) : Omitted());
  }
  for (std::size_t c = 0; c < columns; ++c) {
    out.column_totals.push_back(table.with_totals ? ToShown(g[rows][c]) : Omitted());
  }
  out.total = ToShown(g[rows][columns]);
  return out;
}

std::optional<double> DisclosedRate(long long num, long long den, const DisclosureRule& rule) {
  if (den <= 0) return std::nullopt;
  if (!rule.exact &&
      (den < rule.threshold || IsSmall(num, rule) || IsSmall(den - num, rule))) {
    return std::nullopt;
  }
  return static_cast<double>(num) / static_cast<double>(den);
}

std::optional<double> ShownRate(const ShownCount& num, const ShownCount& den) {
  if (num.Hidden() || den.Hidden() || *den.value <= 0) return std::nullopt;
  return static_cast<double>(*num.value) / static_cast<double>(*den.value);
}

std::optional<double> DisclosedStatistic(std::optional<double> value, long long count,
                                         const DisclosureRule& rule) {
  if (!value) return std::nullopt;
  if (!rule.exact && count < rule.threshold) return std::nullopt;
  return value;
}

}  // namespace pacte::stats
