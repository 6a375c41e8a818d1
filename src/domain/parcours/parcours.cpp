#include "domain/parcours/parcours.hpp"

#include "domain/parcours/code_list.hpp"

namespace pacte {
namespace {

constexpr std::array<CodeLabel<Parcours>, 3> kParcours{{
    {Parcours::kProfessionnel, "professionnel", "Professionnel"},
    {Parcours::kSocioProfessionnel, "socio_professionnel", "Socio-professionnel"},
    {Parcours::kSocial, "social", "Social"},
}};

constexpr std::array<CodeLabel<OrientationDecisionMaker>, 3> kDecisionMakers{{
    {OrientationDecisionMaker::kPcd, "pcd", "Président du conseil départemental"},
    {OrientationDecisionMaker::kFranceTravail, "france_travail", "France Travail"},
    {OrientationDecisionMaker::kCaf, "caf", "CAF ou MSA (par délégation)"},
}};

}  // namespace

std::string_view ParcoursCode(Parcours p) { return EntryOf(kParcours, p).code; }
std::string_view ParcoursLabel(Parcours p) { return EntryOf(kParcours, p).label; }
std::optional<Parcours> ParseParcours(std::string_view code) { return ValueOf(kParcours, code); }

const std::vector<Parcours>& AllParcours() {
  static const std::vector<Parcours> all = ValuesOf(kParcours);
  return all;
}

std::string_view DecisionMakerCode(OrientationDecisionMaker d) {
  return EntryOf(kDecisionMakers, d).code;
}

std::string_view DecisionMakerLabel(OrientationDecisionMaker d) {
  return EntryOf(kDecisionMakers, d).label;
}

std::optional<OrientationDecisionMaker> ParseDecisionMaker(std::string_view code) {
  return ValueOf(kDecisionMakers, code);
}

const std::vector<OrientationDecisionMaker>& AllDecisionMakers() {
  static const std::vector<OrientationDecisionMaker> all = ValuesOf(kDecisionMakers);
  return all;
}

}  // namespace pacte
