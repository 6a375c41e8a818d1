// XLSX side of SpreadsheetTableWriter, and the dispatch on the format.

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "domain/common/spreadsheet_safety.hpp"
#include "io/tables/spreadsheet_table_writer.hpp"
#include "io/tables/table_text.hpp"

namespace pacte::io {
namespace {

constexpr std::size_t kMaxCellChars = 32767;  // Excel's limit for one cell
constexpr std::size_t kWidthSampleRows = 1000;
constexpr double kMinWidth = 8;
constexpr double kMaxWidth = 60;

// The temporary file the workbook is assembled in; removed when this goes out of scope.
class TempFile {
 public:
  explicit TempFile(const std::string& dir) {
    std::string pattern = dir + "/pacte-tableau-XXXXXX.xlsx";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    int fd = mkstemps(buf.data(), 5);
    if (fd < 0) {
      throw std::runtime_error("création d'un fichier temporaire impossible dans " + dir + " : " +
                               std::strerror(errno));
    }
    close(fd);
    path_ = buf.data();
  }
  ~TempFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

  std::string ReadAll() const {
    std::ifstream in(path_, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) throw std::runtime_error("relecture impossible du fichier XLSX " + path_);
    return bytes.str();
  }

 private:
  std::string path_;
};

void Check(lxw_error e, const char* what) {
  if (e != LXW_NO_ERROR) {
    throw std::runtime_error(std::string("écriture XLSX impossible (") + what +
                             ") : " + lxw_strerror(e));
  }
}

std::string XlsxText(const std::string& text) {
  return Utf8Prefix(NeutraliseFormula(text), kMaxCellChars);
}

std::size_t CellWidth(const app::TableCell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return Utf8Length(*text) + 1;
  if (const auto* whole = std::get_if<long long>(&cell)) return std::to_string(*whole).size();
  return 12;
}

void SetWidths(lxw_worksheet* ws, const app::Table& t) {
  std::vector<std::size_t> widths;
  for (const auto& h : t.headers) widths.push_back(Utf8Length(h));
  std::size_t sampled = std::min(t.rows.size(), kWidthSampleRows);
  for (std::size_t r = 0; r < sampled; ++r) {
    const auto& row = t.rows[r];
    if (row.size() > widths.size()) widths.resize(row.size(), 0);
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], CellWidth(row[c]));
  }
  for (std::size_t c = 0; c < widths.size(); ++c) {
    double width = std::clamp(static_cast<double>(widths[c]) + 2, kMinWidth, kMaxWidth);
    auto col = static_cast<lxw_col_t>(c);
    Check(worksheet_set_column(ws, col, col, width, nullptr), "largeur de colonne");
  }
}

void WriteCell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const app::TableCell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) {
    if (text->empty()) return;
    Check(worksheet_write_string(ws, row, col, XlsxText(*text).c_str(), nullptr), "texte");
    return;
  }
  double value = std::holds_alternative<long long>(cell)
                     ? static_cast<double>(std::get<long long>(cell))
                     : std::get<double>(cell);
  if (!std::isfinite(value)) return;
  Check(worksheet_write_number(ws, row, col, value, nullptr), "nombre");
}

void WriteSheet(lxw_workbook* wb, lxw_format* bold, const app::Table& t, const std::string& name) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (ws == nullptr) throw std::runtime_error("feuille XLSX impossible à créer : " + name);
  SetWidths(ws, t);
  if (!t.headers.empty()) worksheet_freeze_panes(ws, 1, 0);
  for (std::size_t c = 0; c < t.headers.size(); ++c) {
    Check(worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), XlsxText(t.headers[c]).c_str(),
                                 bold),
          "en-tête");
  }
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const auto& row = t.rows[r];
    for (std::size_t c = 0; c < row.size(); ++c) {
      WriteCell(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), row[c]);
    }
  }
}

Status CheckLimits(const std::vector<app::Table>& tables) {
  for (const auto& t : tables) {
    std::size_t columns = t.headers.size();
    for (const auto& row : t.rows) columns = std::max(columns, row.size());
    if (t.rows.size() + 1 > LXW_ROW_MAX || columns > LXW_COL_MAX) {
      return Fail(Error::Invalid(
          "table.too_large",
          "Le tableau « " + t.sheet_name + " » dépasse la taille d'une feuille XLSX (" +
              std::to_string(LXW_ROW_MAX - 1) + " lignes, " + std::to_string(LXW_COL_MAX) +
              " colonnes) : exportez-le en CSV ou réduisez-le."));
    }
  }
  return {};
}

void FillWorkbook(lxw_workbook* wb, const std::vector<app::Table>& tables) {
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  std::vector<std::string> names;
  for (const auto& t : tables) {
    names.push_back(SafeSheetName(t.sheet_name, names));
    WriteSheet(wb, bold, t, names.back());
  }
  if (tables.empty()) WriteSheet(wb, bold, app::Table{}, "Feuille1");
}

std::string WriteXlsx(const std::vector<app::Table>& tables, const std::string& temp_dir) {
  TempFile file(temp_dir);
  std::string dir = temp_dir;
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = dir.data();
  lxw_workbook* wb = workbook_new_opt(file.path().c_str(), &options);
  if (wb == nullptr) throw std::runtime_error("classeur XLSX impossible à créer");
  try {
    FillWorkbook(wb, tables);
  } catch (...) {
    workbook_close(wb);
    throw;
  }
  Check(workbook_close(wb), "fermeture du classeur");
  return file.ReadAll();
}

}  // namespace

Result<std::string> SpreadsheetTableWriter::Write(app::TableFormat format,
                                                  const std::vector<app::Table>& tables) {
  if (format == app::TableFormat::kCsv) return WriteCsvTables(tables);
  if (auto ok = CheckLimits(tables); !ok) return Fail(ok.error());
  std::string dir = temp_dir_.empty() ? std::filesystem::temp_directory_path().string() : temp_dir_;
  return WriteXlsx(tables, dir);
}

}  // namespace pacte::io
