#include "domain/intake/field_suggestion.hpp"

#include <gtest/gtest.h>

#include <set>
#include <utility>
#include <vector>

namespace pacte::intake {
namespace {

std::string Suggested(std::string_view header) {
  auto code = SuggestField(header);
  return code ? std::string(*code) : "none";
}

using Expectations = std::vector<std::pair<std::string, std::string>>;

void ExpectAll(const Expectations& expected) {
  for (const auto& [header, code] : expected) {
    EXPECT_EQ(Suggested(header), code) << "header: " << header;
  }
}

TEST(FieldSuggestion, UsualHeaders) {
  ExpectAll({{"Nom de naissance", "birth_name"},
             {"Nom de jeune fille", "birth_name"},
             {"NIR", "nir"},
             {"N° sécu", "nir"},
             {"Numéro de sécurité sociale", "nir"},
             {"N° INSEE", "nir"},
             {"Date de naissance", "birth_date"},
             {"DDN", "birth_date"},
             {"Tél", "phone"},
             {"Portable", "phone"},
             {"Téléphone mobile", "phone"},
             {"Courriel", "email"},
             {"E-mail", "email"},
             {"Mél", "email"},
             {"Matricule CAF", "caf_number"},
             {"N° allocataire", "caf_number"},
             {"Code postal", "postal_code"},
             {"CP", "postal_code"},
             {"Ville", "city"},
             {"Commune", "city"},
             {"Code postal et ville", "postal_code_city"},
             {"Identifiant départemental", "internal_id"},
             {"Nom", "last_name"},
             {"Nom d'usage", "last_name"},
             {"Prénom", "first_name"},
             {"Sexe", "sex"},
             {"Civilité", "civility"},
             {"N° de demande RSA", "numdemrsa"},
             {"NUMDEMRSA", "numdemrsa"},
             {"Identifiant France Travail", "france_travail_id"},
             {"Rôle dans le foyer", "role"},
             {"Pays de naissance", "birth_place"}});
}

TEST(FieldSuggestion, InsensitiveToCaseAccentsPunctuationAndLineBreaks) {
  ExpectAll({{"DATE DE NAISSANCE", "birth_date"},
             {"date_de_naissance", "birth_date"},
             {"  Date de\nNaissance ", "birth_date"},
             {"PRENOM", "first_name"},
             {"Prénom*", "first_name"},
             {"n° tel.", "phone"},
             {"ID IODAS\t", "internal_id"}});
}

TEST(FieldSuggestion, UnrelatedHeadersGiveNothing) {
  ExpectAll({{"", "none"}, {"   ", "none"}, {"Commentaire", "none"}, {"Date CER", "none"}});
}

// Every header of the three files of shared/data/beneficiary-files, with the field it maps to
// ("none": the column is not beneficiary identity or contact data).
TEST(FieldSuggestion, HeadersOfTheSixHundredRowCsv) {
  ExpectAll({{"\xEF\xBB\xBF"
              "Civilité",
              "civility"},
             {"Prénom bénéficiaire", "first_name"},
             {"Nom bénéficiaire", "last_name"},
             {"Adresses Mails", "email"},
             {"N° Téléphones", "phone"},
             {"Date de Naissance", "birth_date"},
             {"CP Ville", "postal_code_city"},
             {"N° CAF", "caf_number"},
             {"ID Iodas", "internal_id"},
             {"Référent", "referent"},
             {"Role", "role"}});
}

TEST(FieldSuggestion, HeadersOfTheWorkbook) {
  ExpectAll({{"N° Allocataire", "caf_number"},
             {"Civilité", "civility"},
             {"Nom bénéficiaire", "last_name"},
             {"Prénom bénéficiaire", "first_name"},
             {"Date de\nNaissance", "birth_date"},
             {"Adresse", "address"},
             {"CP Ville", "postal_code_city"},
             {"Complément adresse", "address_complement"},
             {"Rôle", "role"},
             {"ID IODAS\t", "internal_id"},
             {"PA", "none"},
             {"NIR", "nir"},
             {"ID pôle Emploi", "france_travail_id"},
             {"Adresses\nMails", "email"},
             {"N°\nTéléphones", "phone"},
             {"Structure", "structure"},
             {"DECISION ORIENTATION", "none"},
             {"Date envoie du courrier", "none"},
             {"Reçu en entretien le :", "none"},
             {"Heure du rdv", "none"},
             {"Lieu du rdv", "none"},
             {"Chargé d'orientation", "none"},
             {"Modalité de l'entretien", "none"},
             {"1er RDV structure", "none"},
             {"Délai RDV", "none"},
             {"Date CER", "none"},
             {"Délai CER", "none"},
             {"Réorientations", "none"},
             {"Tags", "none"}});
}

TEST(FieldSuggestion, HeadersOfTheMixedDatesCsv) {
  ExpectAll({{"Identifiant dans le SI*", "internal_id"},
             {"Prénom*", "first_name"},
             {"Nom*", "last_name"},
             {"Date de naissance*", "birth_date"},
             {"NIR", "nir"},
             {"Lieu de naissance", "birth_place"},
             {"Téléphone", "phone"},
             {"Email", "email"},
             {"Adresse", "address"},
             {"Adresse (complément)", "address_complement"},
             {"Code postal", "postal_code"},
             {"Ville", "city"},
             {"Situation", "none"},
             {"Numéro allocataire CAF/MSA", "caf_number"},
             {"Identifiant Pôle emploi", "france_travail_id"},
             {"Droits RSA", "none"},
             {"Droits ARE", "none"},
             {"Droits ASS", "none"},
             {"Prime d'activité", "none"},
             {"RQTH", "none"},
             {"Zone de mobilité", "none"},
             {"Emploi recherché (code ROME)", "none"},
             {"Niveau de formation", "none"},
             {"Structure", "structure"},
             {"Accompagnateurs", "referent"}});
}

TEST(FieldSuggestion, SuggestFieldsNeverMapsTwoColumnsToOneField) {
  std::vector<std::string> headers{"Téléphone", "Portable", "Nom", "Email"};
  auto codes = SuggestFields(headers);
  ASSERT_EQ(codes.size(), 4u);
  EXPECT_EQ(codes[0], std::optional<std::string_view>("phone"));
  EXPECT_EQ(codes[1], std::nullopt);
  EXPECT_EQ(codes[2], std::optional<std::string_view>("last_name"));
  EXPECT_EQ(codes[3], std::optional<std::string_view>("email"));
}

TEST(FieldSuggestion, FieldsAreUniqueLabelledAndEverySuggestionIsOne) {
  std::set<std::string_view> codes;
  for (const auto& f : IntakeFields()) {
    EXPECT_TRUE(codes.insert(f.code).second) << f.code;
    EXPECT_FALSE(f.label.empty()) << f.code;
    EXPECT_EQ(IntakeFieldLabel(f.code), f.label);
  }
  EXPECT_EQ(codes.size(), 22u);
  EXPECT_EQ(IntakeFieldLabel("postal_code_city"), "Code postal et ville");
  EXPECT_EQ(IntakeFieldLabel("unknown"), "");
  for (auto header : {"DDN", "Structure", "CP Ville", "ID pôle Emploi", "Référent", "NIR"}) {
    auto code = SuggestField(header);
    ASSERT_TRUE(code) << header;
    EXPECT_TRUE(codes.count(*code)) << header;
  }
}

}  // namespace
}  // namespace pacte::intake
