#pragma once
// The structure form: its select-box choices, template data, and conversions between what was
// posted, what is stored and a change request.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/organisations/structures.hpp"
#include "web/html/organisations/form_fields.hpp"
#include "web/server/context.hpp"

namespace pacte::web {

struct StructureChoices {
  std::vector<Option> institutions;  // only when asked for (needs the right to manage)
  std::vector<Option> communes;      // "Nanterre (92050)"
  std::vector<Option> territories;
};

std::vector<Option> DreesOptions();
std::vector<Option> StructureKindOptions();

Result<StructureChoices> LoadStructureChoices(RequestContext& ctx, bool with_institutions);

// Template data of structures_form.mustache. version: nullopt for a creation form.
nlohmann::json StructureFormJson(const StructureDraft& d, const StructureChoices& choices,
                                 const nlohmann::json& errors, const std::string& action,
                                 std::optional<std::int64_t> version);

StructureDraft StructureDraftFromForm(const Params& form);
// Every field of the draft as a change (a form posts them all).
app::StructureChanges StructureChangesOf(const StructureDraft& d);

}  // namespace pacte::web
