#pragma once
// The checks both formats make before reading: the file exists, is not empty and is under
// options.max_file_bytes.

#include <cstdint>
#include <string>

#include "app/ports/spreadsheet_reader.hpp"

namespace pacte::io::spreadsheet {

// The file's size. Errors: absent or unreadable (kNotFound spreadsheet.not_found), zero bytes
// (kMalformed "Le fichier est vide."), over max_file_bytes (kTooLarge spreadsheet.file_too_large).
Result<std::uint64_t> CheckFile(const std::string& path, const app::SpreadsheetOptions& options);

}  // namespace pacte::io::spreadsheet
