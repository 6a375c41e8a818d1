// STAND-INS: see intake_stand_ins.hpp.
#include "jobs/intake_stand_ins.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

#include "app/ports/unit_of_work.hpp"
#include "domain/common/text.hpp"

namespace pacte::jobs {
namespace {

std::vector<std::string> SplitCsvLine(const std::string& line, char delimiter) {
  std::vector<std::string> cells(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
      cells.back() += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == delimiter && !quoted) {
      cells.emplace_back();
    } else {
      cells.back() += c;
    }
  }
  for (auto& cell : cells) cell = Trim(cell);
  return cells;
}

char DetectDelimiter(const std::string& header) {
  char best = ';';
  std::size_t most = 0;
  for (char d : {';', ',', '\t'}) {
    auto n = static_cast<std::size_t>(std::count(header.begin(), header.end(), d));
    if (n > most) {
      most = n;
      best = d;
    }
  }
  return best;
}

std::string CsvCell(const app::TableCell& cell) {
  std::string text;
  if (const auto* s = std::get_if<std::string>(&cell)) {
    text = *s;
    if (!text.empty() && std::string("=+-@\t\r").find(text[0]) != std::string::npos) {
      text = "'" + text;
    }
  } else if (const auto* d = std::get_if<double>(&cell)) {
    std::ostringstream o;
    o << *d;
    text = o.str();
  } else {
    text = std::to_string(std::get<long long>(cell));
  }
  if (text.find_first_of(";\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void Finish(app::Store& store, const app::Clock& clock, std::int64_t id, const char* status,
            std::optional<std::string> error = std::nullopt) {
  app::Write(store, [&](app::UnitOfWork& uow) {
    uow.Imports().Finish(id, status, error, clock.Now());
    return true;
  });
}

}  // namespace

Result<app::SpreadsheetInfo> StandInCsvReader::Read(
    const std::string& path, const app::SpreadsheetOptions& options,
    const std::function<Status(const app::SpreadsheetInfo&)>& on_info,
    const std::function<Status(const app::SpreadsheetRow&)>& on_row,
    const std::function<void(const app::SpreadsheetProgress&)>& progress) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail(Error::NotFound("spreadsheet.not_found", "Fichier introuvable."));
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::istringstream lines(text);
  std::string line;
  std::int64_t number = 0;
  app::SpreadsheetInfo info;
  bool headers_read = false;
  std::uint64_t read = 0;
  while (std::getline(lines, line)) {
    ++number;
    read += line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number < options.header_row) continue;
    if (!headers_read) {
      info.delimiter = DetectDelimiter(line);
      info.encoding = "UTF-8";
      info.headers = SplitCsvLine(line, info.delimiter);
      headers_read = true;
      if (auto ok = on_info(info); !ok) return Fail(ok.error());
      continue;
    }
    if (Trim(line).empty()) continue;
    app::SpreadsheetRow row{number, SplitCsvLine(line, info.delimiter)};
    row.cells.resize(info.headers.size());
    if (auto ok = on_row(row); !ok) return Fail(ok.error());
    if (progress) progress({read, text.size()});
  }
  if (!headers_read) {
    return Fail(Error{ErrorKind::kMalformed, "spreadsheet.empty",
                      "Le fichier est vide : aucune ligne d'en-têtes.", {}});
  }
  return info;
}

Result<std::string> StandInTableWriter::Write(app::TableFormat format,
                                              const std::vector<app::Table>& tables) {
  if (format == app::TableFormat::kXlsx) {
    return Fail(Error::Invalid("table.xlsx_unavailable",
                               "L'export XLSX n'est pas disponible dans cette version.", "format"));
  }
  std::string out = "\xEF\xBB\xBF";
  for (std::size_t t = 0; t < tables.size(); ++t) {
    if (t > 0) out += "\r\n";
    auto row_text = [](const std::vector<app::TableCell>& cells) {
      std::string line;
      for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? ";" : "") + CsvCell(cells[i]);
      return line + "\r\n";
    };
    std::vector<app::TableCell> headers(tables[t].headers.begin(), tables[t].headers.end());
    out += row_text(headers);
    for (const auto& row : tables[t].rows) out += row_text(row);
  }
  return out;
}

app::ImportRunner StandInSpreadsheetRunner(app::Store& store, const app::Clock& clock,
                                           const app::IntakeDeps& deps,
                                           std::chrono::milliseconds row_delay) {
  return [&store, &clock, &deps, row_delay](std::int64_t id) -> Result<app::ImportRecord> {
    auto record = app::Read(store, [&](app::UnitOfWork& uow) { return uow.Imports().Find(id); });
    app::SpreadsheetOptions options;
    options.sheet = record->options.value("sheet", "");
    std::int64_t rows = 0;
    const Error cancelled{ErrorKind::kConflict, "import.cancelled", "annulé", {}};
    auto read = deps.spreadsheets->Read(
        record->file_path, options, [](const app::SpreadsheetInfo&) -> Status { return {}; },
        [&](const app::SpreadsheetRow& row) -> Status {
          if (row_delay.count() > 0) std::this_thread::sleep_for(row_delay);
          ++rows;
          return app::Write(store, [&](app::UnitOfWork& uow) -> Status {
            if (uow.Imports().CancelRequested(id)) return Fail(cancelled);
            uow.Imports().AddLines(id, {app::ImportLine{row.number, "ligne " + std::to_string(row.number),
                                                        app::kLineUnchanged, std::nullopt,
                                                        "standin.read", "Ligne lue.", {}}});
            uow.Imports().SaveProgress(id, rows, 0, rows, {{"rows", rows}}, clock.Now());
            return {};
          });
        });
    if (!read && read.error().code == cancelled.code) {
      Finish(store, clock, id, app::kImportCancelled);
    } else if (!read) {
      Finish(store, clock, id, app::kImportFailed, read.error().message);
    } else {
      app::Write(store, [&](app::UnitOfWork& uow) {
        uow.Imports().SaveProgress(id, rows, rows, rows, {{"rows", rows}}, clock.Now());
        uow.Imports().Finish(id, app::kImportDone, std::nullopt, clock.Now());
        return true;
      });
    }
    return *app::Read(store, [&](app::UnitOfWork& uow) { return uow.Imports().Find(id); });
  };
}

app::ImportRunner StandInCafRunner(app::Store& store, const app::Clock& clock) {
  return [&store, &clock](std::int64_t id) -> Result<app::ImportRecord> {
    Finish(store, clock, id, app::kImportFailed,
           "L'application des flux CAF n'est pas disponible dans cette version.");
    return *app::Read(store, [&](app::UnitOfWork& uow) { return uow.Imports().Find(id); });
  };
}

}  // namespace pacte::jobs
