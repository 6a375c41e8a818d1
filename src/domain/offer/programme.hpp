#pragma once
// The PDI programme of a year: a budget per objective, an adoption date, the actions attached
// to it, and the comparison of each objective's budget with the funding of its actions.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"
#include "domain/offer/objective.hpp"

namespace pacte {

struct ProgrammeInput {
  std::optional<std::int64_t> year;
  std::string name;        // default "PDI-RE <year>"
  std::string adopted_on;  // ISO date, optional
  // Budget per objective in cents; an absent objective has no budget line.
  std::map<Objective, std::int64_t> budgets_cents;
};

struct ProgrammeFields {
  std::int64_t year = 0;
  std::string name;
  std::optional<Date> adopted_on;
  std::map<Objective, std::int64_t> budgets_cents;
};

// Checks a programme, adding French messages per field: year required, 2000–2100; name at
// most 150 characters; adopted_on a date, not after 31 December of the year; each budget
// ("budget_<objective code>") not negative. Meaningful only when errors.Ok().
ProgrammeFields ValidateProgramme(const ProgrammeInput& in, Validation& errors);

struct BudgetLine {
  Objective objective{};
  std::int64_t budget_cents = 0;   // 0 when no budget line
  std::int64_t funded_cents = 0;   // funding of the programme's actions of this objective
  std::int64_t remaining_cents = 0;  // budget − funded (negative: over budget)
};

// One line per objective, in PDI-RE order, plus nothing else; `funded` holds the sum of the
// funding of the programme's actions per objective.
std::vector<BudgetLine> CompareBudget(const std::map<Objective, std::int64_t>& budgets,
                                      const std::map<Objective, std::int64_t>& funded);

// "12 500,00 €" from cents.
std::string FormatEuros(std::int64_t cents);

}  // namespace pacte
