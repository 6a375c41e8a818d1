#pragma once
// The plan of a dry run, as an applying run (plan_of) compares each row with it.

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/ports/import_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

struct PlannedRow {
  std::string outcome;
  std::optional<std::int64_t> person_id;
  std::vector<std::string> fields;  // changed fields of a mis_a_jour
};

class SpreadsheetPlan {
 public:
  // The main lines (not the avertissement ones) of the dry run `plan_of`. Errors (kInvalid,
  // code spreadsheet.plan_invalid, French): the run is absent, not a finished spreadsheet
  // dry run (terminee), or was made on another file (SHA-256) or mapping than `run`.
  static Result<SpreadsheetPlan> Load(UnitOfWork& uow, const ImportRecord& run);

  // Whether the row's outcome is the planned one: same outcome, and for an update or an
  // unchanged row the same person (and for an update the same changed fields); two
  // refusals agree whatever their reasons.
  bool Agrees(const ImportLine& line) const;
  std::string PlannedOutcome(std::int64_t row_number) const;

 private:
  std::unordered_map<std::int64_t, PlannedRow> rows_;
};

// The changed fields listed in a line's details (mis_a_jour), in order.
std::vector<std::string> LineFields(const ImportLine& line);

}  // namespace pacte::app
