#include "domain/deadlines/rule_duration.hpp"

#include <algorithm>
#include <cctype>

#include "domain/common/text.hpp"

namespace pacte {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::optional<DurationUnit> UnitOf(char letter) {
  switch (letter) {
    case 'd':
    case 'j':
      return DurationUnit::kDays;
    case 'w':
    case 's':
      return DurationUnit::kWeeks;
    case 'm':
      return DurationUnit::kMonths;
    default:
      return std::nullopt;
  }
}

Error InvalidDuration(std::string_view text) {
  std::string what =
      Trim(text).empty() ? "Durée manquante" : "Durée invalide « " + std::string(text) + " »";
  return Error::Invalid("deadline_rules.invalid_duration",
                        what +
                            " : écrire un nombre de 1 à 999 suivi de j (jours), s (semaines) ou "
                            "m (mois), par exemple 6s ou 2m, ou « aucun » s'il n'y a pas de "
                            "délai.");
}

std::string Plural(int n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace

RuleDuration Days(int n) { return {n, DurationUnit::kDays}; }
RuleDuration Weeks(int n) { return {n, DurationUnit::kWeeks}; }
RuleDuration Months(int n) { return {n, DurationUnit::kMonths}; }

Date AddDuration(Date from, RuleDuration d) {
  switch (d.unit) {
    case DurationUnit::kDays:
      return from + std::chrono::days{d.amount};
    case DurationUnit::kWeeks:
      return from + std::chrono::days{7 * d.amount};
    case DurationUnit::kMonths:
      return AddMonths(from, d.amount);
  }
  return from;
}

Date SubtractDuration(Date to, RuleDuration d) {
  return AddDuration(to, RuleDuration{-d.amount, d.unit});
}

std::string FormatRuleDuration(RuleDuration d) {
  char unit = d.unit == DurationUnit::kDays ? 'd' : d.unit == DurationUnit::kWeeks ? 'w' : 'm';
  return std::to_string(d.amount) + unit;
}

std::string DescribeRuleDuration(RuleDuration d) {
  switch (d.unit) {
    case DurationUnit::kDays:
      return Plural(d.amount, "jour", "jours");
    case DurationUnit::kWeeks:
      return Plural(d.amount, "semaine", "semaines");
    case DurationUnit::kMonths:
      return std::to_string(d.amount) + " mois";
  }
  return {};
}

Result<std::optional<RuleDuration>> ParseRuleDuration(std::string_view text) {
  std::string t = Lower(Trim(text));
  if (t == "none" || t == "aucun" || t == "aucune") return std::optional<RuleDuration>{};
  if (t.size() < 2 || t.size() > 4) return Fail(InvalidDuration(text));
  auto unit = UnitOf(t.back());
  std::string digits = t.substr(0, t.size() - 1);
  bool numeric = std::all_of(digits.begin(), digits.end(),
                             [](unsigned char c) { return std::isdigit(c) != 0; });
  if (!unit || !numeric) return Fail(InvalidDuration(text));
  int amount = std::stoi(digits);
  if (amount < 1 || amount > kRuleDurationMaxAmount) return Fail(InvalidDuration(text));
  return std::optional<RuleDuration>{RuleDuration{amount, *unit}};
}

}  // namespace pacte
