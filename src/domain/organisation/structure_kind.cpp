#include "domain/organisation/structure_kind.hpp"

namespace pacte {

std::string_view StructureKindCode(StructureKind k) {
  switch (k) {
    case StructureKind::kReferentBody:
      return "organisme_referent";
    case StructureKind::kActionOperator:
      return "operateur_actions";
    case StructureKind::kBoth:
      return "referent_et_operateur";
  }
  return "";
}

std::string_view StructureKindLabel(StructureKind k) {
  switch (k) {
    case StructureKind::kReferentBody:
      return "Organisme référent";
    case StructureKind::kActionOperator:
      return "Opérateur d'actions";
    case StructureKind::kBoth:
      return "Organisme référent et opérateur d'actions";
  }
  return "";
}

std::optional<StructureKind> ParseStructureKind(std::string_view code) {
  for (StructureKind k : AllStructureKinds()) {
    if (StructureKindCode(k) == code) return k;
  }
  return std::nullopt;
}

const std::vector<StructureKind>& AllStructureKinds() {
  static const std::vector<StructureKind> all{StructureKind::kReferentBody,
                                              StructureKind::kActionOperator, StructureKind::kBoth};
  return all;
}

std::optional<StructureKind> StructureKindOf(bool is_referent_body, bool is_action_operator) {
  if (is_referent_body && is_action_operator) return StructureKind::kBoth;
  if (is_referent_body) return StructureKind::kReferentBody;
  if (is_action_operator) return StructureKind::kActionOperator;
  return std::nullopt;
}

}  // namespace pacte
