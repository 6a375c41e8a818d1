#include "domain/organisation/institution_kind.hpp"

#include <array>

namespace pacte {
namespace {

struct KindInfo {
  InstitutionKind kind;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<KindInfo, 16> kKinds{{
    {InstitutionKind::kEtat, "etat", "État (préfecture, services déconcentrés)"},
    {InstitutionKind::kFranceTravail, "france_travail", "France Travail"},
    {InstitutionKind::kCaf, "caf", "Caisse d'allocations familiales (CAF)"},
    {InstitutionKind::kMsa, "msa", "Mutualité sociale agricole (MSA)"},
    {InstitutionKind::kCpam, "cpam", "Caisse primaire d'assurance maladie (CPAM)"},
    {InstitutionKind::kArs, "ars", "Agence régionale de santé (ARS)"},
    {InstitutionKind::kRegion, "region", "Région"},
    {InstitutionKind::kDepartement, "departement", "Département"},
    {InstitutionKind::kCommune, "commune", "Commune ou intercommunalité"},
    {InstitutionKind::kCcas, "ccas",
     "Centre communal ou intercommunal d'action sociale (CCAS, CIAS)"},
    {InstitutionKind::kMissionLocale, "mission_locale", "Mission locale"},
    {InstitutionKind::kCapEmploi, "cap_emploi", "Cap emploi"},
    {InstitutionKind::kChambre, "chambre", "Chambre consulaire"},
    {InstitutionKind::kAssociation, "association", "Association"},
    {InstitutionKind::kEntreprise, "entreprise", "Entreprise"},
    {InstitutionKind::kAutre, "autre", "Autre"},
}};

const KindInfo& Info(InstitutionKind k) {
  for (const auto& info : kKinds) {
    if (info.kind == k) return info;
  }
  return kKinds.back();
}

}  // namespace

std::string_view InstitutionKindCode(InstitutionKind k) { return Info(k).code; }
std::string_view InstitutionKindLabel(InstitutionKind k) { return Info(k).label; }

std::optional<InstitutionKind> ParseInstitutionKind(std::string_view code) {
  for (const auto& info : kKinds) {
    if (info.code == code) return info.kind;
  }
  return std::nullopt;
}

const std::vector<InstitutionKind>& AllInstitutionKinds() {
  static const std::vector<InstitutionKind> all = [] {
    std::vector<InstitutionKind> v;
    for (const auto& info : kKinds) v.push_back(info.kind);
    return v;
  }();
  return all;
}

}  // namespace pacte
