#include "app/personal_data/export_personal_data.hpp"

#include <algorithm>

#include "app/audit/record_audit.hpp"
#include "app/parcours/person_access.hpp"
#include "app/personal_data/person_display.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "domain/beneficiary/nir.hpp"

namespace pacte::app {
namespace {

std::optional<std::size_t> ColumnOf(const DataSection& s, const std::string& name) {
  auto it = std::find(s.columns.begin(), s.columns.end(), name);
  if (it == s.columns.end()) return std::nullopt;
  return static_cast<std::size_t>(it - s.columns.begin());
}

void MaskNirs(DataSection& s) {
  auto col = ColumnOf(s, "nir");
  if (!col) return;
  for (auto& row : s.rows) {
    if (row[*col]) row[*col] = MaskNirText(*row[*col]);
  }
}

void DropHealth(DataSection& s) {
  auto col = ColumnOf(s, "theme");
  if (!col) return;
  std::erase_if(s.rows, [&](const auto& row) { return row[*col] == "sante"; });
}

}  // namespace

Result<PersonalDataExport> ExportPersonalData(Store& store, const Clock& clock, const Actor& actor,
                                              std::int64_t person_id, const std::string& format) {
  return Write(store, [&](UnitOfWork& uow) -> Result<PersonalDataExport> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kExport);
    if (!scope) return Fail(scope.error());
    PersonalDataExport out;
    out.person_id = person_id;
    out.display_name = PersonDisplayName(*uow.Beneficiaries().FindPerson(person_id));
    out.exported_at = clock.Now();
    out.nir_masked = !IsAllowed(actor, PersonAction::kViewNir, *scope);
    out.health_hidden = !IsAllowed(actor, PersonAction::kViewHealth, *scope);
    out.sections = uow.PersonalData().Export(person_id);
    for (auto& s : out.sections) {
      if (out.nir_masked && s.key == "person") MaskNirs(s);
      if (out.health_hidden && s.key == "diagnostic_items") DropHealth(s);
    }
    RecordAudit(uow, clock, actor, "person.export", "person", std::to_string(person_id),
                {{"format", format}});
    return out;
  });
}

}  // namespace pacte::app
