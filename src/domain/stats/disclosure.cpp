#include "domain/stats/disclosure.hpp"

namespace pacte::stats {
namespace {

bool IsSmall(long long v, const DisclosureRule& rule) {
  return !rule.exact && v > 0 && v < rule.threshold;
}

ShownCount Shown(long long v, const DisclosureRule& rule) {
  ShownCount c;
  if (IsSmall(v, rule)) {
    c.primary = true;
  } else {
    c.value = v;
  }
  return c;
}

}  // namespace

// Primary suppression only for now; secondary suppression comes with the disclosure package.
DisclosedTable Disclose(const CountTable& table, const DisclosureRule& rule) {
  DisclosedTable out;
  out.title = table.title;
  out.row_labels = table.row_labels;
  out.column_labels = table.column_labels;
  out.with_totals = table.with_totals;
  const std::size_t columns = table.column_labels.size();
  std::vector<long long> column_sums(columns, 0);
  long long grand = 0;
  for (const auto& row : table.cells) {
    std::vector<ShownCount> shown;
    long long row_sum = 0;
    for (std::size_t c = 0; c < columns; ++c) {
      const long long v = c < row.size() ? row[c] : 0;
      shown.push_back(Shown(v, rule));
      row_sum += v;
      column_sums[c] += v;
    }
    grand += row_sum;
    out.cells.push_back(std::move(shown));
    out.row_totals.push_back(Shown(row_sum, rule));
  }
  for (long long v : column_sums) out.column_totals.push_back(Shown(v, rule));
  out.total = Shown(grand, rule);
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

std::optional<double> DisclosedStatistic(std::optional<double> value, long long count,
                                         const DisclosureRule& rule) {
  if (!value) return std::nullopt;
  if (!rule.exact && count < rule.threshold) return std::nullopt;
  return value;
}

}  // namespace pacte::stats
