#include "app/stats/oarsa_workbook.hpp"

#include <cmath>

namespace pacte::app {
namespace {

TableCell CountCell(const stats::ShownCount& c) {
  if (c.Hidden()) return std::string(stats::kHiddenCountText);
  return *c.value;
}

TableCell DelayCell(const std::optional<double>& days, bool exact) {
  if (!days) return std::string(exact ? "" : stats::kHiddenCountText);
  return std::round(*days * 10.0) / 10.0;
}

// The "Ensemble" value of column `c` (c == columns: the grand total): hidden when any
// dimension's grid hides it.
stats::ShownCount EnsembleCell(const OarsaTableReport& t, std::size_t c) {
  stats::ShownCount out;
  for (const auto& block : t.blocks) {
    stats::ShownCount cell;
    if (t.partition) {
      cell = c < block.column_totals.size() ? block.column_totals[c] : block.total;
    } else {
      cell = block.cells.back()[c];
    }
    if (cell.Hidden()) return cell;
    out = cell;
  }
  return out;
}

void AddDelays(std::vector<TableCell>& row, const OarsaDelayRow& a, const OarsaDelayRow& b,
               bool exact) {
  row.push_back(DelayCell(a.mean, exact));
  row.push_back(DelayCell(a.median, exact));
  row.push_back(DelayCell(b.mean, exact));
  row.push_back(DelayCell(b.median, exact));
}

Table TableSheet(const OarsaReport& report, const OarsaTableReport& t) {
  const bool delays = t.number == 5;
  Table sheet;
  sheet.sheet_name = "Tableau " + std::to_string(t.number);
  sheet.headers = {"Ventilation", "Modalité"};
  const auto& columns = t.blocks.front().column_labels;
  for (const auto& c : columns) sheet.headers.push_back(c);
  if (t.partition) sheet.headers.push_back("Total");
  if (delays) {
    for (const char* h : {"Délai moyen entrée → primo-orientation (jours)",
                          "Délai médian entrée → primo-orientation (jours)",
                          "Délai moyen primo-orientation → primo-CER (jours)",
                          "Délai médian primo-orientation → primo-CER (jours)"}) {
      sheet.headers.emplace_back(h);
    }
  }
  std::vector<TableCell> ensemble{std::string("Ensemble"), std::string("")};
  for (std::size_t c = 0; c < columns.size() + (t.partition ? 1 : 0); ++c) {
    ensemble.push_back(CountCell(EnsembleCell(t, c)));
  }
  if (delays) {
    AddDelays(ensemble, report.entry_to_orientation.total, report.orientation_to_cer.total,
              report.exact);
  }
  sheet.rows.push_back(std::move(ensemble));
  for (std::size_t d = 0; d < t.blocks.size(); ++d) {
    const auto& block = t.blocks[d];
    const std::size_t rows = block.row_labels.size() - (t.partition ? 0 : 1);
    for (std::size_t r = 0; r < rows; ++r) {
      std::vector<TableCell> row{t.dimensions[d], block.row_labels[r]};
      for (const auto& cell : block.cells[r]) row.push_back(CountCell(cell));
      if (t.partition) row.push_back(CountCell(block.row_totals[r]));
      if (delays) {
        AddDelays(row, report.entry_to_orientation.blocks[d].rows[r],
                  report.orientation_to_cer.blocks[d].rows[r], report.exact);
      }
      sheet.rows.push_back(std::move(row));
    }
  }
  return sheet;
}

Table DefinitionsSheet(const OarsaReport& report) {
  Table sheet;
  sheet.sheet_name = "Définitions";
  sheet.headers = {"Rubrique", "Définition"};
  sheet.rows.push_back(
      {std::string("Enquête"),
       "DREES — Orientation et accompagnement des bénéficiaires du RSA (OARSA), année " +
           std::to_string(report.year) + " (stock au 31/12/" + std::to_string(report.year) + ")" +
           (report.exact ? "" : " ; secret statistique appliqué")});
  for (const auto& [heading, text] : OarsaDefinitions()) sheet.rows.push_back({heading, text});
  return sheet;
}

}  // namespace

std::vector<Table> OarsaWorkbook(const OarsaReport& report) {
  std::vector<Table> tables;
  for (const auto& t : report.tables) tables.push_back(TableSheet(report, t));
  tables.push_back(DefinitionsSheet(report));
  return tables;
}

}  // namespace pacte::app
