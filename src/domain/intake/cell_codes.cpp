#include "domain/intake/cell_codes.hpp"

#include <array>

#include "domain/common/text.hpp"

namespace pacte::intake {
namespace {

struct Alias {
  std::string_view key;  // SearchKey form
  std::string_view code;
};

constexpr std::array<Alias, 12> kCivilities{{
    {"m", "monsieur"},
    {"mr", "monsieur"},
    {"monsieur", "monsieur"},
    {"mme", "madame"},
    {"madame", "madame"},
    {"mlle", "madame"},
    {"melle", "madame"},
    {"mle", "madame"},
    {"mademoiselle", "madame"},
    {"mrs", "madame"},
    {"ms", "madame"},
    {"mmes", "madame"},
}};

constexpr std::array<Alias, 22> kRoles{{
    {"dem", "DEM"},
    {"demandeur", "DEM"},
    {"demandeuse", "DEM"},
    {"allocataire", "DEM"},
    {"beneficiaire", "DEM"},
    {"cjt", "CJT"},
    {"conjoint", "CJT"},
    {"conjointe", "CJT"},
    {"epoux", "CJT"},
    {"epouse", "CJT"},
    {"concubin", "CJT"},
    {"concubine", "CJT"},
    {"partenaire", "CJT"},
    {"enf", "ENF"},
    {"enfant", "ENF"},
    {"aut", "AUT"},
    {"autre", "AUT"},
    {"autre personne", "AUT"},
    {"rdo", "RDO"},
    {"responsable du dossier", "RDO"},
    {"responsable dossier", "RDO"},
    {"responsable de dossier", "RDO"},
}};

template <std::size_t N>
std::string_view Lookup(const std::array<Alias, N>& table, std::string_view cell) {
  std::string key = SearchKey(cell);
  for (const auto& alias : table) {
    if (alias.key == key) return alias.code;
  }
  return {};
}

}  // namespace

Result<Civility> ParseCivilityCell(std::string_view cell) {
  std::string_view code = Lookup(kCivilities, cell);
  if (code == "monsieur") return Civility::kMonsieur;
  if (code == "madame") return Civility::kMadame;
  return Fail(Error::Invalid("intake.civility_invalid",
                             "Civilité non reconnue : « " + Trim(cell) +
                                 " ». Valeurs acceptées : M., Monsieur, Mme, Madame.",
                             "civility"));
}

Result<std::string> ParseRoleCell(std::string_view cell) {
  std::string_view code = Lookup(kRoles, cell);
  if (!code.empty()) return std::string(code);
  return Fail(Error::Invalid("intake.role_invalid",
                             "Rôle dans le foyer non reconnu : « " + Trim(cell) +
                                 " ». Valeurs acceptées : DEM (demandeur), CJT (conjoint), "
                                 "ENF (enfant), AUT (autre), RDO (responsable du dossier).",
                             "role"));
}

}  // namespace pacte::intake
