#pragma once
// RFC 4180 CSV tokenizer fed chunk by chunk (constant memory: one record at a time), and the
// delimiter sniffing of the header line. Works on bytes: the delimiter, quotes and line breaks
// are ASCII in UTF-8 and windows-1252 alike, so decoding happens per cell afterwards.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/error.hpp"

namespace pacte::io::spreadsheet {

// The delimiter of the `header_row`-th record (1-based) of `prefix`: the most frequent of ';'
// '\t' ',' outside quotes (ties in that order; ';' when none appears).
char DetectDelimiter(std::string_view prefix, int header_row);

class CsvParser {
 public:
  struct Limits {
    std::size_t max_cell = 32'768;     // bytes of one cell
    std::size_t max_columns = 16'384;  // cells of one record (Excel's column count)
  };
  // One record: its 1-based number (records, not physical lines: a quoted line break stays in
  // its cell) and its raw cells. The callback may swap the cells away.
  using RecordFn = std::function<Status(std::int64_t number, std::vector<std::string>& cells)>;

  CsvParser(char delimiter, Limits limits, RecordFn on_record);

  // Consumes bytes. Quotes: a field opened by '"' runs to the next lone '"' ("" is a quote,
  // line breaks and delimiters inside are text); a quote inside an unquoted field and text
  // after a closing quote are kept as written (lenient, as spreadsheet programs are). Line
  // ends: LF, CRLF or CR. Errors: a NUL byte (kMalformed spreadsheet.binary), a cell over
  // max_cell, a record over max_columns (kTooLarge), or the callback's error.
  Status Feed(std::string_view bytes);
  // End of input: flushes the last record (no final line break needed). Error: a quote still
  // open (kMalformed spreadsheet.open_quote naming the record where it opened).
  Status Finish();

 private:
  enum class State { kFieldStart, kUnquoted, kQuoted, kQuoteInQuoted };

  Status Step(char c);
  Status Append(char c);
  Status EndField();
  Status EndRecord();

  char delimiter_;
  Limits limits_;
  RecordFn on_record_;
  State state_ = State::kFieldStart;
  bool skip_lf_ = false;
  bool record_open_ = false;
  std::int64_t record_ = 1;
  std::vector<std::string> cells_;
  std::string field_;
};

}  // namespace pacte::io::spreadsheet
