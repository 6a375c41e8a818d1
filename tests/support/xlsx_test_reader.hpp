#pragma once
// Reading back an XLSX produced in a test (libzip + pugixml): its members, and the text of a
// sheet's cells (inline or shared strings, numbers as written).

#include <map>
#include <string>

namespace pacte::testing {

// Every member of the ZIP archive `bytes`, by name; empty when it is not a ZIP (the test then
// fails through a gtest ADD_FAILURE).
std::map<std::string, std::string> UnzipForTest(const std::string& bytes);

// The cells of sheet `n` (1-based) by reference ("A1" → text). Strings are resolved through
// xl/sharedStrings.xml or read inline; numbers are the <v> text.
std::map<std::string, std::string> SheetCellsForTest(
    const std::map<std::string, std::string>& files, int n = 1);

}  // namespace pacte::testing
