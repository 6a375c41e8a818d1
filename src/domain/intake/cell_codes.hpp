#pragma once
// Civility and household role as spreadsheets write them, mapped to the domain's codes.

#include <string>
#include <string_view>

#include "domain/beneficiary/sex.hpp"
#include "domain/common/error.hpp"

namespace pacte::intake {

// Civility of a cell, read accent-, case- and punctuation-insensitively: "M", "M.", "Mr",
// "Mr.", "Monsieur" → kMonsieur; "Mme", "Mme.", "Madame", "Mlle", "Melle", "Mle",
// "Mademoiselle" → kMadame (the domain no longer distinguishes "mademoiselle").
// Store CivilityCode(...) ("monsieur"/"madame").
// Errors: kInvalid, code "intake.civility_invalid", field "civility".
Result<Civility> ParseCivilityCell(std::string_view cell);

// Role of the person in the household (ROLEPERS codes of codes.md §1): "DEM", "CJT", "ENF",
// "AUT" or "RDO". Accepts the codes in any case and the French words: demandeur/demandeuse,
// allocataire, bénéficiaire → DEM; conjoint(e), époux/épouse, concubin(e), partenaire → CJT;
// enfant → ENF; autre, autre personne → AUT; responsable du dossier → RDO.
// Children and others are returned as such: whether they are followed is the caller's rule
// (domain/beneficiary/person.hpp keeps only DEM and CJT).
// Errors: kInvalid, code "intake.role_invalid", field "role".
Result<std::string> ParseRoleCell(std::string_view cell);

}  // namespace pacte::intake
