#pragma once
// Test support: deadline scenarios written as text a domain expert can read, and due items
// described the same way.
//
//   orientation   "social 2025-01-10"  or  "professionnel 2024-03-01 france_travail"
//   contracts     "cer_social signe 2024-04-01..2024-09-30"; several separated by ";", with
//                 optional "signed YYYY-MM-DD" and "closed YYYY-MM-DD"; ids are 1, 2… in order
//   appointments  "2025-01-15 honore; 2025-03-01 a_venir"; ids are 1, 2… in order
//   expected item "contract_overdue due 2025-02-10, overdue since 2025-02-11 (2025)"
//                 "contract_expiring #1 due 2025-06-30, on time since 2025-05-31 (2025)"

#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/deadlines/compute_due.hpp"
#include "domain/deadlines/parcours_snapshot.hpp"

namespace pacte::test_support {

inline Date Day(const std::string& iso) {
  auto d = ParseIsoDate(iso);
  if (!d) throw std::invalid_argument("bad date in scenario: " + iso);
  return *d;
}

inline std::optional<Date> MaybeDay(const std::string& iso) {
  if (iso.empty()) return std::nullopt;
  return Day(iso);
}

inline std::vector<std::string> SplitList(const std::string& text) {
  std::vector<std::string> parts;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, ';')) {
    if (part.find_first_not_of(' ') != std::string::npos) parts.push_back(part);
  }
  return parts;
}

inline std::optional<OrientationFact> ReadOrientation(const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::istringstream in(text);
  std::string parcours, date, where;
  in >> parcours >> date >> where;
  auto p = ParseParcours(parcours);
  if (!p) throw std::invalid_argument("bad parcours in scenario: " + parcours);
  return OrientationFact{1, Day(date), *p, where == "france_travail"};
}

inline ContractFact ReadContract(const std::string& text, std::int64_t id) {
  std::istringstream in(text);
  std::string type, status, period, word, value;
  in >> type >> status >> period;
  auto dots = period.find("..");
  auto t = ParseContractType(type);
  auto s = ParseContractStatus(status);
  if (!t || !s || dots == std::string::npos) {
    throw std::invalid_argument("bad contract in scenario: " + text);
  }
  ContractFact c{
      id,          *t, *s, std::nullopt, Day(period.substr(0, dots)), Day(period.substr(dots + 2)),
      std::nullopt};
  while (in >> word >> value) {
    (word == "signed" ? c.signed_on : c.closed_on) = Day(value);
  }
  return c;
}

inline std::vector<ContractFact> ReadContracts(const std::string& text) {
  std::vector<ContractFact> out;
  for (const auto& part : SplitList(text)) {
    out.push_back(ReadContract(part, static_cast<std::int64_t>(out.size()) + 1));
  }
  return out;
}

inline std::vector<AppointmentFact> ReadAppointments(const std::string& text) {
  std::vector<AppointmentFact> out;
  for (const auto& part : SplitList(text)) {
    std::istringstream in(part);
    std::string date, status;
    in >> date >> status;
    auto s = ParseAppointmentStatus(status);
    if (!s) throw std::invalid_argument("bad appointment in scenario: " + part);
    out.push_back({static_cast<std::int64_t>(out.size()) + 1, Day(date), *s});
  }
  return out;
}

inline std::string Describe(const DueItem& item) {
  std::string text(DueKindCode(item.kind));
  if (item.subject_id != 0) text += " #" + std::to_string(item.subject_id);
  text += " due " + FormatIsoDate(item.due_on) + ", ";
  text += item.overdue ? "overdue since " : "on time since ";
  text += FormatIsoDate(item.since) + " (" + std::string(RegimeCode(item.rule_regime)) + ")";
  return text;
}

inline std::vector<std::string> Describe(const std::vector<DueItem>& items) {
  std::vector<std::string> out;
  for (const auto& item : items) out.push_back(Describe(item));
  return out;
}

}  // namespace pacte::test_support
