#include "web/html/stats/disclosed_table.hpp"

#include <cmath>

namespace pacte::web {
namespace {

std::string Grouped(long long v) {
  std::string digits = std::to_string(v < 0 ? -v : v);
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += "\u00a0";
    out.push_back(digits[i]);
  }
  return v < 0 ? "-" + out : out;
}

// "45,3" (one decimal, French comma; no decimal when whole).
std::string Decimal(double v) {
  const long long tenths = std::llround(v * 10);
  std::string out = Grouped(tenths / 10);
  if (tenths % 10 != 0) out += "," + std::to_string(std::llabs(tenths % 10));
  return out;
}

nlohmann::json CellJson(const stats::ShownCount& c) {
  return {{"text", CountText(c)}, {"hidden", c.Hidden()}};
}

nlohmann::json ApiValue(const stats::ShownCount& c) {
  if (c.Hidden()) return nullptr;
  return *c.value;
}

app::TableCell DownloadCell(const stats::ShownCount& c) {
  if (c.Hidden()) return std::string(stats::kHiddenCountText);
  return *c.value;
}

}  // namespace

std::string CountText(const stats::ShownCount& c) {
  return c.Hidden() ? std::string(stats::kHiddenCountText) : Grouped(*c.value);
}

std::string RateText(const std::optional<double>& rate) {
  return rate ? Decimal(*rate * 100) + "\u00a0%" : std::string(stats::kHiddenCountText);
}

std::string DaysText(const std::optional<double>& days) {
  return days ? Decimal(*days) + "\u00a0j" : std::string(stats::kHiddenCountText);
}

nlohmann::json DisclosedTableJson(const stats::DisclosedTable& t, const std::string& corner) {
  nlohmann::json rows = nlohmann::json::array();
  for (std::size_t r = 0; r < t.cells.size(); ++r) {
    nlohmann::json cells = nlohmann::json::array();
    for (const auto& c : t.cells[r]) cells.push_back(CellJson(c));
    rows.push_back({{"label", r < t.row_labels.size() ? t.row_labels[r] : ""},
                    {"cells", std::move(cells)},
                    {"total", CellJson(t.row_totals.at(r))}});
  }
  nlohmann::json totals = nlohmann::json::array();
  for (const auto& c : t.column_totals) totals.push_back(CellJson(c));
  return {{"title", t.title},
          {"corner", corner},
          {"columns", t.column_labels},
          {"rows", std::move(rows)},
          {"with_totals", t.with_totals},
          {"totals", {{"cells", std::move(totals)}, {"total", CellJson(t.total)}}},
          {"hidden_title", stats::kHiddenCountTitle}};
}

nlohmann::json DisclosedTableApiJson(const stats::DisclosedTable& t) {
  nlohmann::json rows = nlohmann::json::array();
  for (std::size_t r = 0; r < t.cells.size(); ++r) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& c : t.cells[r]) values.push_back(ApiValue(c));
    rows.push_back({{"label", r < t.row_labels.size() ? t.row_labels[r] : ""},
                    {"values", std::move(values)},
                    {"total", ApiValue(t.row_totals.at(r))}});
  }
  nlohmann::json totals = nlohmann::json::array();
  for (const auto& c : t.column_totals) totals.push_back(ApiValue(c));
  return {{"title", t.title},
          {"columns", t.column_labels},
          {"rows", std::move(rows)},
          {"totals", {{"values", std::move(totals)}, {"total", ApiValue(t.total)}}},
          {"hidden_marker", stats::kHiddenCountText}};
}

app::Table DisclosedTableDownload(const stats::DisclosedTable& t, const std::string& corner,
                                  const std::string& sheet_name) {
  app::Table out;
  out.sheet_name = sheet_name;
  out.headers.push_back(corner);
  for (const auto& c : t.column_labels) out.headers.push_back(c);
  if (t.with_totals) out.headers.push_back("Total");
  for (std::size_t r = 0; r < t.cells.size(); ++r) {
    std::vector<app::TableCell> row{r < t.row_labels.size() ? t.row_labels[r] : ""};
    for (const auto& c : t.cells[r]) row.push_back(DownloadCell(c));
    if (t.with_totals) row.push_back(DownloadCell(t.row_totals.at(r)));
    out.rows.push_back(std::move(row));
  }
  if (t.with_totals) {
    std::vector<app::TableCell> row{std::string("Total")};
    for (const auto& c : t.column_totals) row.push_back(DownloadCell(c));
    row.push_back(DownloadCell(t.total));
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace pacte::web
