#pragma once
// The national orientation criteria used from 2025: situation towards employment,
// qualification, professional project, and difficulties rated by their impact. The code lists
// below are the project's (the national wording is to confirm); every list is closed and
// stored as its codes.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/beneficiary/barriers.hpp"
#include "domain/common/error.hpp"

namespace pacte {

enum class EmploymentSituation {
  kEnEmploi,           // "en_emploi"
  kEnFormation,        // "en_formation"
  kEnRechercheEmploi,  // "en_recherche_emploi"
  kSansActivite,       // "sans_activite": neither working, training nor searching
};

// Same bands as the DREES OARSA education levels.
enum class QualificationLevel {
  kInfraCap,      // "infra_cap"
  kCapBep,        // "cap_bep"
  kBac,           // "bac"
  kSuperieurBac,  // "superieur_bac"
};

enum class ProfessionalProject {
  kDefini,     // "defini"
  kAPreciser,  // "a_preciser"
  kAucun,      // "aucun"
};

// Difficulties and their impact are those of the diagnostic referential
// (domain/beneficiary/barriers.hpp): OrientationDifficulty and BarrierImpact.

std::string_view EmploymentSituationCode(EmploymentSituation v);
std::string_view EmploymentSituationLabel(EmploymentSituation v);
std::optional<EmploymentSituation> ParseEmploymentSituation(std::string_view code);
const std::vector<EmploymentSituation>& AllEmploymentSituations();

std::string_view QualificationLevelCode(QualificationLevel v);
std::string_view QualificationLevelLabel(QualificationLevel v);
std::optional<QualificationLevel> ParseQualificationLevel(std::string_view code);
const std::vector<QualificationLevel>& AllQualificationLevels();

std::string_view ProfessionalProjectCode(ProfessionalProject v);
std::string_view ProfessionalProjectLabel(ProfessionalProject v);
std::optional<ProfessionalProject> ParseProfessionalProject(std::string_view code);
const std::vector<ProfessionalProject>& AllProfessionalProjects();

struct Difficulty {
  OrientationDifficulty area = OrientationDifficulty::kAutre;
  BarrierImpact impact = BarrierImpact::kSansImpact;
};

// Validated criteria; every part is optional (orientations decided before 2025, or imported,
// carry none).
struct OrientationCriteria {
  std::optional<EmploymentSituation> employment_situation;
  std::optional<QualificationLevel> qualification;
  std::optional<ProfessionalProject> project;
  std::vector<Difficulty> difficulties;         // at most one per area, in input order
  std::optional<std::string> other_difficulty;  // what "autre" is, when rated fort or moyen

  bool IsEmpty() const;
};

struct DifficultyDraft {
  std::string area;
  std::string impact;
};

// The criteria as typed; an empty code means "not given".
struct OrientationCriteriaDraft {
  std::string employment_situation;
  std::string qualification;
  std::string project;
  std::vector<DifficultyDraft> difficulties;
  std::string other_difficulty;
};

inline constexpr std::size_t kOtherDifficultyMax = 300;

// Checks the criteria. Fields at fault (French messages), under `prefix` ("criteria"):
// `.employment_situation`, `.qualification`, `.project` (unknown code),
// `.difficulties[i].area` (unknown or repeated area), `.difficulties[i].impact` (unknown
// impact), `.other_difficulty` (missing when "autre" is rated fort or moyen, or too long).
// The result is meaningful only when errors.Ok().
OrientationCriteria ValidateOrientationCriteria(const OrientationCriteriaDraft& draft,
                                                Validation& errors,
                                                std::string_view prefix = "criteria");

// Default reading of "vulnerabilities" for the social-path review (12 months instead of 6):
// a difficulty of health, housing, childcare or caring rated `fort`. The app may combine it
// with the diagnostic.
bool ShowsVulnerabilities(const OrientationCriteria& criteria);

}  // namespace pacte
