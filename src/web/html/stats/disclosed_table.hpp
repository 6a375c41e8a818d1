#pragma once
// How every pilotage figure is shown: a stats::DisclosedTable (domain/stats/disclosure.hpp)
// rendered the same way on pages (partial `stats_table.mustache`), in the JSON API and in
// CSV / XLSX downloads, hidden cells written "s" (secret statistique) everywhere.
//
// Page use: data["table"] = DisclosedTableJson(t); in the template {{#table}}{{> stats_table}}
// {{/table}}.

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/ports/table_writer.hpp"
#include "domain/stats/disclosure.hpp"

namespace pacte::web {

// "12 345" (thin groups with a non-breaking space), or "s" when hidden.
std::string CountText(const stats::ShownCount& c);
// "45,3 %" with one decimal, or "s" when hidden (nullopt).
std::string RateText(const std::optional<double>& rate);
// "79 j" / "79,5 j", or "s" when hidden (nullopt).
std::string DaysText(const std::optional<double>& days);

// For the `stats_table` partial: {title, corner, columns[], rows[{label, cells[{text,
// hidden}], total{text, hidden}}], with_totals, totals{cells[], total}, hidden_title}.
// `corner` labels the first column (the row dimension, e.g. "Territoire").
nlohmann::json DisclosedTableJson(const stats::DisclosedTable& t,
                                  const std::string& corner = "");

// For the API: {title, columns[], rows[{label, values[int|null], total}], totals{values[],
// total}, hidden_marker:"s"} — a hidden count is null.
nlohmann::json DisclosedTableApiJson(const stats::DisclosedTable& t);

// For downloads: headers [corner, columns…, "Total"], one row per row (+ the totals row),
// hidden cells as the text "s".
app::Table DisclosedTableDownload(const stats::DisclosedTable& t, const std::string& corner,
                                  const std::string& sheet_name);

}  // namespace pacte::web
