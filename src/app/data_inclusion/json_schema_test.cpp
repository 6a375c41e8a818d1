#include "app/data_inclusion/json_schema.hpp"

#include <gtest/gtest.h>

namespace pacte::app {
namespace {

using Json = nlohmann::json;

Json ValidService() {
  return {{"source", "cd35"},
          {"structure_id", "cd35--mjc"},
          {"id", "cd35--atelier-1"},
          {"nom", "Atelier numérique"},
          {"description", "Prendre en main un ordinateur et les services en ligne."},
          {"date_maj", "2026-10-01"}};
}

std::string Messages(const std::vector<SchemaIssue>& issues) {
  std::string out;
  for (const auto& i : issues) out += i.path + ": " + i.message + "\n";
  return out;
}

bool HasIssue(const std::vector<SchemaIssue>& issues, const std::string& path,
              const std::string& fragment) {
  for (const auto& i : issues) {
    if (i.path == path && i.message.find(fragment) != std::string::npos) return true;
  }
  return false;
}

TEST(JsonSchema, TheEmbeddedSchemasCompileAndAcceptAMinimalRecord) {
  EXPECT_TRUE(ServiceSchema().Validate(ValidService()).empty())
      << Messages(ServiceSchema().Validate(ValidService()));
  Json structure{{"source", "cd35"}, {"id", "cd35--mjc"}, {"nom", "MJC"}, {"date_maj", "2026-01-01"}};
  EXPECT_TRUE(StructureSchema().Validate(structure).empty());
  EXPECT_EQ(ServiceSchema().Required().size(), 6u);
  EXPECT_EQ(StructureSchema().EnumOf("reseaux_porteurs").size(), 108u);
  EXPECT_EQ(ServiceSchema().EnumOf("thematiques").size(), 69u);
}

TEST(JsonSchema, MissingRequiredFieldsAreNamed) {
  auto r = ValidService();
  r.erase("nom");
  r.erase("date_maj");
  auto issues = ServiceSchema().Validate(r);
  EXPECT_TRUE(HasIssue(issues, "nom", "champ obligatoire manquant")) << Messages(issues);
  EXPECT_TRUE(HasIssue(issues, "date_maj", "champ obligatoire manquant"));
}

TEST(JsonSchema, WrongTypesAreReportedWithTheExpectedType) {
  auto r = ValidService();
  r["nom"] = 12;
  r["latitude"] = "48.8";
  r["thematiques"] = "numerique--acquerir-un-equipement";
  r["nombre_semaines"] = 2.5;
  auto issues = ServiceSchema().Validate(r);
  EXPECT_TRUE(HasIssue(issues, "nom", "type incorrect : texte attendu, nombre reçu")) << Messages(issues);
  EXPECT_TRUE(HasIssue(issues, "latitude", "nombre ou null attendu, texte reçu")) << Messages(issues);
  EXPECT_TRUE(HasIssue(issues, "thematiques", "liste ou null attendu")) << Messages(issues);
  EXPECT_TRUE(HasIssue(issues, "nombre_semaines", "nombre entier ou null attendu")) << Messages(issues);
}

TEST(JsonSchema, UnknownCodesOfEnumeratedListsAreErrors) {
  auto r = ValidService();
  r["thematiques"] = {"numerique--acquerir-un-equipement", "cuisine--faire-des-crepes"};
  r["type"] = "massage";
  auto issues = ServiceSchema().Validate(r);
  EXPECT_TRUE(HasIssue(issues, "thematiques[1]", "code inconnu « cuisine--faire-des-crepes »"))
      << Messages(issues);
  EXPECT_TRUE(HasIssue(issues, "type", "code inconnu « massage »")) << Messages(issues);
  EXPECT_EQ(issues.size(), 2u);
}

TEST(JsonSchema, LengthsCountCharactersNotBytes) {
  auto r = ValidService();
  r["nom"] = "Éé";  // 2 characters, 4 bytes
  auto issues = ServiceSchema().Validate(r);
  EXPECT_TRUE(HasIssue(issues, "nom", "3 caractères au minimum (2 reçus)")) << Messages(issues);
  r["nom"] = std::string(150, 'e');
  r["nom"] = "É" + std::string(149, 'e');  // 150 characters, 151 bytes
  EXPECT_TRUE(ServiceSchema().Validate(r).empty()) << Messages(ServiceSchema().Validate(r));
  r["nom"] = std::string(151, 'e');
  EXPECT_TRUE(HasIssue(ServiceSchema().Validate(r), "nom", "150 caractères au maximum"));
}

TEST(JsonSchema, PatternsFormatsMinimumMinItemsAndUniqueItems) {
  auto r = ValidService();
  r["code_postal"] = "9200";
  r["date_maj"] = "2026-02-31";
  r["courriel"] = "pas-une-adresse";
  r["lien_source"] = "www.exemple.fr";
  r["volume_horaire_hebdomadaire"] = -1;
  r["publics"] = Json::array();
  r["modes_accueil"] = {"a-distance", "a-distance"};
  auto issues = ServiceSchema().Validate(r);
  EXPECT_TRUE(HasIssue(issues, "code_postal", "texte trop court")) << Messages(issues);
  EXPECT_TRUE(HasIssue(issues, "code_postal", "format invalide")) << Messages(issues);
  EXPECT_TRUE(HasIssue(issues, "date_maj", "date invalide")) << Messages(issues);
  EXPECT_TRUE(HasIssue(issues, "courriel", "adresse électronique invalide")) << Messages(issues);
  EXPECT_TRUE(HasIssue(issues, "lien_source", "lien invalide")) << Messages(issues);
  EXPECT_TRUE(HasIssue(issues, "volume_horaire_hebdomadaire", "supérieure ou égale à 0"))
      << Messages(issues);
  EXPECT_TRUE(HasIssue(issues, "publics", "liste vide")) << Messages(issues);
  EXPECT_TRUE(HasIssue(issues, "modes_accueil", "valeur en double")) << Messages(issues);
}

TEST(JsonSchema, ZoneCodesFollowTheAnyOfOfTheCogForms) {
  auto r = ValidService();
  r["zone_eligibilite"] = {"92050", "2A", "200054781", "99100", "france"};
  EXPECT_TRUE(ServiceSchema().Validate(r).empty()) << Messages(ServiceSchema().Validate(r));
  r["zone_eligibilite"] = {"92-050", "F"};
  auto issues = ServiceSchema().Validate(r);
  EXPECT_TRUE(HasIssue(issues, "zone_eligibilite[0]", "aucune des formes admises"))
      << Messages(issues);
  EXPECT_TRUE(HasIssue(issues, "zone_eligibilite[1]", "aucune des formes admises"));
}

TEST(JsonSchema, NullIsAcceptedWhereTheSchemaAllowsIt) {
  auto r = ValidService();
  r["thematiques"] = nullptr;
  r["latitude"] = nullptr;
  EXPECT_TRUE(ServiceSchema().Validate(r).empty());
  r["nom"] = nullptr;
  EXPECT_TRUE(HasIssue(ServiceSchema().Validate(r), "nom", "texte attendu, null reçu"));
}

TEST(JsonSchema, UnsupportedKeywordsAreRefusedAtCompileTime) {
  Json schema{{"type", "object"}, {"properties", {{"a", {{"type", "string"}, {"oneOf", Json::array()}}}}}};
  EXPECT_THROW(JsonSchema{schema}, std::invalid_argument);
  Json bad_ref{{"properties", {{"a", {{"$ref", "#/$defs/Missing"}}}}}};
  EXPECT_THROW(JsonSchema{bad_ref}, std::invalid_argument);
}

TEST(JsonSchema, Utf8LengthCountsCodePoints) {
  EXPECT_EQ(Utf8Length("abc"), 3u);
  EXPECT_EQ(Utf8Length("éàü"), 3u);
  EXPECT_EQ(Utf8Length("€😀"), 2u);
}

}  // namespace
}  // namespace pacte::app
