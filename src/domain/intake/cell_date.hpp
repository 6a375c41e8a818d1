#pragma once
// Dates found in spreadsheet cells (CSV text or XLSX values), normalised to a calendar date.

#include <string>
#include <string_view>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte::intake {

// Parses one non-blank cell as a date. Accepted shapes, after trimming:
//  - "dd/mm/yyyy", "d/m/yyyy", with '/', '-' or '.' as separator (the same one twice);
//  - "d/m/yy": a two-digit year is placed in the century that makes it at most
//    `reference_year` (pivot: the hundred years ending with `reference_year`, right for birth
//    dates; with 2026, "26" is 2026 and "27" is 1927). The caller passes the current year;
//  - "yyyy-mm-dd" (also "yyyy/mm/dd");
//  - an Excel serial number in the 1900 date system, as text "43831" or "43831.0" (a time
//    fraction is ignored): 1 is 01/01/1900, 61 is 01/03/1900; 60 is Excel's fictitious
//    29/02/1900 and is refused; 1 to 2958465 (31/12/9999). A bare "1900" to "2099" is refused as
//    a year alone (as a serial it would be a date in 1905, far less likely than a year typed
//    without day and month); "1998.0", a numeric cell, is read as a serial.
//  - any of the above followed by a time " 00:00" or " 00:00:00" (ignored).
// Impossible dates (31/02/2020, month 13) are refused with a French message naming the cell.
// Errors: ErrorKind::kInvalid, code "intake.date_invalid", field `field`.
Result<Date> ParseCellDate(std::string_view cell, int reference_year,
                           const std::string& field = "birth_date");

// The date of an Excel serial (1900 system), or an error for 0, 60 and out-of-range serials.
Result<Date> DateOfExcelSerial(long serial, const std::string& field = "birth_date");

}  // namespace pacte::intake
