#pragma once
// The structure of an XLSX workbook read with pugixml: its sheets (names in order and the
// part of each, through xl/_rels/workbook.xml.rels) and its shared strings table. These parts
// are small next to the sheets and are held in memory, within the archive's budget. pugixml
// neither loads DTDs nor expands entities other than the five predefined ones.

#include <string>
#include <vector>

#include "io/spreadsheet/xlsx_archive.hpp"

namespace pacte::io::spreadsheet {

struct XlsxSheet {
  std::string name;
  std::string part;  // path inside the zip, e.g. "xl/worksheets/sheet1.xml"
};

struct XlsxWorkbook {
  std::vector<XlsxSheet> sheets;
  std::string shared_strings_part;  // empty when the workbook has none
};

// Errors: no workbook part (a zip that is not a workbook), unreadable XML, a sheet whose
// relationship is missing (kMalformed), budget exceeded (kTooLarge).
Result<XlsxWorkbook> ReadWorkbook(XlsxArchive& archive);

// The shared strings, rich text runs concatenated, phonetic runs (rPh) left out.
Result<std::vector<std::string>> ReadSharedStrings(XlsxArchive& archive, const std::string& part);

// "a/b/../c/d.xml" resolved against the folder of `base` ("xl/workbook.xml"); a target
// starting with '/' is taken from the archive root.
std::string ResolvePartTarget(const std::string& base, const std::string& target);

}  // namespace pacte::io::spreadsheet
