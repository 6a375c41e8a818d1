#pragma once
// Kinds of territory a département is divided into for the pact's organisation.

#include <optional>
#include <string_view>
#include <vector>

namespace pacte {

enum class TerritoryKind {
  kEpt,     // "ept": établissement public territorial (Grand Paris)
  kBassin,  // "bassin": bassin d'emploi or de vie chosen by the département
  kCustom,  // "custom": any other grouping (e.g. an intercommunalité outside Grand Paris)
};

std::string_view TerritoryKindCode(TerritoryKind k);
std::string_view TerritoryKindLabel(TerritoryKind k);
std::optional<TerritoryKind> ParseTerritoryKind(std::string_view code);
const std::vector<TerritoryKind>& AllTerritoryKinds();

}  // namespace pacte
