#include "domain/intake/cell_date.hpp"

#include <array>
#include <charconv>
#include <optional>
#include <vector>

#include "domain/common/text.hpp"

namespace pacte::intake {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

constexpr long kMaxSerial = 2958465;  // 31/12/9999

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

int ToInt(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

Error DateError(const std::string& field, std::string message) {
  return Error::Invalid("intake.date_invalid", std::move(message), field);
}

Error Unreadable(const std::string& field, std::string_view cell) {
  return DateError(field, "Date illisible : « " + std::string(cell) +
                              " ». Formats acceptés : jj/mm/aaaa, aaaa-mm-jj, j/m/aa ou "
                              "numéro de série Excel.");
}

constexpr std::array<const char*, 12> kMonthNames{"janvier",   "février", "mars",     "avril",
                                                  "mai",       "juin",    "juillet",  "août",
                                                  "septembre", "octobre", "novembre", "décembre"};

std::string TwoDigits(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

Result<Date> Checked(int y, int m, int d, std::string_view cell, const std::string& field) {
  if (m < 1 || m > 12) {
    return Fail(DateError(field, "Date impossible : « " + std::string(cell) + " » (mois " +
                                     std::to_string(m) + " inexistant, 01 à 12 attendu)."));
  }
  year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (d < 1 || !ymd.ok()) {
    auto last = std::chrono::year_month_day_last{
        year{y},
        std::chrono::month_day_last{month{static_cast<unsigned>(
            m)}}}.day();
    return Fail(DateError(field, "Date impossible : le " + TwoDigits(d) + "/" + TwoDigits(m) + "/" +
                                     std::to_string(y) + " n'existe pas (" + kMonthNames[m - 1] +
                                     " " + std::to_string(y) + " compte " +
                                     std::to_string(static_cast<unsigned>(last)) + " jours)."));
  }
  return Date{ymd};
}

int WithCentury(int yy, int reference_year) {
  int y = (reference_year / 100) * 100 + yy;
  return y > reference_year ? y - 100 : y;
}

// "43831", "43831.0", "43831.5": the whole days of a serial, nullopt for any other shape.
std::optional<long> SerialOf(std::string_view s) {
  auto dot = s.find_first_of(".,");
  std::string_view whole = s.substr(0, dot);
  if (!AllDigits(whole) || whole.size() > 7) return std::nullopt;
  if (dot != std::string_view::npos && !AllDigits(s.substr(dot + 1))) return std::nullopt;
  long value = 0;
  std::from_chars(whole.data(), whole.data() + whole.size(), value);
  return value;
}

// Drops a trailing " hh:mm" or " hh:mm:ss" (or "Thh:mm…").
std::string_view WithoutTime(std::string_view s) {
  auto cut = s.find_first_of(" T");
  if (cut == std::string_view::npos) return s;
  std::string_view time = s.substr(cut + 1);
  bool hm = time.size() >= 5 && IsDigit(time[0]) && IsDigit(time[1]) && time[2] == ':' &&
            IsDigit(time[3]) && IsDigit(time[4]);
  bool tail_ok = time.size() == 5 ||
                 (time.size() == 8 && time[5] == ':' && IsDigit(time[6]) && IsDigit(time[7]));
  return hm && tail_ok ? s.substr(0, cut) : s;
}

std::vector<std::string_view> Parts(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

}  // namespace

Result<Date> DateOfExcelSerial(long serial, const std::string& field) {
  if (serial == 60) {
    return Fail(DateError(field,
                          "Date impossible : le numéro de série Excel 60 désigne le 29/02/1900, "
                          "qui n'existe pas (erreur historique d'Excel)."));
  }
  if (serial < 1 || serial > kMaxSerial) {
    return Fail(DateError(field, "Numéro de série Excel hors limites : " + std::to_string(serial) +
                                     " (1 à 2958465 attendu)."));
  }
  // Excel counts 29/02/1900, which never existed: from 61 on, day 0 is 30/12/1899.
  Date origin{year_month_day{year{1899}, month{12}, day{serial < 60 ? 31u : 30u}}};
  return origin + std::chrono::days{serial};
}

Result<Date> ParseCellDate(std::string_view cell, int reference_year, const std::string& field) {
  std::string trimmed = Trim(cell);
  std::string_view s = WithoutTime(trimmed);
  if (s.empty()) return Fail(DateError(field, "Date absente."));
  if (auto serial = SerialOf(s)) {
    if (*serial >= 1900 && *serial <= 2099 && s.size() == 4) {
      return Fail(DateError(field, "Date incomplète : « " + std::string(s) +
                                       " » ressemble à une année seule ; jour, mois et année "
                                       "attendus."));
    }
    return DateOfExcelSerial(*serial, field);
  }
  auto sep_at = s.find_first_of("/-.");
  if (sep_at == std::string_view::npos) return Fail(Unreadable(field, trimmed));
  auto parts = Parts(s, s[sep_at]);
  if (parts.size() != 3) return Fail(Unreadable(field, trimmed));
  for (auto p : parts) {
    if (!AllDigits(p)) return Fail(Unreadable(field, trimmed));
  }
  if (parts[0].size() == 4 && parts[1].size() <= 2 && parts[2].size() <= 2) {
    return Checked(ToInt(parts[0]), ToInt(parts[1]), ToInt(parts[2]), trimmed, field);
  }
  if (parts[0].size() > 2 || parts[1].size() > 2) return Fail(Unreadable(field, trimmed));
  int y = ToInt(parts[2]);
  if (parts[2].size() == 2) {
    y = WithCentury(y, reference_year);
  } else if (parts[2].size() != 4) {
    return Fail(Unreadable(field, trimmed));
  }
  return Checked(y, ToInt(parts[1]), ToInt(parts[0]), trimmed, field);
}

}  // namespace pacte::intake
