#include "io/spreadsheet/file_checks.hpp"

#include <sys/stat.h>

#include "io/spreadsheet/spreadsheet_errors.hpp"

namespace pacte::io::spreadsheet {

Result<std::uint64_t> CheckFile(const std::string& path, const app::SpreadsheetOptions& options) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    return Fail(Error::NotFound("spreadsheet.not_found",
                                "Le fichier « " + path + " » est introuvable ou illisible."));
  }
  const auto size = static_cast<std::uint64_t>(st.st_size);
  if (size == 0) return Fail(EmptyFile());
  if (size > options.max_file_bytes) {
    return Fail(TooLarge("spreadsheet.file_too_large", "Le fichier dépasse la taille maximale de " +
                                                           std::to_string(options.max_file_bytes) +
                                                           " octets."));
  }
  return size;
}

}  // namespace pacte::io::spreadsheet
