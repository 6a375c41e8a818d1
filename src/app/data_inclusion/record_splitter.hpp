#pragma once
// Splits a data·inclusion file into its records without parsing them, so that each record is
// parsed and reported alone: one broken record never hides the others.
//
// Two formats, told apart by the first character after blanks (and a UTF-8 BOM):
//   '['  a JSON array of records (the national export);
//   '{'  JSON lines: one record per non-blank line.
// The file is "structurally broken" (nothing may be applied from it) when it is empty, starts
// with anything else, is truncated (an unterminated array, string or last line), has an empty
// element (",,", trailing comma) or has content after the closing bracket. Invalid UTF-8 is
// NOT a structural fault: the record that holds it is reported (CheckRecordText).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace pacte::app {

struct RawRecord {
  std::size_t index = 0;  // 1-based position in the file
  std::size_t line = 0;   // 1-based line where the record starts
  std::string_view text;  // a view into the file content
};

enum class FileFormat { kJsonArray, kJsonLines };

struct SplitFile {
  FileFormat format = FileFormat::kJsonArray;
  std::vector<RawRecord> records;
  // A French explanation when the file is structurally broken; records then holds those
  // found before the fault (for the report only).
  std::optional<std::string> broken;
};

// Precondition: `content` outlives the returned views.
SplitFile SplitRecords(std::string_view content);

// Parses one record: invalid UTF-8, malformed JSON and a value that is not an object are
// reported in French (nullopt returned, `error` set).
std::optional<nlohmann::json> ParseRecord(const RawRecord& record, std::string& error);

}  // namespace pacte::app
