#pragma once
// A session of a catalogue action: dates, schedule, weekly hours × weeks, places, place of
// delivery. Places taken are never stored: they are the prescriptions acceptee or entree of
// the session, counted by the caller and passed in.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte {

// What was typed (dates as ISO text).
struct SessionInput {
  std::string label;
  std::string starts_on;
  std::string ends_on;
  std::string schedule;  // "lundi et jeudi, 9 h – 12 h"
  std::optional<double> weekly_hours;
  std::optional<std::int64_t> weeks;   // default: the weeks the dates span
  std::optional<std::int64_t> places;  // required
  std::string place;
  std::string commune_code;
};

struct SessionFields {
  std::string label;
  Date starts_on{};
  Date ends_on{};
  std::string schedule;
  std::optional<double> weekly_hours;
  std::optional<std::int64_t> weeks;
  std::int64_t places = 0;
  std::string place;
  std::string commune_code;
};

// Checks a session on `today`, adding French messages per field: starts_on / ends_on
// required dates, ends_on not before starts_on; a new session (`is_new`) does not start
// before today; places required, not negative and not below `places_taken`; weekly_hours in
// (0, 60]; weeks 1–260; texts at most 2,000 characters; commune code 5 characters. weeks
// defaults to the number of weeks from starts_on to ends_on (rounded up). Meaningful only
// when errors.Ok().
SessionFields ValidateSession(const SessionInput& in, Date today, bool is_new,
                              std::int64_t places_taken, Validation& errors);

// Places still free (never negative).
std::int64_t FreePlaces(std::int64_t places, std::int64_t taken);
// taken / places in [0, 1] (1 when overbooked by an import); nullopt when places is 0.
std::optional<double> FillRate(std::int64_t places, std::int64_t taken);
// weekly_hours × weeks when both are known.
std::optional<double> TotalHours(const std::optional<double>& weekly_hours,
                                 const std::optional<std::int64_t>& weeks);

}  // namespace pacte
