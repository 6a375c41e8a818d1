#include "io/spreadsheet/csv_spreadsheet_reader.hpp"

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/spreadsheet/csv_parser.hpp"
#include "io/spreadsheet/file_checks.hpp"
#include "io/spreadsheet/row_sink.hpp"
#include "io/spreadsheet/spreadsheet_errors.hpp"
#include "io/spreadsheet/text_encoding.hpp"

namespace pacte::io {
namespace {

using spreadsheet::Malformed;

constexpr std::size_t kSniffBytes = 1U << 20;
constexpr std::size_t kChunkBytes = 256U << 10;
constexpr std::uint64_t kProgressEvery = 4U << 20;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

std::string ReadChunk(std::FILE* f, std::size_t max) {
  std::string chunk(max, '\0');
  chunk.resize(std::fread(chunk.data(), 1, max, f));
  return chunk;
}

// Strips a UTF-8 BOM and names the encoding; refuses UTF-16 (its NUL bytes would otherwise
// make it look binary).
Result<std::string> DetectEncoding(std::string& prefix, bool whole_file) {
  if (prefix.starts_with(kUtf8Bom)) {
    prefix.erase(0, kUtf8Bom.size());
    return std::string("UTF-8");
  }
  if (prefix.starts_with("\xFF\xFE") || prefix.starts_with("\xFE\xFF")) {
    return Fail(Malformed("spreadsheet.utf16",
                          "Le fichier est encodé en UTF-16 : enregistrez-le en « CSV UTF-8 » "
                          "ou en XLSX."));
  }
  const bool utf8 = spreadsheet::IsStrictUtf8(prefix, !whole_file);
  return std::string(utf8 ? "UTF-8" : "windows-1252");
}

void DecodeCells(std::vector<std::string>& cells, bool cp1252, std::size_t wanted) {
  if (wanted > 0 && cells.size() > wanted) cells.resize(wanted);
  for (auto& cell : cells) {
    if (spreadsheet::IsAscii(cell)) continue;
    if (cp1252 || !spreadsheet::IsStrictUtf8(cell)) cell = spreadsheet::Cp1252ToUtf8(cell);
  }
}

}  // namespace

Result<app::SpreadsheetInfo> CsvSpreadsheetReader::Read(
    const std::string& path, const app::SpreadsheetOptions& options,
    const std::function<Status(const app::SpreadsheetInfo&)>& on_info,
    const std::function<Status(const app::SpreadsheetRow&)>& on_row,
    const std::function<void(const app::SpreadsheetProgress&)>& progress) {
  auto size = spreadsheet::CheckFile(path, options);
  if (!size) return Fail(size.error());
  File file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    return Fail(Error::NotFound("spreadsheet.not_found",
                                "Le fichier « " + path + " » est introuvable ou illisible."));
  }
  std::string chunk = ReadChunk(file.get(), kSniffBytes);
  app::SpreadsheetProgress done{0, *size};
  done.bytes_read = chunk.size();
  auto encoding = DetectEncoding(chunk, done.bytes_read >= *size);
  if (!encoding) return Fail(encoding.error());

  app::SpreadsheetInfo info;
  info.format = app::SpreadsheetFormat::kCsv;
  info.encoding = *encoding;
  info.delimiter = spreadsheet::DetectDelimiter(chunk, options.header_row);
  spreadsheet::RowSink sink(options, info, on_info, on_row);
  const bool cp1252 = info.encoding == "windows-1252";
  spreadsheet::CsvParser parser(info.delimiter, {options.max_cell_length, 16'384},
                                [&](std::int64_t number, std::vector<std::string>& cells) {
                                  DecodeCells(cells, cp1252, sink.WantedCells());
                                  return sink.Accept(number, cells);
                                });
  std::uint64_t next_report = kProgressEvery;
  while (!chunk.empty()) {
    if (auto status = parser.Feed(chunk); !status) return Fail(status.error());
    if (progress && done.bytes_read >= next_report) {
      progress(done);
      next_report = done.bytes_read + kProgressEvery;
    }
    chunk = ReadChunk(file.get(), kChunkBytes);
    done.bytes_read += chunk.size();
  }
  if (std::ferror(file.get()) != 0) {
    return Fail(
        Malformed("spreadsheet.read_error", "Le fichier n'a pas pu être lu jusqu'au bout."));
  }
  if (auto status = parser.Finish(); !status) return Fail(status.error());
  if (auto status = sink.Finish(); !status) return Fail(status.error());
  if (progress) progress(done);
  return info;
}

}  // namespace pacte::io
