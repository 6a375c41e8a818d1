#include "app/beneficiaries/beneficiary_file.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/parcours/person_access.hpp"
#include "domain/beneficiary/barriers.hpp"

namespace pacte::app {
namespace {

// Themes in the order of the referential (codes.md §3).
void SortBarriers(std::vector<BarrierLine>& lines) {
  auto rank = [](const BarrierLine& l) {
    auto theme = ParseBarrierTheme(l.theme);
    if (!theme) return 1000;
    auto all = AllBarrierThemes();
    return static_cast<int>(std::find(all.begin(), all.end(), *theme) - all.begin());
  };
  std::stable_sort(lines.begin(), lines.end(),
                   [&](const BarrierLine& a, const BarrierLine& b) { return rank(a) < rank(b); });
}

void MaskSensitive(const Actor& actor, const PersonScope& scope, BeneficiaryFile& file) {
  if (file.person.person.nir) {
    file.nir_masked = !IsAllowed(actor, PersonAction::kViewNir, scope);
    file.nir_display =
        file.nir_masked ? MaskNir(*file.person.person.nir) : FormatNir(*file.person.person.nir);
    if (file.nir_masked) file.person.person.nir.reset();
  }
  if (!IsAllowed(actor, PersonAction::kViewHealth, scope)) {
    file.health_hidden = true;
    std::erase_if(file.summary.barriers, [](const BarrierLine& l) {
      return l.theme == BarrierThemeCode(BarrierTheme::kSante);
    });
  }
}

}  // namespace

Result<BeneficiaryFile> GetBeneficiary(Store& store, const Clock& clock, const Actor& actor,
                                       std::int64_t person_id, std::optional<Date> known_at) {
  return Write(store, [&](UnitOfWork& uow) -> Result<BeneficiaryFile> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kView);
    if (!scope) return Fail(scope.error());
    const Timestamp now = clock.Now();
    if (known_at && *known_at > DateOf(now)) {
      return Fail(Error::Invalid("person.known_at_future",
                                 "La date « connu au » ne peut pas être future.", "known_at"));
    }
    BeneficiaryFile file;
    auto& repo = uow.Beneficiaries();
    file.person = *repo.FindPerson(person_id);
    if (file.person.household_id) file.household = repo.FindHousehold(*file.person.household_id);
    file.state = uow.ParcoursStates().Find(person_id).value_or(ParcoursState{});
    file.summary = repo.SummaryOf(person_id);
    SortBarriers(file.summary.barriers);
    file.known_at = known_at;
    file.rights = known_at ? repo.RightsHistoryAsKnownAt(
                                 person_id, Timestamp(*known_at + std::chrono::days(1)) -
                                                std::chrono::seconds(1))
                           : repo.RightsHistoryOf(person_id);
    file.can_edit = IsAllowed(actor, PersonAction::kEdit, *scope);
    MaskSensitive(actor, *scope, file);
    nlohmann::json details = nlohmann::json::object();
    if (known_at) details["known_at"] = FormatIsoDate(*known_at);
    RecordAudit(uow, clock, actor, "person.read", "person", std::to_string(person_id), details);
    return file;
  });
}

}  // namespace pacte::app

namespace pacte::app {

bool IsValidOn(const ContractSummary& c, Date day) {
  return c.status == "signe" && c.starts_on <= day && day <= c.ends_on;
}

}  // namespace pacte::app
