#pragma once
// The three paths (parcours) a person in droits et devoirs is oriented to, and who decides an
// orientation. Codes are stored and exchanged as given; labels are French.

#include <optional>
#include <string_view>
#include <vector>

namespace pacte {

enum class Parcours {
  kProfessionnel,       // "professionnel": employment first (France Travail or another body)
  kSocioProfessionnel,  // "socio_professionnel": global social and professional accompaniment
  kSocial,              // "social": social insertion first
};

std::string_view ParcoursCode(Parcours p);
std::string_view ParcoursLabel(Parcours p);
std::optional<Parcours> ParseParcours(std::string_view code);
const std::vector<Parcours>& AllParcours();

// Who took the orientation decision.
enum class OrientationDecisionMaker {
  kPcd,            // "pcd": the président du conseil départemental
  kFranceTravail,  // "france_travail": France Travail (from 2025, also by default after 6 weeks)
  kCaf,            // "caf": the CAF (or MSA) acting by delegation
};

std::string_view DecisionMakerCode(OrientationDecisionMaker d);
std::string_view DecisionMakerLabel(OrientationDecisionMaker d);
std::optional<OrientationDecisionMaker> ParseDecisionMaker(std::string_view code);
const std::vector<OrientationDecisionMaker>& AllDecisionMakers();

}  // namespace pacte
