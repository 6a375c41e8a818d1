// Orientation decisions: the fields checked, the 2025 criteria, and first orientation versus
// re-orientation.

#include "domain/parcours/orientation.hpp"

#include <gtest/gtest.h>

#include "domain/parcours/field_errors_test.hpp"

namespace pacte {
namespace {

using test_support::FieldErrors;
using test_support::Messages;

Date D(const char* iso) { return *ParseIsoDate(iso); }

OrientationDraft GoodDraft() {
  OrientationDraft d;
  d.decided_on = "2025-03-10";
  d.parcours = "social";
  d.structure_id = 12;
  d.decided_by = "pcd";
  d.reason = "  Difficultés de logement à traiter d'abord.  ";
  return d;
}

OrientationContext Today(const char* iso) { return {D(iso), std::nullopt}; }

TEST(OrientationValidation, AcceptsAndNormalises) {
  Validation v;
  auto f = ValidateOrientation(GoodDraft(), Today("2025-03-10"), v);
  ASSERT_TRUE(v.Ok()) << FieldErrors(v).begin()->second;
  EXPECT_EQ(f.decided_on, D("2025-03-10"));
  EXPECT_EQ(f.parcours, Parcours::kSocial);
  EXPECT_EQ(f.structure_id, 12);
  EXPECT_EQ(f.decided_by, OrientationDecisionMaker::kPcd);
  EXPECT_EQ(f.reason, "Difficultés de logement à traiter d'abord.");
  EXPECT_TRUE(f.criteria.IsEmpty());
}

TEST(OrientationValidation, ReasonIsOptional) {
  auto draft = GoodDraft();
  draft.reason = "   ";
  Validation v;
  auto f = ValidateOrientation(draft, Today("2025-03-10"), v);
  EXPECT_TRUE(v.Ok());
  EXPECT_FALSE(f.reason);
}

TEST(OrientationValidation, ReportsEveryMissingField) {
  Validation v;
  ValidateOrientation(OrientationDraft{}, Today("2025-03-10"), v);
  EXPECT_EQ(FieldErrors(v), (Messages{
                                {"decided_by", "Indiquez qui a décidé de l'orientation."},
                                {"decided_on", "La date est obligatoire."},
                                {"parcours", "Choisissez un parcours."},
                                {"structure_id", "Choisissez la structure référente."},
                            }));
}

TEST(OrientationValidation, ReportsUnknownCodesAndBadDate) {
  auto draft = GoodDraft();
  draft.decided_on = "10/03/2025";
  draft.parcours = "emploi";
  draft.decided_by = "prefet";
  draft.structure_id = -4;
  draft.reason = std::string(2001, 'x');
  Validation v;
  ValidateOrientation(draft, Today("2025-03-10"), v);
  EXPECT_EQ(FieldErrors(v),
            (Messages{
                {"decided_by",
                 "Décideur inconnu : président du conseil départemental, France Travail ou CAF."},
                {"decided_on", "Date invalide (format attendu AAAA-MM-JJ)."},
                {"parcours", "Parcours inconnu : professionnel, socio-professionnel ou social."},
                {"reason", "Ce texte ne doit pas dépasser 2000 caractères."},
                {"structure_id", "Choisissez la structure référente."},
            }));
}

TEST(OrientationValidation, DecisionCannotBeInTheFuture) {
  Validation v;
  ValidateOrientation(GoodDraft(), Today("2025-03-09"), v);
  EXPECT_EQ(FieldErrors(v),
            (Messages{{"decided_on", "La date de décision ne peut pas être dans le futur."}}));
}

TEST(OrientationValidation, ReorientationCannotPrecedeTheCurrentOrientation) {
  Validation v;
  ValidateOrientation(GoodDraft(), {D("2025-04-01"), D("2025-03-11")}, v);
  EXPECT_EQ(FieldErrors(v), (Messages{{"decided_on",
                                       "Une réorientation ne peut pas être antérieure à "
                                       "l'orientation en cours (du 11/03/2025)."}}));
  Validation same_day;
  ValidateOrientation(GoodDraft(), {D("2025-04-01"), D("2025-03-10")}, same_day);
  EXPECT_TRUE(same_day.Ok());
}

TEST(OrientationValidation, CarriesCriteriaErrorsUnderCriteria) {
  auto draft = GoodDraft();
  draft.criteria.qualification = "licence";
  Validation v;
  ValidateOrientation(draft, Today("2025-03-10"), v);
  EXPECT_EQ(FieldErrors(v),
            (Messages{{"criteria.qualification", "Niveau de qualification inconnu."}}));
}

TEST(OrientationCriteriaValidation, ReadsEveryCriterion) {
  OrientationCriteriaDraft draft{"en_recherche_emploi",
                                 "cap_bep",
                                 "a_preciser",
                                 {{"sante", "moyen"}, {"mobilite", "fort"}, {"autre", "fort"}},
                                 "  Dettes importantes "};
  Validation v;
  auto c = ValidateOrientationCriteria(draft, v);
  ASSERT_TRUE(v.Ok());
  EXPECT_EQ(c.employment_situation, EmploymentSituation::kEnRechercheEmploi);
  EXPECT_EQ(c.qualification, QualificationLevel::kCapBep);
  EXPECT_EQ(c.project, ProfessionalProject::kAPreciser);
  ASSERT_EQ(c.difficulties.size(), 3u);
  EXPECT_EQ(c.difficulties[1].area, OrientationDifficulty::kMobilite);
  EXPECT_EQ(c.difficulties[1].impact, BarrierImpact::kFort);
  EXPECT_EQ(c.other_difficulty, "Dettes importantes");
  EXPECT_FALSE(c.IsEmpty());
}

TEST(OrientationCriteriaValidation, ReportsBadDifficulties) {
  OrientationCriteriaDraft draft;
  draft.employment_situation = "chomage";
  draft.project = "flou";
  draft.difficulties = {{"logement", "fort"},
                        {"logement", "moyen"},
                        {"budget", "fort"},
                        {"aidant_proche", "enorme"},
                        {"autre", "moyen"}};
  Validation v;
  ValidateOrientationCriteria(draft, v);
  EXPECT_EQ(FieldErrors(v),
            (Messages{
                {"criteria.difficulties[1].area", "Cette difficulté est déjà renseignée."},
                {"criteria.difficulties[2].area", "Difficulté inconnue."},
                {"criteria.difficulties[3].impact",
                 "Impact inconnu : choisir fort, moyen ou sans impact."},
                {"criteria.employment_situation", "Situation vis-à-vis de l'emploi inconnue."},
                {"criteria.other_difficulty", "Précisez la nature de l'autre difficulté."},
                {"criteria.project", "État du projet professionnel inconnu."},
            }));
}

TEST(OrientationCriteriaValidation, OtherWithoutImpactNeedsNoPrecision) {
  OrientationCriteriaDraft draft;
  draft.difficulties = {{"autre", "sans_impact"}};
  Validation v;
  auto c = ValidateOrientationCriteria(draft, v);
  EXPECT_TRUE(v.Ok());
  EXPECT_FALSE(c.other_difficulty);
}

TEST(OrientationCriteriaValidation, PrecisionIsLimited) {
  OrientationCriteriaDraft draft;
  draft.other_difficulty = std::string(301, 'x');
  Validation v;
  ValidateOrientationCriteria(draft, v, "c");
  EXPECT_EQ(FieldErrors(v),
            (Messages{{"c.other_difficulty", "Ce texte ne doit pas dépasser 300 caractères."}}));
}

TEST(OrientationCriteria, VulnerabilitiesAreStrongHealthHousingChildcareOrCaring) {
  auto with = [](OrientationDifficulty area, BarrierImpact impact) {
    OrientationCriteria c;
    c.difficulties = {{area, impact}};
    return ShowsVulnerabilities(c);
  };
  EXPECT_TRUE(with(OrientationDifficulty::kSante, BarrierImpact::kFort));
  EXPECT_TRUE(with(OrientationDifficulty::kLogement, BarrierImpact::kFort));
  EXPECT_TRUE(with(OrientationDifficulty::kGardeEnfants, BarrierImpact::kFort));
  EXPECT_TRUE(with(OrientationDifficulty::kAidantProche, BarrierImpact::kFort));
  EXPECT_FALSE(with(OrientationDifficulty::kSante, BarrierImpact::kMoyen));
  EXPECT_FALSE(with(OrientationDifficulty::kMobilite, BarrierImpact::kFort));
  EXPECT_FALSE(with(OrientationDifficulty::kAutre, BarrierImpact::kFort));
  EXPECT_FALSE(ShowsVulnerabilities(OrientationCriteria{}));
}

TEST(NewOrientation, FirstOrientationOrReorientation) {
  EXPECT_TRUE(CheckNewOrientation(false, false));
  EXPECT_TRUE(CheckNewOrientation(true, true));
  auto second = CheckNewOrientation(false, true);
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(second.error().code, "orientation.already_active");
  EXPECT_EQ(second.error().message,
            "Cette personne a déjà une orientation en cours : enregistrez une réorientation.");
  auto nothing = CheckNewOrientation(true, false);
  ASSERT_FALSE(nothing);
  EXPECT_EQ(nothing.error().kind, ErrorKind::kInvalid);
  EXPECT_EQ(nothing.error().code, "orientation.nothing_to_reorient");
}

TEST(Orientation, IsReorientationWhenItHasAPredecessor) {
  Orientation o;
  EXPECT_FALSE(o.IsReorientation());
  o.previous_orientation_id = 3;
  EXPECT_TRUE(o.IsReorientation());
}

}  // namespace
}  // namespace pacte
