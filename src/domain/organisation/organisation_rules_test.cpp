// Validation of institutions and structures, and the code lists with their French labels.

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "domain/organisation/drees_category.hpp"
#include "domain/organisation/institution.hpp"
#include "domain/organisation/institution_kind.hpp"
#include "domain/organisation/structure.hpp"
#include "domain/organisation/structure_kind.hpp"

namespace pacte {
namespace {

std::set<std::string> FieldsOf(const Validation& v) {
  std::set<std::string> out;
  if (v.Ok()) return out;
  for (const auto& f : v.ToError().fields) out.insert(f.field);
  return out;
}

std::string MessageOf(const Validation& v, const std::string& field) {
  for (const auto& f : v.ToError().fields) {
    if (f.field == field) return f.message;
  }
  return "";
}

TEST(InstitutionKinds, CodesRoundTripAndLabelsAreFrench) {
  EXPECT_EQ(AllInstitutionKinds().size(), 16u);
  for (auto k : AllInstitutionKinds()) {
    EXPECT_EQ(ParseInstitutionKind(InstitutionKindCode(k)), k);
    EXPECT_FALSE(InstitutionKindLabel(k).empty());
  }
  EXPECT_EQ(InstitutionKindLabel(InstitutionKind::kFranceTravail), "France Travail");
  EXPECT_EQ(ParseInstitutionKind("departement"), InstitutionKind::kDepartement);
  EXPECT_FALSE(ParseInstitutionKind("pole_emploi"));
}

TEST(DreesCategories, CodesRoundTripAndSpeGrouping) {
  EXPECT_EQ(AllDreesCategories().size(), 11u);
  for (auto c : AllDreesCategories()) {
    EXPECT_EQ(ParseDreesCategory(DreesCategoryCode(c)), c);
    EXPECT_FALSE(DreesCategoryLabel(c).empty());
  }
  EXPECT_TRUE(IsPublicEmploymentService(DreesCategory::kMissionLocale));
  EXPECT_FALSE(IsPublicEmploymentService(DreesCategory::kCcasCias));
  EXPECT_EQ(DreesCategoryCode(DreesCategory::kMdePlieCapEmploi), "mde_plie_cap_emploi");
}

TEST(StructureKinds, FromFlags) {
  EXPECT_EQ(StructureKindOf(true, false), StructureKind::kReferentBody);
  EXPECT_EQ(StructureKindOf(false, true), StructureKind::kActionOperator);
  EXPECT_EQ(StructureKindOf(true, true), StructureKind::kBoth);
  EXPECT_FALSE(StructureKindOf(false, false));
  for (auto k : AllStructureKinds()) EXPECT_EQ(ParseStructureKind(StructureKindCode(k)), k);
  EXPECT_EQ(StructureKindLabel(StructureKind::kActionOperator), "Opérateur d'actions");
}

TEST(InstitutionValidation, AcceptsAndNormalises) {
  Validation v;
  auto f = ValidateInstitution({"  CAF des Hauts-de-Seine ", "caf", "443 061 841 00047", true}, v);
  ASSERT_TRUE(v.Ok());
  EXPECT_EQ(f.name, "CAF des Hauts-de-Seine");
  EXPECT_EQ(f.kind, InstitutionKind::kCaf);
  EXPECT_EQ(f.siret, "44306184100047");
  EXPECT_TRUE(f.is_pact_signatory);
}

TEST(InstitutionValidation, EmptySiretMeansNone) {
  Validation v;
  auto f = ValidateInstitution({"Association Relais", "association", "  ", false}, v);
  ASSERT_TRUE(v.Ok());
  EXPECT_FALSE(f.siret);
}

TEST(InstitutionValidation, ReportsEveryField) {
  Validation v;
  ValidateInstitution({"  ", "pole_emploi", "12345", false}, v);
  EXPECT_EQ(FieldsOf(v), (std::set<std::string>{"name", "kind", "siret"}));
  EXPECT_EQ(MessageOf(v, "name"), "Indiquez le nom de l'institution.");
  EXPECT_NE(MessageOf(v, "siret").find("14 chiffres"), std::string::npos);
}

TEST(InstitutionValidation, SiretChecksumAndLengthLimit) {
  Validation v;
  ValidateInstitution({std::string(201, 'x'), "caf", "73282932000075", false}, v);
  EXPECT_EQ(FieldsOf(v), (std::set<std::string>{"name", "siret"}));
  EXPECT_NE(MessageOf(v, "siret").find("clé de contrôle"), std::string::npos);
  Validation ok;
  ValidateInstitution({std::string(200, 'x'), "caf", "", false}, ok);
  EXPECT_TRUE(ok.Ok());
}

TEST(InstitutionValidation, RejectsInvalidUtf8) {
  Validation v;
  ValidateInstitution({"Caf \xFF\xFE", "caf", "", false}, v);
  EXPECT_EQ(FieldsOf(v), (std::set<std::string>{"name"}));
}

StructureDraft GoodStructure() {
  StructureDraft d;
  d.institution_id = 3;
  d.name = " Espace insertion Nanterre ";
  d.address = "1 place de la Boule";
  d.commune_code = "92050";
  d.phone = "01 47 29 30 00";
  d.email = "accueil@insertion.example.fr";
  d.is_referent_body = true;
  d.drees_category = "departement";
  return d;
}

TEST(StructureValidation, AcceptsAGoodDraft) {
  Validation v;
  auto f = ValidateStructure(GoodStructure(), v);
  ASSERT_TRUE(v.Ok());
  EXPECT_EQ(f.name, "Espace insertion Nanterre");
  EXPECT_EQ(f.commune_code, "92050");
  EXPECT_EQ(f.drees_category, DreesCategory::kDepartement);
  EXPECT_EQ(f.email, "accueil@insertion.example.fr");
}

TEST(StructureValidation, OptionalContactsMayBeEmpty) {
  auto d = GoodStructure();
  d.phone = " ";
  d.email = "";
  d.address = "";
  Validation v;
  auto f = ValidateStructure(d, v);
  ASSERT_TRUE(v.Ok());
  EXPECT_FALSE(f.phone);
  EXPECT_FALSE(f.email);
  EXPECT_FALSE(f.address);
}

TEST(StructureValidation, ReportsEveryBrokenRule) {
  StructureDraft d;
  d.name = "";
  d.commune_code = "9205";
  d.email = "accueil@";
  d.phone = "téléphone";
  d.drees_category = "pole_emploi";
  Validation v;
  ValidateStructure(d, v);
  EXPECT_EQ(FieldsOf(v), (std::set<std::string>{"institution_id", "name", "commune_code", "email",
                                                "phone", "is_referent_body", "drees_category"}));
  EXPECT_EQ(MessageOf(v, "is_referent_body"),
            "Cochez au moins un rôle : organisme référent ou opérateur d'actions.");
}

TEST(StructureValidation, MissingCommuneAndCategory) {
  auto d = GoodStructure();
  d.commune_code = "";
  d.drees_category = "";
  Validation v;
  ValidateStructure(d, v);
  EXPECT_EQ(MessageOf(v, "commune_code"), "Choisissez la commune de la structure.");
  EXPECT_EQ(MessageOf(v, "drees_category"), "Choisissez la catégorie DREES de la structure.");
}

}  // namespace
}  // namespace pacte
