#include "domain/intake/row_candidate.hpp"

#include <gtest/gtest.h>

namespace pacte::intake {
namespace {

// The headers of ../shared/data/beneficiary-files/fichier_usager_600_lignes.csv.
const std::vector<std::string> kHeaders = {
    "Civilité",          "Prénom bénéficiaire", "Nom bénéficiaire", "Adresses Mails",
    "N° Téléphones",     "Date de Naissance",   "CP Ville",         "N° CAF",
    "ID Iodas",          "Référent",            "Role"};
const std::vector<std::pair<std::string, std::string>> kMapping = {
    {"Civilité", "civility"},       {"Prénom bénéficiaire", "first_name"},
    {"Nom bénéficiaire", "last_name"}, {"Adresses Mails", "email"},
    {"N° Téléphones", "phone"},     {"Date de Naissance", "birth_date"},
    {"CP Ville", "postal_code_city"}, {"N° CAF", "caf_number"},
    {"ID Iodas", "internal_id"},    {"Référent", "referent"},
    {"Role", "role"}};

RowCandidate Read(std::vector<std::string> cells) {
  return ReadRowCandidate(BindColumns(kMapping, kHeaders).bound, cells, 2026);
}

TEST(RowCandidate, ReadsARowOfTheDepartementalFileIntoNormalisedValues) {
  auto row = Read({"Monsieur", "paul", "durand", "paul.durand369@example.com", "663603510",
                   "16/02/1952", "92000 Nanterre", "CAF0027004992", "IODAS822920",
                   "referent.agent3@example.org", ""});
  EXPECT_EQ(row.civility, Civility::kMonsieur);
  EXPECT_EQ(row.first_name, "Paul");
  EXPECT_EQ(row.last_name, "DURAND");
  EXPECT_EQ(row.email, "paul.durand369@example.com");
  EXPECT_EQ(row.phone, "06 63 60 35 10");
  EXPECT_EQ(row.birth_date, ParseIsoDate("1952-02-16"));
  EXPECT_EQ(row.postal_code, "92000");
  EXPECT_EQ(row.city, "Nanterre");
  EXPECT_EQ(row.caf_number, "7004992");
  EXPECT_EQ(row.internal_id, "IODAS822920");
  EXPECT_EQ(row.not_applied, std::vector<std::string>{"referent"});
  EXPECT_TRUE(row.problems.empty());
  EXPECT_FALSE(row.IsBlank());
}

TEST(RowCandidate, AnImpossibleDateIsABlockingProblemNamingTheColumn) {
  auto row = Read({"", "Paul", "Durand", "", "", "31/02/2020", "", "", "", "", ""});
  ASSERT_TRUE(row.HasBlockingProblem());
  EXPECT_EQ(row.problems[0].code, "intake.date_invalid");
  EXPECT_NE(row.problems[0].message.find("Colonne « Date de Naissance » : "), std::string::npos);
  EXPECT_NE(row.problems[0].message.find("n'existe pas"), std::string::npos);
}

TEST(RowCandidate, ContactProblemsAndABadCafNumberDoNotBlockTheRow) {
  auto row = Read({"Docteur", "Paul", "Durand", "", "12", "16/02/1952", "920001", "ISQCJQO", "",
                   "", "XYZ"});
  EXPECT_FALSE(row.HasBlockingProblem());
  ASSERT_EQ(row.problems.size(), 5U);
  for (const auto& p : row.problems) EXPECT_EQ(p.message.rfind("Colonne « ", 0), 0U);
  EXPECT_FALSE(row.civility);
  EXPECT_TRUE(row.phone.empty());
  EXPECT_TRUE(row.caf_number.empty());
  EXPECT_TRUE(row.role.empty());
}

TEST(RowCandidate, ABlankRowIsBlankAndAMissingTrailingCellIsBlank) {
  EXPECT_TRUE(Read({"Madame"}).IsBlank());
}

TEST(RowCandidate, SeveralPhonesKeepTheFirstAndReportTheOthersAsNotApplied) {
  auto row = Read({"", "Charlotte", "Fondue", "", "0601234567 ; 0712345678", "25/05/1998", "", "",
                   "", "", ""});
  EXPECT_EQ(row.phone, "06 01 23 45 67");
  EXPECT_EQ(row.not_applied, std::vector<std::string>{"phone"});
}

TEST(BindColumns, MatchesHeadersIgnoringLineBreaksCaseAndAccentsAndReportsTheRest) {
  auto bound = BindColumns({{"Date de naissance", "birth_date"}, {"NIR", "nir"},
                            {"Tags", ""}},
                           {"N° Allocataire", "Date de\nNaissance", "ID IODAS"});
  ASSERT_EQ(bound.bound.size(), 1U);
  EXPECT_EQ(bound.bound[0].field, "birth_date");
  EXPECT_EQ(bound.bound[0].column, 1U);
  EXPECT_EQ(bound.missing_headers, std::vector<std::string>{"NIR"});
  EXPECT_EQ(bound.unmapped_headers, (std::vector<std::string>{"N° Allocataire", "ID IODAS"}));
}

TEST(IdentifiesPersons, NeedsAKeyOrTheFullNameWithBirthDate) {
  EXPECT_TRUE(IdentifiesPersons({"nir"}));
  EXPECT_TRUE(IdentifiesPersons({"caf_number"}));
  EXPECT_TRUE(IdentifiesPersons({"internal_id"}));
  EXPECT_TRUE(IdentifiesPersons({"last_name", "first_name", "birth_date"}));
  EXPECT_FALSE(IdentifiesPersons({"last_name", "first_name", "email"}));
}

TEST(IdentityKeys, TwoRowsOfTheSamePersonShareAKey) {
  auto a = Read({"", "Charlie", "Fondue", "charlie@ovh.fr", "", "22-04-1997", "", "2055990",
                 "12345", "", ""});
  auto b = Read({"", "charlie", "fondue", "CHARLIE@ovh.fr", "", "22/04/1997", "", "", "123456",
                 "", ""});
  auto keys_a = IdentityKeys(a);
  bool shared = false;
  for (const auto& k : IdentityKeys(b)) {
    shared = shared || std::find(keys_a.begin(), keys_a.end(), k) != keys_a.end();
  }
  EXPECT_TRUE(shared);
  auto c = Read({"", "Charlotte", "Fondue", "", "", "25/05/1998", "", "2055990", "1234", "", ""});
  for (const auto& k : IdentityKeys(c)) {
    EXPECT_EQ(std::find(keys_a.begin(), keys_a.end(), k), keys_a.end()) << k;
  }
}

}  // namespace
}  // namespace pacte::intake
