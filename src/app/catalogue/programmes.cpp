#include "app/catalogue/programmes.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/policies/offer_policy.hpp"

namespace pacte::app {
namespace {

Error ProgrammeNotFound() {
  return Error::NotFound("programme.not_found", "Ce programme n'existe pas.");
}

nlohmann::json BudgetJson(const ProgrammeFields& p) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [objective, cents] : p.budgets_cents) out[std::string(ObjectiveCode(objective))] = cents;
  return out;
}

}  // namespace

Result<std::vector<StoredProgramme>> ListProgrammes(Store& store, const Actor& actor) {
  if (auto ok = Authorize(actor, OfferAction::kManageProgrammes); !ok) return Fail(ok.error());
  return Read(store, [&](UnitOfWork& uow) { return uow.Catalogue().ListProgrammes(); });
}

Result<ProgrammeDetail> GetProgramme(Store& store, const Actor& actor, std::int64_t id) {
  if (auto ok = Authorize(actor, OfferAction::kManageProgrammes); !ok) return Fail(ok.error());
  return Read(store, [&](UnitOfWork& uow) -> Result<ProgrammeDetail> {
    auto p = uow.Catalogue().FindProgramme(id);
    if (!p) return Fail(ProgrammeNotFound());
    ProgrammeDetail d;
    d.programme = std::move(*p);
    d.actions = uow.Catalogue().ProgrammeActions(id);
    std::map<Objective, std::int64_t> funded;
    for (const auto& a : d.actions) {
      auto o = ParseObjective(a.objective);
      if (o && a.status != ActionStatus::kArchivee) funded[*o] += a.funding_amount_cents.value_or(0);
    }
    d.budget = CompareBudget(d.programme.fields.budgets_cents, funded);
    for (const auto& line : d.budget) {
      d.total_budget_cents += line.budget_cents;
      d.total_funded_cents += line.funded_cents;
    }
    return d;
  });
}

Result<StoredProgramme> CreateProgramme(Store& store, const Clock& clock, const Actor& actor,
                                        const ProgrammeInput& input) {
  if (auto ok = Authorize(actor, OfferAction::kManageProgrammes); !ok) return Fail(ok.error());
  Validation errors;
  auto fields = ValidateProgramme(input, errors);
  if (!errors.Ok()) return Fail(errors.ToError("programme.invalid"));
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredProgramme> {
    auto id = uow.Catalogue().InsertProgramme(fields, clock.Now());
    if (!id) return Fail(id.error());
    auto attached = uow.Catalogue().AttachActionsOfYear(*id, fields.year);
    RecordAudit(uow, clock, actor, "programme.create", "programme", std::to_string(*id),
                {{"year", fields.year}, {"budgets", BudgetJson(fields)},
                 {"attached_actions", attached}});
    return *uow.Catalogue().FindProgramme(*id);
  });
}

Result<StoredProgramme> UpdateProgramme(Store& store, const Clock& clock, const Actor& actor,
                                        std::int64_t id, std::int64_t expected_version,
                                        const ProgrammeInput& input) {
  if (auto ok = Authorize(actor, OfferAction::kManageProgrammes); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredProgramme> {
    auto current = uow.Catalogue().FindProgramme(id);
    if (!current) return Fail(ProgrammeNotFound());
    if (current->version != expected_version) return Fail(Error::Stale());
    ProgrammeInput in = input;
    if (!in.year) in.year = current->fields.year;
    Validation errors;
    auto fields = ValidateProgramme(in, errors);
    if (*in.year != current->fields.year) {
      errors.Add("year", "L'année d'un programme ne change pas : créez le programme de l'année " +
                             std::to_string(*in.year) + ".");
    }
    if (!errors.Ok()) return Fail(errors.ToError("programme.invalid"));
    auto saved = uow.Catalogue().UpdateProgramme(id, expected_version, fields, clock.Now());
    if (!saved) return Fail(saved.error());
    RecordAudit(uow, clock, actor, "programme.update", "programme", std::to_string(id),
                {{"year", fields.year}, {"budgets", BudgetJson(fields)}});
    return *uow.Catalogue().FindProgramme(id);
  });
}

}  // namespace pacte::app
