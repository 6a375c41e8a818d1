#include "domain/common/time.hpp"

#include <cstdio>
#include <sstream>

#include <date/date.h>

namespace pacte {

namespace {

// The value of the digits text[from, from + count), or -1 when one is not a digit. Hand-written
// because date::format / sscanf cost more than the rest of a list answer (bench/README.md).
int Digits(std::string_view text, std::size_t from, std::size_t count) {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

date::year_month_day YmdOf(Date d) { return date::year_month_day{date::sys_days{d.time_since_epoch()}}; }

}  // namespace

std::optional<Date> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = Digits(text, 0, 4);
  int m = Digits(text, 5, 2);
  int d = Digits(text, 8, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                           date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Date{date::sys_days{ymd}.time_since_epoch()};
}

std::string FormatIsoDate(Date d) {
  auto ymd = YmdOf(d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string FormatFrenchDate(Date d) {
  auto ymd = YmdOf(d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(ymd.day()),
                static_cast<unsigned>(ymd.month()), static_cast<int>(ymd.year()));
  return buf;
}

std::optional<Timestamp> ParseIsoTimestamp(std::string_view text) {
  if (text.size() < 19) return std::nullopt;
  auto day = ParseIsoDate(text.substr(0, 10));
  if (!day || (text[10] != 'T' && text[10] != ' ') || text[13] != ':' || text[16] != ':') {
    return std::nullopt;
  }
  int h = Digits(text, 11, 2);
  int mi = Digits(text, 14, 2);
  int s = Digits(text, 17, 2);
  if (h < 0 || mi < 0 || s < 0 || h > 23 || mi > 59 || s > 60) return std::nullopt;
  return Timestamp{*day} + std::chrono::hours{h} + std::chrono::minutes{mi} +
         std::chrono::seconds{s};
}

std::string FormatIsoTimestamp(Timestamp t) {
  Date day = DateOf(t);
  auto ymd = YmdOf(day);
  auto secs = static_cast<unsigned>((t - Timestamp{day}).count());  // [0, 86400)
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02u:%02u:%02uZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                secs / 3600 % 24, secs / 60 % 60, secs % 60);
  return buf;
}

std::string FormatFrenchTimestamp(Timestamp t) {
  Date day = DateOf(t);
  auto secs = static_cast<unsigned>((t - Timestamp{day}).count());
  char buf[32];
  std::snprintf(buf, sizeof buf, " %02u:%02u UTC", secs / 3600 % 24, secs / 60 % 60);
  return FormatFrenchDate(day) + buf;
}

Date DateOf(Timestamp t) { return std::chrono::floor<std::chrono::days>(t); }

Date AddMonths(Date d, int months) {
  date::year_month_day ymd{date::sys_days{d.time_since_epoch()}};
  auto shifted = ymd + date::months{months};
  if (!shifted.ok()) shifted = shifted.year() / shifted.month() / date::last;
  return Date{date::sys_days{shifted}.time_since_epoch()};
}

}  // namespace pacte
