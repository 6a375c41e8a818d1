#pragma once
// Calendar dates and UTC instants, stored and exchanged as ISO 8601 text
// ("2026-11-27", "2026-11-27T12:30:00Z") so both databases compare them the same way.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace pacte {

using Date = std::chrono::sys_days;
using Timestamp = std::chrono::sys_seconds;

// Parses "YYYY-MM-DD"; nullopt when malformed or not a real date (2020-02-31).
std::optional<Date> ParseIsoDate(std::string_view text);
std::string FormatIsoDate(Date d);
// "27/11/2026", the French display form.
std::string FormatFrenchDate(Date d);

// Parses "YYYY-MM-DDTHH:MM:SSZ" (also accepts a space instead of 'T').
std::optional<Timestamp> ParseIsoTimestamp(std::string_view text);
std::string FormatIsoTimestamp(Timestamp t);
// "27/11/2026 à 13:30" in Europe/Paris is not needed yet: display is UTC-tagged.
std::string FormatFrenchTimestamp(Timestamp t);

Date DateOf(Timestamp t);
Date AddMonths(Date d, int months);

}  // namespace pacte
