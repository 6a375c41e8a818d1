#pragma once
// The pact's rules (issue 6): its status, its period in whole years, and the validation of
// what partners type (pact, orientations, objectives, indicators, targets, measurements),
// with precise French messages naming the field at fault.

#include <optional>
#include <string>
#include <string_view>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte {

enum class PactStatus { kBrouillon, kAdopte, kClos };

// "brouillon", "adopte", "clos".
std::string_view PactStatusCode(PactStatus s);
// "Brouillon", "Adopté", "Clos".
std::string_view PactStatusLabel(PactStatus s);
std::optional<PactStatus> ParsePactStatus(std::string_view code);

// A span of whole calendar years, both ends included (2016–2020).
struct YearPeriod {
  int start = 0;
  int end = 0;
  bool Contains(int year) const { return year >= start && year <= end; }
  // "2016-2020"
  std::string Text() const;
};

// The calendar year of a date.
int YearOf(Date d);

struct PactFields {
  std::string name;
  YearPeriod period;
  std::optional<Date> adopted_on;
  PactStatus status = PactStatus::kBrouillon;
};

// Name required (at most 200 characters), years between 2000 and 2100, end ≥ start, at most
// ten years; an adopted or closed pact needs its adoption date.
void ValidatePact(const PactFields& f, Validation& v);

// Code: lowercase ASCII letters, digits and "_" (1–60); label required (at most 200).
void ValidateOrientation(std::string_view code, std::string_view label, Validation& v);

// Title required (at most 300); the objective's period inside the pact's (fields
// "period_start", "period_end").
void ValidateObjective(std::string_view title, YearPeriod objective, YearPeriod pact,
                       Validation& v);

struct IndicatorFields {
  std::string name;
  std::string unit;
  bool higher_is_better = true;
  std::optional<std::string> computed_by;  // definition code; nullopt = entered by pilots
  std::optional<double> baseline_value;
  std::optional<Date> baseline_on;
};

// Name required (at most 300), unit at most 40; a baseline value needs its date and the
// reverse; the baseline date cannot be after the pact's last year.
void ValidateIndicator(const IndicatorFields& f, YearPeriod pact, Validation& v);

// A yearly target: the year inside the pact's period ("year"), a finite value ("value").
void ValidateTarget(int year, double value, YearPeriod pact, Validation& v);

// A measurement: the year inside the pact's period and not in the future (year ≤
// current_year) ("year"), a finite value ("value"), comment and source at most 2000
// characters.
void ValidateMeasurement(int year, double value, std::string_view comment,
                         std::string_view source, YearPeriod pact, int current_year,
                         Validation& v);

// A comment of the discussion of an objective: 1–5000 characters once trimmed ("body").
void ValidateComment(std::string_view body, Validation& v);

// A commitment's text: 1–2000 characters once trimmed ("text").
void ValidateCommitmentText(std::string_view text, Validation& v);

}  // namespace pacte
