#include "domain/common/time.hpp"

#include <cstdio>
#include <sstream>

#include <date/date.h>

namespace pacte {

std::optional<Date> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  y = std::stoi(std::string(text.substr(0, 4)));
  m = static_cast<unsigned>(std::stoi(std::string(text.substr(5, 2))));
  d = static_cast<unsigned>(std::stoi(std::string(text.substr(8, 2))));
  date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return Date{date::sys_days{ymd}.time_since_epoch()};
}

std::string FormatIsoDate(Date d) { return date::format("%F", date::sys_days{d.time_since_epoch()}); }

std::string FormatFrenchDate(Date d) {
  return date::format("%d/%m/%Y", date::sys_days{d.time_since_epoch()});
}

std::optional<Timestamp> ParseIsoTimestamp(std::string_view text) {
  if (text.size() < 19) return std::nullopt;
  auto day = ParseIsoDate(text.substr(0, 10));
  if (!day || (text[10] != 'T' && text[10] != ' ') || text[13] != ':' || text[16] != ':') {
    return std::nullopt;
  }
  int h = 0;
  int mi = 0;
  int s = 0;
  if (std::sscanf(std::string(text.substr(11, 8)).c_str(), "%2d:%2d:%2d", &h, &mi, &s) != 3 ||
      h > 23 || mi > 59 || s > 60) {
    return std::nullopt;
  }
  return Timestamp{*day} + std::chrono::hours{h} + std::chrono::minutes{mi} +
         std::chrono::seconds{s};
}

std::string FormatIsoTimestamp(Timestamp t) { return date::format("%FT%TZ", t); }

std::string FormatFrenchTimestamp(Timestamp t) { return date::format("%d/%m/%Y %H:%M UTC", t); }

Date DateOf(Timestamp t) { return std::chrono::floor<std::chrono::days>(t); }

Date AddMonths(Date d, int months) {
  date::year_month_day ymd{date::sys_days{d.time_since_epoch()}};
  auto shifted = ymd + date::months{months};
  if (!shifted.ok()) shifted = shifted.year() / shifted.month() / date::last;
  return Date{date::sys_days{shifted}.time_since_epoch()};
}

}  // namespace pacte
