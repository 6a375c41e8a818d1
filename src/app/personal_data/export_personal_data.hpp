#pragma once
// The right of access: everything held about one person, for the person (JSON and a readable
// page). PersonAction::kExport; the NIR is masked without kViewNir and health (diagnostic
// items of theme sante) left out without kViewHealth, as everywhere else.

#include <cstdint>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/personal_data_repository.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

struct PersonalDataExport {
  std::int64_t person_id = 0;
  std::string display_name;
  Timestamp exported_at{};
  bool nir_masked = false;
  bool health_hidden = false;
  std::vector<DataSection> sections;  // PersonalDataRepository::Export order
};

// kNotFound / kForbidden as AuthorizePersonAction. Audit: "person.export" on the person with
// the format ("json" or "page"), recorded in the same transaction (after the export was read,
// so it is not part of it).
Result<PersonalDataExport> ExportPersonalData(Store& store, const Clock& clock, const Actor& actor,
                                              std::int64_t person_id, const std::string& format);

}  // namespace pacte::app
