#include "domain/parcours/orientation_criteria.hpp"

#include <algorithm>
#include <string>

#include "domain/parcours/code_list.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte {
namespace {

constexpr std::array<CodeLabel<EmploymentSituation>, 4> kSituations{{
    {EmploymentSituation::kEnEmploi, "en_emploi", "En emploi"},
    {EmploymentSituation::kEnFormation, "en_formation", "En formation"},
    {EmploymentSituation::kEnRechercheEmploi, "en_recherche_emploi", "En recherche d'emploi"},
    {EmploymentSituation::kSansActivite, "sans_activite",
     "Sans emploi, sans formation et sans recherche d'emploi"},
}};

constexpr std::array<CodeLabel<QualificationLevel>, 4> kQualifications{{
    {QualificationLevel::kInfraCap, "infra_cap", "Inférieur au CAP"},
    {QualificationLevel::kCapBep, "cap_bep", "CAP ou BEP"},
    {QualificationLevel::kBac, "bac", "Baccalauréat"},
    {QualificationLevel::kSuperieurBac, "superieur_bac", "Supérieur au baccalauréat"},
}};

constexpr std::array<CodeLabel<ProfessionalProject>, 3> kProjects{{
    {ProfessionalProject::kDefini, "defini", "Projet professionnel défini"},
    {ProfessionalProject::kAPreciser, "a_preciser", "Projet professionnel à préciser"},
    {ProfessionalProject::kAucun, "aucun", "Pas de projet professionnel"},
}};

// Parses an optional code: empty means not given, an unknown code adds `message` on `field`.
template <class E, std::size_t N>
std::optional<E> OptionalCode(const std::array<CodeLabel<E>, N>& table, std::string_view code,
                              const std::string& field, std::string_view message,
                              Validation& errors) {
  if (code.empty()) return std::nullopt;
  auto value = ValueOf(table, code);
  if (!value) errors.Add(field, std::string(message));
  return value;
}

std::string Indexed(std::string_view prefix, std::size_t i, std::string_view leaf) {
  return std::string(prefix) + ".difficulties[" + std::to_string(i) + "]." + std::string(leaf);
}

void ValidateDifficulties(const OrientationCriteriaDraft& draft, std::string_view prefix,
                          OrientationCriteria& out, Validation& errors) {
  for (std::size_t i = 0; i < draft.difficulties.size(); ++i) {
    const auto& d = draft.difficulties[i];
    auto area = ParseOrientationDifficulty(d.area);
    auto impact = ParseBarrierImpact(d.impact);
    if (!area) errors.Add(Indexed(prefix, i, "area"), "Difficulté inconnue.");
    if (!impact) {
      errors.Add(Indexed(prefix, i, "impact"),
                 "Impact inconnu : choisir fort, moyen ou sans impact.");
    }
    if (!area || !impact) continue;
    bool repeated = std::any_of(out.difficulties.begin(), out.difficulties.end(),
                                [&](const Difficulty& seen) { return seen.area == *area; });
    if (repeated) {
      errors.Add(Indexed(prefix, i, "area"), "Cette difficulté est déjà renseignée.");
      continue;
    }
    out.difficulties.push_back({*area, *impact});
  }
}

bool OtherRated(const OrientationCriteria& c) {
  return std::any_of(c.difficulties.begin(), c.difficulties.end(), [](const Difficulty& d) {
    return d.area == OrientationDifficulty::kAutre && d.impact != BarrierImpact::kSansImpact;
  });
}

void ValidateOtherDifficulty(const OrientationCriteriaDraft& draft, std::string_view prefix,
                             OrientationCriteria& out, Validation& errors) {
  std::string field = std::string(prefix) + ".other_difficulty";
  if (OtherRated(out)) {
    out.other_difficulty = RequiredText(draft.other_difficulty, kOtherDifficultyMax, field,
                                        "Précisez la nature de l'autre difficulté.", errors);
  } else {
    out.other_difficulty = OptionalText(draft.other_difficulty, kOtherDifficultyMax, field, errors);
  }
}

}  // namespace

std::string_view EmploymentSituationCode(EmploymentSituation v) {
  return EntryOf(kSituations, v).code;
}
std::string_view EmploymentSituationLabel(EmploymentSituation v) {
  return EntryOf(kSituations, v).label;
}
std::optional<EmploymentSituation> ParseEmploymentSituation(std::string_view code) {
  return ValueOf(kSituations, code);
}
const std::vector<EmploymentSituation>& AllEmploymentSituations() {
  static const auto all = ValuesOf(kSituations);
  return all;
}

std::string_view QualificationLevelCode(QualificationLevel v) {
  return EntryOf(kQualifications, v).code;
}
std::string_view QualificationLevelLabel(QualificationLevel v) {
  return EntryOf(kQualifications, v).label;
}
std::optional<QualificationLevel> ParseQualificationLevel(std::string_view code) {
  return ValueOf(kQualifications, code);
}
const std::vector<QualificationLevel>& AllQualificationLevels() {
  static const auto all = ValuesOf(kQualifications);
  return all;
}

std::string_view ProfessionalProjectCode(ProfessionalProject v) {
  return EntryOf(kProjects, v).code;
}
std::string_view ProfessionalProjectLabel(ProfessionalProject v) {
  return EntryOf(kProjects, v).label;
}
std::optional<ProfessionalProject> ParseProfessionalProject(std::string_view code) {
  return ValueOf(kProjects, code);
}
const std::vector<ProfessionalProject>& AllProfessionalProjects() {
  static const auto all = ValuesOf(kProjects);
  return all;
}

bool OrientationCriteria::IsEmpty() const {
  return !employment_situation && !qualification && !project && difficulties.empty() &&
         !other_difficulty;
}

OrientationCriteria ValidateOrientationCriteria(const OrientationCriteriaDraft& draft,
                                                Validation& errors, std::string_view prefix) {
  OrientationCriteria out;
  std::string p(prefix);
  out.employment_situation =
      OptionalCode(kSituations, draft.employment_situation, p + ".employment_situation",
                   "Situation vis-à-vis de l'emploi inconnue.", errors);
  out.qualification = OptionalCode(kQualifications, draft.qualification, p + ".qualification",
                                   "Niveau de qualification inconnu.", errors);
  out.project = OptionalCode(kProjects, draft.project, p + ".project",
                             "État du projet professionnel inconnu.", errors);
  ValidateDifficulties(draft, prefix, out, errors);
  ValidateOtherDifficulty(draft, prefix, out, errors);
  return out;
}

bool ShowsVulnerabilities(const OrientationCriteria& criteria) {
  return std::any_of(criteria.difficulties.begin(), criteria.difficulties.end(),
                     [](const Difficulty& d) {
                       return d.impact == BarrierImpact::kFort &&
                              (d.area == OrientationDifficulty::kSante ||
                               d.area == OrientationDifficulty::kLogement ||
                               d.area == OrientationDifficulty::kGardeEnfants ||
                               d.area == OrientationDifficulty::kAidantProche);
                     });
}

}  // namespace pacte
