#pragma once
// French errors of the spreadsheet readers (codes `spreadsheet.*`), shared by the CSV and
// XLSX parts so that both say the same thing for the same fault.

#include <cstdint>
#include <string>

#include "domain/common/error.hpp"

namespace pacte::io::spreadsheet {

// kMalformed; `row` > 0 prefixes the message with "Ligne N : ".
Error Malformed(const std::string& code, const std::string& message, std::int64_t row = 0);

// kTooLarge; `row` > 0 prefixes the message with "Ligne N : ".
Error TooLarge(const std::string& code, const std::string& message, std::int64_t row = 0);

// "Le fichier est vide." (kMalformed, spreadsheet.empty).
Error EmptyFile();

// "Ce fichier n'est ni un CSV ni un classeur XLSX lisible." (kMalformed, spreadsheet.unreadable).
Error Unreadable();

// A cell longer than `max` bytes at row / 1-based column (kTooLarge, spreadsheet.cell_too_long).
Error CellTooLong(std::int64_t row, std::size_t column, std::size_t max);

// Spreadsheet column letters of a 1-based column: 1 → "A", 27 → "AA".
std::string ColumnLetters(std::size_t column);

}  // namespace pacte::io::spreadsheet
