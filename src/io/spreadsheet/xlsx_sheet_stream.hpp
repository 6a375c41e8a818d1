#pragma once
// Streams the rows of one worksheet part with libxml2's xmlTextReader fed straight from the
// zip inflater: the sheet is never held whole in memory (one row at a time, whatever its
// size), which is why it is not read with pugixml like the small parts. No DTD, no entity
// expansion, no network; a DOCTYPE is refused.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "io/spreadsheet/xlsx_archive.hpp"

namespace pacte::io::spreadsheet {

struct SheetStreamCallbacks {
  // Cells needed for the next row (0: all). Cells of later columns are skipped.
  std::function<std::size_t()> wanted_cells;
  // One <row>: its number (r attribute, else previous + 1) and its cells placed by their
  // reference (A1, AA10; else after the previous cell), missing ones "".
  std::function<Status(std::int64_t number, std::vector<std::string>& cells)> on_row;
  // Now and then, with the bytes of the part inflated so far.
  std::function<void(std::uint64_t bytes_read)> progress;
};

// Cell values: shared strings (t="s") looked up in `shared`, inline strings (rich runs
// concatenated), anything else (numbers, dates as serials, booleans "0"/"1", formula
// results, errors) as written in <v>. Errors: malformed XML, a DOCTYPE, a bad cell reference
// or shared string index (kMalformed naming the row), the stream's errors, the callbacks'.
Status StreamSheetRows(XlsxPartStream& stream, const std::vector<std::string>& shared,
                       const SheetStreamCallbacks& callbacks);

// 0-based column of a cell reference ("A1" → 0, "AA10" → 26); -1 when malformed or past XFD.
int ColumnOfReference(const char* reference);

}  // namespace pacte::io::spreadsheet
