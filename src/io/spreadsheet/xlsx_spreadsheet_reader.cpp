#include "io/spreadsheet/xlsx_spreadsheet_reader.hpp"

#include <string>
#include <vector>

#include "io/spreadsheet/file_checks.hpp"
#include "io/spreadsheet/row_sink.hpp"
#include "io/spreadsheet/spreadsheet_errors.hpp"
#include "io/spreadsheet/xlsx_archive.hpp"
#include "io/spreadsheet/xlsx_sheet_stream.hpp"
#include "io/spreadsheet/xlsx_workbook.hpp"

namespace pacte::io {
namespace {

using spreadsheet::XlsxSheet;
using spreadsheet::XlsxWorkbook;

std::string Quoted(const std::string& name) { return "« " + name + " »"; }

Result<XlsxSheet> ChooseSheet(const XlsxWorkbook& workbook, const std::string& wanted) {
  if (wanted.empty()) return workbook.sheets.front();
  std::string names;
  for (const auto& sheet : workbook.sheets) {
    if (sheet.name == wanted) return sheet;
    names += (names.empty() ? "" : ", ") + Quoted(sheet.name);
  }
  return Fail(spreadsheet::Malformed(
      "spreadsheet.unknown_sheet",
      "La feuille " + Quoted(wanted) +
          " n'existe pas dans ce classeur. Feuilles disponibles : " + names + "."));
}

}  // namespace

Result<app::SpreadsheetInfo> XlsxSpreadsheetReader::Read(
    const std::string& path, const app::SpreadsheetOptions& options,
    const std::function<Status(const app::SpreadsheetInfo&)>& on_info,
    const std::function<Status(const app::SpreadsheetRow&)>& on_row,
    const std::function<void(const app::SpreadsheetProgress&)>& progress) {
  if (auto size = spreadsheet::CheckFile(path, options); !size) return Fail(size.error());
  auto archive = spreadsheet::XlsxArchive::Open(path, options.max_uncompressed_bytes);
  if (!archive) return Fail(archive.error());
  auto workbook = spreadsheet::ReadWorkbook(*archive);
  if (!workbook) return Fail(workbook.error());
  auto sheet = ChooseSheet(*workbook, options.sheet);
  if (!sheet) return Fail(sheet.error());
  auto shared = spreadsheet::ReadSharedStrings(*archive, workbook->shared_strings_part);
  if (!shared) return Fail(shared.error());
  auto stream = archive->OpenPart(sheet->part);
  if (!stream) return Fail(stream.error());

  app::SpreadsheetInfo info;
  info.format = app::SpreadsheetFormat::kXlsx;
  for (const auto& s : workbook->sheets) info.sheets.push_back(s.name);
  info.sheet = sheet->name;
  info.encoding = "UTF-8";
  spreadsheet::RowSink sink(options, info, on_info, on_row);
  const std::uint64_t total = stream->declared_size();
  spreadsheet::SheetStreamCallbacks callbacks{
      [&] { return sink.WantedCells(); },
      [&](std::int64_t number, std::vector<std::string>& cells) {
        return sink.Accept(number, cells);
      },
      [&](std::uint64_t bytes) {
        if (progress) progress({bytes, total});
      }};
  if (auto status = spreadsheet::StreamSheetRows(*stream, *shared, callbacks); !status) {
    return Fail(status.error());
  }
  if (auto status = sink.Finish(); !status) {
    if (status.error().code != "spreadsheet.empty") return Fail(status.error());
    return Fail(spreadsheet::Malformed("spreadsheet.empty",
                                       "La feuille " + Quoted(sheet->name) + " est vide."));
  }
  return info;
}

}  // namespace pacte::io
