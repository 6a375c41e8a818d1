#include "io/spreadsheet/csv_parser.hpp"

#include <array>
#include <utility>

#include "io/spreadsheet/spreadsheet_errors.hpp"

namespace pacte::io::spreadsheet {

char DetectDelimiter(std::string_view prefix, int header_row) {
  constexpr std::array<char, 3> kCandidates = {';', '\t', ','};
  std::array<std::size_t, 3> counts{};
  int record = 1;
  bool quoted = false;
  for (std::size_t i = 0; i < prefix.size() && record <= header_row; ++i) {
    const char c = prefix[i];
    if (c == '"') {
      quoted = !quoted;  // a doubled quote toggles twice: still right
    } else if (!quoted && (c == '\n' || c == '\r')) {
      if (c == '\r' && i + 1 < prefix.size() && prefix[i + 1] == '\n') ++i;
      ++record;
    } else if (!quoted && record == header_row) {
      for (std::size_t k = 0; k < kCandidates.size(); ++k) counts[k] += c == kCandidates[k];
    }
  }
  std::size_t best = 0;
  for (std::size_t k = 1; k < kCandidates.size(); ++k) {
    if (counts[k] > counts[best]) best = k;
  }
  return counts[best] == 0 ? ';' : kCandidates[best];
}

CsvParser::CsvParser(char delimiter, Limits limits, RecordFn on_record)
    : delimiter_(delimiter), limits_(limits), on_record_(std::move(on_record)) {}

Status CsvParser::Feed(std::string_view bytes) {
  for (char c : bytes) {
    if (skip_lf_) {
      skip_lf_ = false;
      if (c == '\n') continue;
    }
    if (c == '\0') {
      return Fail(Malformed("spreadsheet.binary",
                            "Le fichier contient un octet nul : ce n'est pas un texte CSV.",
                            record_));
    }
    if (auto status = Step(c); !status) return status;
  }
  return {};
}

Status CsvParser::Step(char c) {
  record_open_ = true;
  const bool line_end = c == '\n' || c == '\r';
  switch (state_) {
    case State::kQuoted:
      if (c == '"') {
        state_ = State::kQuoteInQuoted;
        return {};
      }
      return Append(c);
    case State::kQuoteInQuoted:
      if (c == '"') {
        state_ = State::kQuoted;
        return Append(c);
      }
      break;
    case State::kFieldStart:
      if (c == '"') {
        state_ = State::kQuoted;
        return {};
      }
      break;
    case State::kUnquoted:
      break;
  }
  if (c == delimiter_) return EndField();
  if (line_end) {
    skip_lf_ = c == '\r';
    return EndRecord();
  }
  state_ = State::kUnquoted;
  return Append(c);
}

Status CsvParser::Append(char c) {
  if (field_.size() >= limits_.max_cell) {
    return Fail(CellTooLong(record_, cells_.size() + 1, limits_.max_cell));
  }
  field_.push_back(c);
  return {};
}

Status CsvParser::EndField() {
  if (cells_.size() >= limits_.max_columns) {
    return Fail(TooLarge("spreadsheet.too_many_columns",
                         "La ligne dépasse le nombre maximal de " +
                             std::to_string(limits_.max_columns) + " colonnes.",
                         record_));
  }
  cells_.push_back(std::move(field_));
  field_.clear();
  state_ = State::kFieldStart;
  return {};
}

Status CsvParser::EndRecord() {
  if (auto status = EndField(); !status) return status;
  Status status = on_record_(record_, cells_);
  cells_.clear();
  ++record_;
  record_open_ = false;
  return status;
}

Status CsvParser::Finish() {
  if (state_ == State::kQuoted) {
    return Fail(Malformed("spreadsheet.open_quote",
                          "Un guillemet ouvert n'est jamais refermé avant la fin du fichier.",
                          record_));
  }
  if (!record_open_) return {};
  return EndRecord();
}

}  // namespace pacte::io::spreadsheet
