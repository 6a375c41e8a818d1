#pragma once
// The OARSA survey "in the survey's layout" as tables for the TableWriter port (XLSX: one
// sheet per table) and for the CLI's text rendering: sheets "Tableau 1" … "Tableau 6" then
// "Définitions".
//
// Each table sheet: headers [Ventilation, Modalité, the table's columns…, Total (partition
// tables only), the four delay columns (table 5 only)]; first the "Ensemble" line, then one
// line per modality of each dimension (age, sex, family, seniority, education). Counts are
// numbers; a hidden count is the text "s"; a delay is a number of days rounded to one decimal,
// "s" when hidden (or empty when the reader sees exact figures and there is no delay). An
// "Ensemble" cell is shown only when every dimension's grid shows it.

#include <vector>

#include "app/ports/table_writer.hpp"
#include "app/stats/oarsa_report.hpp"

namespace pacte::app {

std::vector<Table> OarsaWorkbook(const OarsaReport& report);

}  // namespace pacte::app
