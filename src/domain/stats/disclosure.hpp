#pragma once
// Statistical disclosure control: what signatory institutions, statistics readers and every
// open-data export see. Figures are shown on fixed grids only (rows × columns with their
// margins); a count below the threshold (default 11, [stats] small_cell_threshold) is hidden
// ("primary" suppression) and further cells are hidden so that no hidden count can be
// recomputed from the shown cells, the row and column totals and the grand total
// ("secondary" suppression). Rates and averages over fewer persons than the threshold are
// hidden too.
//
// Secondary suppression (algorithm and limits in domain/stats/disclosure_grid.hpp): the
// table and its margins form one grid where every row and every column is a known sum; cells
// are hidden until (1) no line, margins included, holds exactly one hidden count and (2) no
// hidden count is determined by any combination of lines (each lies on a cycle of hidden
// counts), e.g. a hidden cell never equals "grand total − the other shown totals".
// A zero is shown, also next to hidden cells: it is a known value in the sums (the algorithm
// accounts for it) and counts nobody; it does tell that nobody of a row is in a column.
// Margins follow the same rule: a row total of 1..threshold-1 is hidden.
//
// Agents who may see exact figures (admin, coordinateur, chargé d'orientation: see
// app/policies/stats_policy.hpp) get the same tables through Disclose with rule.exact = true,
// so pages and exports have one code path: nothing is hidden and every value is the input.

#include <optional>
#include <string>
#include <vector>

namespace pacte::stats {

struct DisclosureRule {
  bool exact = false;  // true: nothing is hidden (agents entitled to exact figures)
  int threshold = 11;  // counts 1..threshold-1 are hidden; 0 is shown
};

// A table of counts on a fixed grid. Totals are computed by Disclose from the cells (the
// margins a reader could use to recompute a hidden cell); `with_totals` false when the table
// is shown without row and column totals: those come back omitted (hidden), and the grand
// total, which may still be shown (e.g. "population: N"), is protected as one sum over all
// cells. Rows are `cells` (each padded with zeros to column_labels.size()).
struct CountTable {
  std::string title;
  std::vector<std::string> row_labels;
  std::vector<std::string> column_labels;
  std::vector<std::vector<long long>> cells;  // [row][column], every row column_labels.size()
  bool with_totals = true;
};

// One shown count: value nullopt when hidden.
struct ShownCount {
  std::optional<long long> value;
  bool primary = false;    // hidden because below the threshold
  bool secondary = false;  // hidden to protect another hidden cell
  bool omitted = false;    // a margin of a table shown without totals (never display it)
  bool Hidden() const { return !value.has_value(); }
};

struct DisclosedTable {
  std::string title;
  std::vector<std::string> row_labels;
  std::vector<std::string> column_labels;
  std::vector<std::vector<ShownCount>> cells;
  std::vector<ShownCount> row_totals;     // one per row
  std::vector<ShownCount> column_totals;  // one per column
  ShownCount total;
  bool with_totals = true;
};

DisclosedTable Disclose(const CountTable& table, const DisclosureRule& rule);

// A rate num/den (0..1), hidden (nullopt) when den is below the threshold (unless exact) or
// zero; also hidden when num is a hidden small count (1..threshold-1) or den - num is.
std::optional<double> DisclosedRate(long long num, long long den, const DisclosureRule& rule);

// A rate between two counts already disclosed (e.g. a cell over its row total): hidden when
// either is hidden or the denominator is zero. Use it rather than DisclosedRate on raw counts
// when the counts come from a disclosed table, so a secondary-suppressed cell stays hidden.
std::optional<double> ShownRate(const ShownCount& num, const ShownCount& den);

// A statistic (mean, median, 90th percentile of delays…) computed over `count` persons:
// hidden when count is below the threshold (unless exact) or the value is absent.
std::optional<double> DisclosedStatistic(std::optional<double> value, long long count,
                                         const DisclosureRule& rule);

// How a hidden count is written in French tables and exports ("secret statistique").
inline constexpr const char* kHiddenCountText = "s";
inline constexpr const char* kHiddenCountTitle = "Effectif masqué (secret statistique)";

}  // namespace pacte::stats
