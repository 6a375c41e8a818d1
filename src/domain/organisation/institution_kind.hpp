#pragma once
// The kinds of institution taking part in the pact (codes of the data model, French labels).

#include <optional>
#include <string_view>
#include <vector>

namespace pacte {

enum class InstitutionKind {
  kEtat,
  kFranceTravail,
  kCaf,
  kMsa,
  kCpam,
  kArs,
  kRegion,
  kDepartement,
  kCommune,
  kCcas,
  kMissionLocale,
  kCapEmploi,
  kChambre,
  kAssociation,
  kEntreprise,
  kAutre,
};

// "france_travail"
std::string_view InstitutionKindCode(InstitutionKind k);
// "France Travail"
std::string_view InstitutionKindLabel(InstitutionKind k);
std::optional<InstitutionKind> ParseInstitutionKind(std::string_view code);
// Every kind, in the order shown in lists.
const std::vector<InstitutionKind>& AllInstitutionKinds();

}  // namespace pacte
