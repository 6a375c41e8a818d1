#pragma once
// What a structure does in the insertion system: organisme référent (accompanies people),
// opérateur d'actions (runs catalogue actions), or both. Stored as two flags; at least one
// must be set.

#include <optional>
#include <string_view>
#include <vector>

namespace pacte {

enum class StructureKind {
  kReferentBody,    // "organisme_referent"
  kActionOperator,  // "operateur_actions"
  kBoth,            // "referent_et_operateur"
};

std::string_view StructureKindCode(StructureKind k);
std::string_view StructureKindLabel(StructureKind k);
std::optional<StructureKind> ParseStructureKind(std::string_view code);
const std::vector<StructureKind>& AllStructureKinds();

// The kind of a structure from its flags; nullopt when neither is set (invalid structure).
std::optional<StructureKind> StructureKindOf(bool is_referent_body, bool is_action_operator);

}  // namespace pacte
