#include "domain/offer/programme.hpp"

#include <chrono>
#include <cstdlib>

#include "domain/common/text.hpp"
#include "domain/offer/action.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte {

ProgrammeFields ValidateProgramme(const ProgrammeInput& in, Validation& errors) {
  ProgrammeFields out;
  if (!in.year) {
    errors.Add("year", "L'année du programme est obligatoire.");
  } else if (*in.year < 2000 || *in.year > 2100) {
    errors.Add("year", "L'année du programme est comprise entre 2000 et 2100.");
  } else {
    out.year = *in.year;
  }
  out.name = OptionalText(in.name, 150, "name", errors)
                 .value_or(out.year ? "PDI-RE " + std::to_string(out.year) : "");
  out.adopted_on = OptionalDate(Trim(in.adopted_on), "adopted_on", errors);
  if (out.adopted_on && out.year) {
    using namespace std::chrono;
    Date end = sys_days{year{static_cast<int>(out.year)} / December / 31};
    if (*out.adopted_on > end) {
      errors.Add("adopted_on", "Le programme d'une année est adopté au plus tard le 31 décembre "
                               "de cette année.");
    }
  }
  for (const auto& [objective, cents] : in.budgets_cents) {
    const std::string field = "budget_" + std::string(ObjectiveCode(objective));
    if (cents == kUnreadableInt) {
      errors.Add(field, "Montant invalide (exemple : 125000 ou 125000,50).");
    } else if (cents < 0) {
      errors.Add(field, "Un budget ne peut pas être négatif.");
    } else {
      out.budgets_cents[objective] = cents;
    }
  }
  return out;
}

std::vector<BudgetLine> CompareBudget(const std::map<Objective, std::int64_t>& budgets,
                                      const std::map<Objective, std::int64_t>& funded) {
  std::vector<BudgetLine> out;
  for (Objective o : AllObjectives()) {
    BudgetLine line;
    line.objective = o;
    if (auto it = budgets.find(o); it != budgets.end()) line.budget_cents = it->second;
    if (auto it = funded.find(o); it != funded.end()) line.funded_cents = it->second;
    line.remaining_cents = line.budget_cents - line.funded_cents;
    out.push_back(line);
  }
  return out;
}

std::string FormatEuros(std::int64_t cents) {
  const bool negative = cents < 0;
  std::int64_t abs = std::llabs(cents);
  std::string units = std::to_string(abs / 100);
  std::string grouped;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (i > 0 && (units.size() - i) % 3 == 0) grouped += "\u202f";
    grouped += units[i];
  }
  std::string decimals = std::to_string(abs % 100);
  if (decimals.size() < 2) decimals = "0" + decimals;
  return (negative ? "-" : "") + grouped + "," + decimals + " €";
}

}  // namespace pacte
