#include "domain/territory/territory_kind.hpp"

namespace pacte {

std::string_view TerritoryKindCode(TerritoryKind k) {
  switch (k) {
    case TerritoryKind::kEpt:
      return "ept";
    case TerritoryKind::kBassin:
      return "bassin";
    case TerritoryKind::kCustom:
      return "custom";
  }
  return "";
}

std::string_view TerritoryKindLabel(TerritoryKind k) {
  switch (k) {
    case TerritoryKind::kEpt:
      return "Établissement public territorial";
    case TerritoryKind::kBassin:
      return "Bassin";
    case TerritoryKind::kCustom:
      return "Territoire défini localement";
  }
  return "";
}

std::optional<TerritoryKind> ParseTerritoryKind(std::string_view code) {
  for (TerritoryKind k : AllTerritoryKinds()) {
    if (TerritoryKindCode(k) == code) return k;
  }
  return std::nullopt;
}

const std::vector<TerritoryKind>& AllTerritoryKinds() {
  static const std::vector<TerritoryKind> all{TerritoryKind::kEpt, TerritoryKind::kBassin,
                                              TerritoryKind::kCustom};
  return all;
}

}  // namespace pacte
