#include "domain/beneficiary/person.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

// The people and NIRs below are made up.

namespace pacte {
namespace {

const Date kToday = *ParseIsoDate("2026-03-15");

using FieldMessages = std::map<std::string, std::vector<std::string>>;

FieldMessages Messages(const Validation& errors) {
  FieldMessages out;
  if (errors.Ok()) return out;
  for (const auto& f : errors.ToError().fields) out[f.field].push_back(f.message);
  return out;
}

PersonDraft Minimal() {
  PersonDraft d;
  d.first_name = "Camille";
  d.last_name = "Martin";
  d.birth_date = "1985-05-12";
  return d;
}

TEST(PersonDraft, AcceptsTheMinimumAndLeavesTheRestAbsent) {
  Validation errors;
  Person p = ValidatePersonDraft(Minimal(), kToday, errors);
  ASSERT_TRUE(errors.Ok()) << errors.ToError().message;
  EXPECT_EQ(p.first_name, "Camille");
  EXPECT_EQ(p.last_name, "Martin");
  EXPECT_EQ(p.birth_date, *ParseIsoDate("1985-05-12"));
  EXPECT_FALSE(p.civility || p.birth_name || p.sex || p.nir || p.caf_number || p.email || p.phone ||
               p.address || p.commune_code || p.role);
}

TEST(PersonDraft, NormalisesEveryGivenField) {
  PersonDraft d = Minimal();
  d.civility = "MR";
  d.first_name = "  Jean-Éric ";
  d.birth_name = "Dupont";
  d.birth_date = "12/05/1985";
  d.sex = "1";
  d.nir = "1 85 05 92 050 123";
  d.caf_number = "CAF 0012345";
  d.email = " jean-eric.martin@exemple.fr ";
  d.phone = "+33 6 12 34 56 78";
  d.address = "3 rue des Lilas";
  d.commune_code = "92050";
  d.role = "dem";
  Validation errors;
  Person p = ValidatePersonDraft(d, kToday, errors);
  ASSERT_TRUE(errors.Ok()) << errors.ToError().message;
  EXPECT_EQ(p.civility, Civility::kMonsieur);
  EXPECT_EQ(p.first_name, "Jean-Éric");
  EXPECT_EQ(p.birth_name, "Dupont");
  EXPECT_EQ(p.birth_date, *ParseIsoDate("1985-05-12"));
  EXPECT_EQ(p.sex, Sex::kMale);
  ASSERT_TRUE(p.nir);
  EXPECT_EQ(p.nir->Value(), "185059205012303");
  EXPECT_EQ(p.caf_number, "0012345");
  EXPECT_EQ(p.email, "jean-eric.martin@exemple.fr");
  EXPECT_EQ(p.phone, "06 12 34 56 78");
  EXPECT_EQ(p.address, "3 rue des Lilas");
  EXPECT_EQ(p.commune_code, "92050");
  EXPECT_EQ(p.role, HouseholdRole::kDem);
}

TEST(PersonDraft, TakesTheSexFromTheNirWhenNotGiven) {
  PersonDraft d = Minimal();
  d.birth_date = "1990-06-30";
  d.nir = "290067511203461";
  Validation errors;
  Person p = ValidatePersonDraft(d, kToday, errors);
  ASSERT_TRUE(errors.Ok());
  EXPECT_EQ(p.sex, Sex::kFemale);
}

TEST(PersonDraft, ReportsEveryMissingRequiredField) {
  Validation errors;
  ValidatePersonDraft(PersonDraft{}, kToday, errors);
  EXPECT_EQ(Messages(errors), (FieldMessages{
                                  {"last_name", {"Indiquez le nom de la personne."}},
                                  {"first_name", {"Indiquez le prénom de la personne."}},
                                  {"birth_date", {"Indiquez la date de naissance."}},
                              }));
}

struct BirthCase {
  const char* typed;
  const char* message;  // empty: accepted
};

TEST(PersonDraft, ChecksTheBirthDate) {
  for (const BirthCase& c : std::vector<BirthCase>{
           {"1985-02-31", "Cette date n'existe pas (31/02/1985) : vérifiez le jour et le mois."},
           {"31/02/1985", "Cette date n'existe pas (31/02/1985) : vérifiez le jour et le mois."},
           {"2023-02-29", "Cette date n'existe pas (29/02/2023) : vérifiez le jour et le mois."},
           {"29/02/2024", ""},
           {"1985/05/12",
            "Date de naissance invalide : utilisez le format JJ/MM/AAAA (exemple : "
            "05/03/1985)."},
           {"12-05-1985",
            "Date de naissance invalide : utilisez le format JJ/MM/AAAA (exemple : "
            "05/03/1985)."},
           {"hier",
            "Date de naissance invalide : utilisez le format JJ/MM/AAAA (exemple : "
            "05/03/1985)."},
           {"2026-03-16", "La date de naissance ne peut pas être dans le futur."},
           {"2031-01-01", "La date de naissance ne peut pas être dans le futur."},
           {"2026-03-15", ""},
           {"1906-03-15", ""},
           {"1906-03-14",
            "La date de naissance indique plus de 120 ans : vérifiez l'année "
            "saisie."},
           {"0985-05-12",
            "La date de naissance indique plus de 120 ans : vérifiez l'année "
            "saisie."},
       }) {
    PersonDraft d = Minimal();
    d.birth_date = c.typed;
    Validation errors;
    ValidatePersonDraft(d, kToday, errors);
    FieldMessages expected;
    if (*c.message) expected["birth_date"] = {c.message};
    EXPECT_EQ(Messages(errors), expected) << c.typed;
  }
}

TEST(PersonDraft, ReportsAnInvalidNirWithItsPreciseMessage) {
  PersonDraft d = Minimal();
  d.nir = "185059205012304";
  Validation errors;
  Person p = ValidatePersonDraft(d, kToday, errors);
  EXPECT_EQ(Messages(errors),
            (FieldMessages{{"nir",
                            {"La clé du NIR (2 derniers chiffres) ne correspond pas aux 13 "
                             "premiers caractères : vérifiez la saisie."}}}));
  EXPECT_FALSE(p.nir);
}

TEST(PersonDraft, ReportsEachInconsistencyOfTheNirOnFieldNir) {
  PersonDraft d = Minimal();
  d.birth_date = "1986-06-12";
  d.sex = "F";
  d.nir = "185059205012303";
  Validation errors;
  ValidatePersonDraft(d, kToday, errors);
  auto messages = Messages(errors);
  ASSERT_EQ(messages.size(), 1u);
  ASSERT_EQ(messages["nir"].size(), 3u);
  EXPECT_NE(messages["nir"][0].find("naissance en 85"), std::string::npos);
  EXPECT_NE(messages["nir"][1].find("au mois 05"), std::string::npos);
  EXPECT_NE(messages["nir"][2].find("commence par 1 (homme)"), std::string::npos);
}

TEST(PersonDraft, ChecksTheNirAloneWhenTheBirthDateIsWrong) {
  PersonDraft d = Minimal();
  d.birth_date = "2027-01-01";
  d.nir = "185059205012303";
  Validation errors;
  ValidatePersonDraft(d, kToday, errors);
  EXPECT_EQ(
      Messages(errors),
      (FieldMessages{{"birth_date", {"La date de naissance ne peut pas être dans le futur."}}}));
}

struct FieldCase {
  const char* field;
  const char* typed;
  const char* message;
};

void Set(PersonDraft& d, const std::string& field, const char* value) {
  std::map<std::string, std::string*> fields{
      {"civility", &d.civility},
      {"sex", &d.sex},
      {"caf_number", &d.caf_number},
      {"email", &d.email},
      {"phone", &d.phone},
      {"commune_code", &d.commune_code},
      {"role", &d.role},
      {"last_name", &d.last_name},
      {"birth_name", &d.birth_name},
      {"address", &d.address},
  };
  *fields.at(field) = value;
}

TEST(PersonDraft, RefusesBadOptionalFieldsWithFrenchMessages) {
  const std::string long_name(kPersonNameMax + 1, 'a');
  const std::string long_address(kAddressMax + 1, 'a');
  for (const FieldCase& c : std::vector<FieldCase>{
           {"civility", "Docteur", "Civilité inconnue : choisissez M. ou Mme."},
           {"sex", "X", "Sexe inconnu : M (homme) ou F (femme) attendu."},
           {"caf_number", "0027004992",
            "Numéro allocataire invalide : 7 chiffres attendus (exemple : 0012345)."},
           {"email", "camille.martin@",
            "Adresse électronique invalide (exemple : "
            "prenom.nom@exemple.fr)."},
           {"email", "in\xC3\xA8s.dupont@example.com",
            "Adresse électronique invalide (exemple : prenom.nom@exemple.fr)."},
           {"phone", "0601234567, 071234567",
            "Numéro de téléphone invalide : 10 chiffres attendus (exemple : 06 12 34 56 78), "
            "ou un numéro international commençant par +."},
           {"commune_code", "92",
            "Code commune invalide : 5 caractères attendus, le code INSEE "
            "(exemple : 92050)."},
           {"role", "ENF",
            "Les enfants du foyer ne sont pas suivis : seuls le demandeur (DEM) "
            "et son conjoint (CJT) le sont."},
           {"role", "AUT", "Rôle inconnu : DEM (demandeur) ou CJT (conjoint) attendu."},
           {"last_name", "   ", "Indiquez le nom de la personne."},
           {"last_name", long_name.c_str(), "Ce champ ne doit pas dépasser 100 caractères."},
           {"birth_name", long_name.c_str(), "Ce champ ne doit pas dépasser 100 caractères."},
           {"address", long_address.c_str(), "Ce champ ne doit pas dépasser 300 caractères."},
           {"last_name", "Mart\xFFin",
            "Le texte contient des caractères illisibles (encodage "
            "invalide)."},
       }) {
    PersonDraft d = Minimal();
    Set(d, c.field, c.typed);
    Validation errors;
    ValidatePersonDraft(d, kToday, errors);
    EXPECT_EQ(Messages(errors), (FieldMessages{{c.field, {c.message}}})) << c.field;
  }
}

TEST(PersonDraft, AcceptsTheSpouseRoleAndCorsicanCommunes) {
  PersonDraft d = Minimal();
  d.role = " CJT ";
  d.commune_code = "2a004";
  d.civility = "Mme";
  Validation errors;
  Person p = ValidatePersonDraft(d, kToday, errors);
  ASSERT_TRUE(errors.Ok());
  EXPECT_EQ(p.role, HouseholdRole::kCjt);
  EXPECT_EQ(p.commune_code, "2A004");
  EXPECT_EQ(p.civility, Civility::kMadame);
}

TEST(PersonDraft, CollectsAllErrorsAtOnce) {
  PersonDraft d;
  d.birth_date = "1985-02-31";
  d.nir = "3850592050123";
  d.email = "x";
  d.phone = "12";
  d.role = "ENF";
  Validation errors;
  ValidatePersonDraft(d, kToday, errors);
  auto messages = Messages(errors);
  EXPECT_EQ(messages.size(), 7u);
  for (const char* field :
       {"last_name", "first_name", "birth_date", "nir", "email", "phone", "role"}) {
    EXPECT_EQ(messages.count(field), 1u) << field;
  }
}

TEST(PersonSearchKey, FoldsAccentsAndCaseOfAllNames) {
  Person p;
  p.last_name = "Lefèvre";
  p.first_name = "Anaïs";
  EXPECT_EQ(PersonSearchKey(p), "lefevre anais");
  p.birth_name = "N'Diaye";
  EXPECT_EQ(PersonSearchKey(p), "lefevre anais n diaye");
}

TEST(HouseholdDraft, NormalisesTheRsaFile) {
  HouseholdDraft d{" 01024041052 ", "208956400000000", "msa", "92050", "3 rue des Lilas"};
  Validation errors;
  Household h = ValidateHouseholdDraft(d, errors);
  ASSERT_TRUE(errors.Ok());
  EXPECT_EQ(h, (Household{"01024041052", "2089564", PayingBody::kMsa, "92050", "3 rue des Lilas"}));
}

TEST(HouseholdDraft, DefaultsToTheCafAndRequiresBothNumbers) {
  Validation ok;
  Household h = ValidateHouseholdDraft({"01024041052", "0012345", "", "", ""}, ok);
  ASSERT_TRUE(ok.Ok());
  EXPECT_EQ(h.paying_body, PayingBody::kCaf);
  EXPECT_FALSE(h.commune_code || h.address);

  Validation errors;
  ValidateHouseholdDraft({"", "", "CNAV", "920", ""}, errors);
  EXPECT_EQ(Messages(errors),
            (FieldMessages{
                {"numdemrsa",
                 {"Numéro de demande RSA invalide : 11 lettres ou chiffres attendus (exemple : "
                  "01024041052)."}},
                {"caf_matricule",
                 {"Numéro allocataire invalide : 7 chiffres attendus (exemple : 0012345)."}},
                {"paying_body", {"Organisme payeur inconnu : CAF ou MSA attendu."}},
                {"commune_code",
                 {"Code commune invalide : 5 caractères attendus, le code INSEE (exemple : "
                  "92050)."}},
            }));
}

TEST(Codes, RoundTripAndLabels) {
  for (HouseholdRole r : {HouseholdRole::kDem, HouseholdRole::kCjt}) {
    EXPECT_EQ(ParseHouseholdRole(HouseholdRoleCode(r)), r);
  }
  EXPECT_EQ(HouseholdRoleLabel(HouseholdRole::kCjt), "Conjoint");
  for (PayingBody b : {PayingBody::kCaf, PayingBody::kMsa}) {
    EXPECT_EQ(ParsePayingBody(PayingBodyCode(b)), b);
  }
  EXPECT_EQ(ParsePayingBody("CNAV"), std::nullopt);
  EXPECT_EQ(ParseHouseholdRole("ENF"), std::nullopt);
}

}  // namespace
}  // namespace pacte

namespace pacte {
namespace {

TEST(ChangedPersonFieldsTest, NamesOnlyTheFieldsThatDifferInAFixedOrder) {
  Person a;
  a.first_name = "Léa";
  a.last_name = "MARTIN";
  Person b = a;
  EXPECT_TRUE(ChangedPersonFields(a, b).empty());
  b.phone = "0601020304";
  b.last_name = "DURAND";
  b.role = HouseholdRole::kCjt;
  EXPECT_EQ(ChangedPersonFields(a, b),
            (std::vector<std::string>{"last_name", "phone", "role"}));
}

}  // namespace
}  // namespace pacte
