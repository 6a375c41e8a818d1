#pragma once
// The organism categories of the DREES OARSA survey (tables 1 and 2): where an organisme
// référent sits, inside or outside the public employment service (SPE).

#include <optional>
#include <string_view>
#include <vector>

namespace pacte {

enum class DreesCategory {
  kFranceTravail,       // France Travail
  kMissionLocale,       // SPE: mission locale
  kMdePlieCapEmploi,    // SPE: maison de l'emploi, PLIE, Cap emploi
  kCreationEntreprise,  // SPE: business-creation support
  kIae,                 // SPE: structure of insertion by economic activity
  kAutreSpe,            // SPE: other placement or training body
  kDepartement,         // outside SPE: the département's services
  kCaf,                 // outside SPE: CAF
  kMsa,                 // outside SPE: MSA
  kCcasCias,            // outside SPE: CCAS / CIAS
  kAutreHorsSpe,        // outside SPE: other
};

std::string_view DreesCategoryCode(DreesCategory c);
std::string_view DreesCategoryLabel(DreesCategory c);
std::optional<DreesCategory> ParseDreesCategory(std::string_view code);
const std::vector<DreesCategory>& AllDreesCategories();
// True for the categories of the public employment service (France Travail included).
bool IsPublicEmploymentService(DreesCategory c);

}  // namespace pacte
