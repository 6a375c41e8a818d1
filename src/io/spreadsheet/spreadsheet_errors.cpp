#include "io/spreadsheet/spreadsheet_errors.hpp"

#include <utility>

namespace pacte::io::spreadsheet {
namespace {

std::string WithRow(std::int64_t row, const std::string& message) {
  if (row <= 0) return message;
  std::string text = message;
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] += 'a' - 'A';
  return "Ligne " + std::to_string(row) + " : " + text;
}

}  // namespace

Error Malformed(const std::string& code, const std::string& message, std::int64_t row) {
  return Error{ErrorKind::kMalformed, code, WithRow(row, message), {}};
}

Error TooLarge(const std::string& code, const std::string& message, std::int64_t row) {
  return Error{ErrorKind::kTooLarge, code, WithRow(row, message), {}};
}

Error EmptyFile() { return Malformed("spreadsheet.empty", "Le fichier est vide."); }

Error Unreadable() {
  return Malformed("spreadsheet.unreadable",
                   "Ce fichier n'est ni un CSV ni un classeur XLSX lisible.");
}

Error CellTooLong(std::int64_t row, std::size_t column, std::size_t max) {
  return TooLarge("spreadsheet.cell_too_long",
                  "La cellule de la colonne " + ColumnLetters(column) +
                      " dépasse la longueur "
                      "maximale de " +
                      std::to_string(max) + " octets.",
                  row);
}

std::string ColumnLetters(std::size_t column) {
  std::string letters;
  while (column > 0) {
    const std::size_t rem = (column - 1) % 26;
    letters.insert(letters.begin(), static_cast<char>('A' + rem));
    column = (column - 1) / 26;
  }
  return letters;
}

}  // namespace pacte::io::spreadsheet
