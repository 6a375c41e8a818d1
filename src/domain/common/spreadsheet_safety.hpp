#pragma once
// Cells that leave pacte in a spreadsheet (CSV and XLSX exports, import reports): no text a
// user typed may be read as a formula by Excel or LibreOffice (OWASP "CSV injection").
//
// The rule: a text cell whose first character is '=', '+', '-', '@', a tab or a carriage
// return is prefixed with a single quote "'", which spreadsheets show as text. The prefix is
// kept in XLSX too (where the cell is a string anyway) so that the same text re-exported to
// CSV from the spreadsheet stays inert. Numbers are written as numbers and never prefixed.

#include <string>
#include <string_view>

namespace pacte {

// True when a spreadsheet could read `text` as a formula (first character =, +, -, @, tab or
// carriage return).
bool IsFormulaLike(std::string_view text);

// `text` prefixed with "'" when IsFormulaLike, unchanged otherwise.
std::string NeutraliseFormula(std::string_view text);

// One CSV field of a ';'-separated file (RFC 4180 quoting): NeutraliseFormula, then quoted
// with '"' (inner quotes doubled) when the result holds ';', '"', CR or LF.
std::string CsvField(std::string_view text);

}  // namespace pacte
