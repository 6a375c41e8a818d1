#include "app/intake/spreadsheet_plan.hpp"

namespace pacte::app {
namespace {

Error PlanError(const std::string& why) {
  return Error::Invalid("spreadsheet.plan_invalid", "Simulation inutilisable : " + why);
}

}  // namespace

std::vector<std::string> LineFields(const ImportLine& line) {
  std::vector<std::string> out;
  if (line.details.is_object() && line.details.contains("fields") &&
      line.details["fields"].is_array()) {
    for (const auto& f : line.details["fields"]) {
      if (f.is_string()) out.push_back(f.get<std::string>());
    }
  }
  return out;
}

Result<SpreadsheetPlan> SpreadsheetPlan::Load(UnitOfWork& uow, const ImportRecord& run) {
  auto plan = uow.Imports().Find(*run.plan_of);
  if (!plan || plan->kind != kImportKindSpreadsheet || !plan->dry_run) {
    return Fail(PlanError("la simulation désignée n'existe pas."));
  }
  if (plan->status != kImportDone) {
    return Fail(PlanError("la simulation n'est pas terminée."));
  }
  if (plan->file_sha256 != run.file_sha256) {
    return Fail(PlanError("le fichier n'est pas celui de la simulation."));
  }
  if (plan->mapping_id != run.mapping_id) {
    return Fail(PlanError("la correspondance de colonnes n'est pas celle de la simulation."));
  }
  SpreadsheetPlan out;
  uow.Imports().ForEachLine(plan->id, [&](const ImportLine& line) {
    if (line.outcome == kLineWarning) return;
    out.rows_[line.line] = PlannedRow{line.outcome, line.person_id, LineFields(line)};
  });
  return out;
}

bool SpreadsheetPlan::Agrees(const ImportLine& line) const {
  auto it = rows_.find(line.line);
  if (it == rows_.end()) return false;
  const PlannedRow& planned = it->second;
  if (planned.outcome != line.outcome) return false;
  if (line.outcome == kLineUpdated || line.outcome == kLineUnchanged) {
    if (planned.person_id != line.person_id) return false;
  }
  return line.outcome != kLineUpdated || planned.fields == LineFields(line);
}

std::string SpreadsheetPlan::PlannedOutcome(std::int64_t row_number) const {
  auto it = rows_.find(row_number);
  return it == rows_.end() ? std::string() : it->second.outcome;
}

}  // namespace pacte::app
