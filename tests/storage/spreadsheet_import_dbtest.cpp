// Spreadsheet import (issue 5, package C): creating, updating, matching and refusing rows.

#include "spreadsheet_import_fixture.hpp"

namespace pacte::testing {
namespace {

pacte::Person Stored(const std::string& last, const std::string& first, const char* birth) {
  pacte::Person p;
  p.last_name = last;
  p.first_name = first;
  p.birth_date = *ParseIsoDate(birth);
  return p;
}

TEST_F(SpreadsheetImportTest, CreatesPersonsWithNormalisedValuesTheirCommuneAndAnAudit) {
  auto run = Import("/f.csv", {Paul(), Ines()});
  EXPECT_EQ(run.status, "terminee");
  EXPECT_EQ(run.units_done, 2);
  EXPECT_EQ(run.counts["cree"], 2);
  EXPECT_EQ(run.progress_done, run.progress_total);
  auto line = Main(run.id, 2);
  EXPECT_EQ(line.outcome, "cree");
  EXPECT_EQ(line.reference, "IODAS822920");
  EXPECT_EQ(line.details["not_applied"], nlohmann::json::array({"referent"}));
  auto paul = Person(*line.person_id);
  ASSERT_TRUE(paul);
  EXPECT_EQ(paul->person.last_name, "DURAND");
  EXPECT_EQ(paul->person.civility, Civility::kMonsieur);
  EXPECT_EQ(paul->person.phone, "06 63 60 35 10");
  EXPECT_EQ(paul->person.caf_number, "7004992");
  EXPECT_EQ(paul->person.commune_code, "92050");
  EXPECT_EQ(paul->internal_id, "IODAS822920");
  EXPECT_FALSE(paul->household_id);
  EXPECT_EQ(Person(*Main(run.id, 3).person_id)->person.commune_code, "92012");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM person_parcours"), 2);
  EXPECT_EQ(AuditCount("spreadsheet_import.apply"), 1);
  EXPECT_EQ(AuditCount("spreadsheet_import.run"), 1);
}

TEST_F(SpreadsheetImportTest, TheSameFileAgainLeavesEveryPersonUnchanged) {
  Import("/f.csv", {Paul(), Ines()});
  auto again = Run(Queue("/f.csv"));
  EXPECT_EQ(again.counts["inchange"], 2);
  EXPECT_EQ(again.counts["cree"], 0);
  EXPECT_EQ(Persons(), 2);
  EXPECT_EQ(Main(again.id, 2).details["matched_by"], "caf_number");
}

TEST_F(SpreadsheetImportTest, FindsThePersonByNirFirst) {
  auto p = Stored("MARTIN", "Claire", "1985-04-10");
  p.nir = *ParseNir(kNir);
  const auto id = StorePerson(p);
  SaveMappingOf("Avec NIR", {{"NIR", "nir"}, {"Courriel", "email"}});
  reader.Add("/nir.csv", {{"NIR", "Courriel"}, {{"2 85 04 92 050 123 34", "claire@exemple.fr"}}});
  auto run = Run(Queue("/nir.csv", false, std::nullopt,
                       app::GetMappingByName(db.store(), officer, "Avec NIR")->id));
  auto line = Main(run.id, 2);
  EXPECT_EQ(line.outcome, "mis_a_jour");
  EXPECT_EQ(line.person_id, id);
  EXPECT_EQ(line.details["matched_by"], "nir");
  EXPECT_EQ(Person(id)->person.email, "claire@exemple.fr");
}

TEST_F(SpreadsheetImportTest, ACafNumberDesignatesThePersonBornOnTheRowsBirthDateOnly) {
  auto paul = Stored("DURAND", "Paul", "1952-02-16");
  paul.caf_number = "7004992";
  const auto paul_id = StorePerson(paul);
  auto spouse = Paul();
  spouse.first = "Marie";
  spouse.birth = "03/03/1955";
  spouse.iodas = "";
  spouse.email = "";
  spouse.phone = "";
  auto row = Paul();
  row.iodas = "";
  auto run = Import("/caf.csv", {row, spouse});
  EXPECT_EQ(Main(run.id, 2).person_id, paul_id);
  EXPECT_EQ(Main(run.id, 2).details["matched_by"], "caf_number");
  EXPECT_EQ(Main(run.id, 3).outcome, "cree");  // same number, another birth date
}

TEST_F(SpreadsheetImportTest, FindsThePersonByInternalIdThenEmailThenPhoneWithBirthDate) {
  const auto by_id = StorePerson(Stored("DURAND", "Paul", "1952-02-16"), "IODAS822920");
  auto ines = Stored("DUPONT", "Inès", "1987-09-22");
  ines.email = "Ines.Dupont434@example.com";
  const auto by_mail = StorePerson(ines);
  auto jean = Stored("PETIT", "Jean", "1990-01-01");
  jean.phone = "06 11 22 33 44";
  const auto by_phone = StorePerson(jean);
  Row600 j{"", "Jean", "Petit", "", "06.11.22.33.44", "01/01/1990", "", "", "", "", ""};
  auto run = Import("/keys.csv", {Paul(), Ines(), j});
  EXPECT_EQ(Main(run.id, 2).person_id, by_id);
  EXPECT_EQ(Main(run.id, 2).details["matched_by"], "internal_id");
  EXPECT_EQ(Main(run.id, 3).person_id, by_mail);
  EXPECT_EQ(Main(run.id, 3).details["matched_by"], "email");
  EXPECT_EQ(Main(run.id, 4).person_id, by_phone);
  EXPECT_EQ(Main(run.id, 4).details["matched_by"], "phone");
  EXPECT_EQ(Main(run.id, 4).outcome, "inchange");
  EXPECT_EQ(Persons(), 3);
}

TEST_F(SpreadsheetImportTest, TwoMatchingPersonsRejectTheRow) {
  StorePerson(Stored("DURAND", "Paul", "1952-02-16"), "IODAS822920");
  StorePerson(Stored("DURAND", "Pierre", "1950-01-01"), "IODAS822920");
  auto row = Paul();
  row.caf = "";
  auto run = Import("/amb.csv", {row});
  auto line = Main(run.id, 2);
  EXPECT_EQ(line.outcome, "rejete");
  EXPECT_EQ(line.code, "spreadsheet.ambiguous_match");
  EXPECT_TRUE(Contains(line.message, "Plusieurs personnes correspondent"));
  EXPECT_EQ(Persons(), 2);
}

TEST_F(SpreadsheetImportTest, OnlyNonEmptyCellsUpdateAndReplacedValuesAreReported) {
  auto p = Stored("DURAND", "Paul", "1952-02-16");
  p.email = "ancien@example.com";
  p.phone = "06 00 00 00 01";
  const auto id = StorePerson(p, "IODAS822920");
  auto row = Paul();
  row.email = "";  // kept
  auto run = Import("/upd.csv", {row});
  auto line = Main(run.id, 2);
  EXPECT_EQ(line.outcome, "mis_a_jour");
  EXPECT_EQ(line.details["fields"],
            nlohmann::json::array({"civility", "caf_number", "phone", "commune_code"}));
  auto stored = Person(id);
  EXPECT_EQ(stored->person.email, "ancien@example.com");
  EXPECT_EQ(stored->person.phone, "06 63 60 35 10");
  EXPECT_EQ(stored->person.last_name, "DURAND");
  auto warnings = Warnings(run.id, 2);
  ASSERT_EQ(warnings.size(), 1U);
  EXPECT_EQ(warnings[0].code, "spreadsheet.value_replaced");
  EXPECT_EQ(warnings[0].person_id, id);
  EXPECT_EQ(warnings[0].details["fields"], nlohmann::json::array({"phone"}));
  EXPECT_TRUE(Contains(warnings[0].message, "Téléphone"));
  EXPECT_FALSE(Contains(warnings[0].message, "06"));  // no personal data in the report
}

TEST_F(SpreadsheetImportTest, ADifferentBirthDateOrNirIsAConflictThatChangesNothing) {
  const auto id = StorePerson(Stored("DURAND", "Paul", "1952-02-17"), "IODAS822920");
  auto run = Import("/conflict.csv", {Paul()});
  auto line = Main(run.id, 2);
  EXPECT_EQ(line.outcome, "rejete");
  EXPECT_EQ(line.code, "spreadsheet.identity_conflict");
  EXPECT_EQ(line.person_id, id);
  EXPECT_TRUE(Contains(line.message, "Date de naissance"));
  EXPECT_FALSE(Person(id)->person.phone);
}

TEST_F(SpreadsheetImportTest, AnImpossibleDateAndADuplicatedPersonAreRejectedWithTheirReason) {
  auto bad = Ines();
  bad.birth = "31/02/2020";
  auto twice = Paul();
  twice.iodas = "IODAS000001";
  auto run = Import("/bad.csv", {Paul(), bad, twice});
  auto date = Main(run.id, 3);
  EXPECT_EQ(date.outcome, "rejete");
  EXPECT_EQ(date.code, "intake.date_invalid");
  EXPECT_TRUE(Contains(date.message, "Colonne « Date de Naissance » : "));
  EXPECT_TRUE(Contains(date.message, "n'existe pas"));
  auto dup = Main(run.id, 4);
  EXPECT_EQ(dup.code, "spreadsheet.duplicate_row");
  EXPECT_TRUE(Contains(dup.message, "ligne 2 du fichier"));
  EXPECT_EQ(run.counts["cree"], 1);
  EXPECT_EQ(run.counts["rejete"], 2);
  EXPECT_EQ(Persons(), 1);
}

TEST_F(SpreadsheetImportTest, BadContactCellsAreLeftOutAndReportedWithoutRejectingTheRow) {
  auto row = Ines();
  row.email = "inès.dupont434@example.com";  // not a plausible address
  row.place = "75007 PARIS";                 // not in the referential
  auto run = Import("/soft.csv", {row});
  auto line = Main(run.id, 2);
  ASSERT_EQ(line.outcome, "cree");
  auto p = Person(*line.person_id);
  EXPECT_FALSE(p->person.email);
  EXPECT_FALSE(p->person.commune_code);
  EXPECT_EQ(p->person.address, "75007 PARIS");
  auto warnings = Warnings(run.id, 2);
  ASSERT_EQ(warnings.size(), 2U);
  EXPECT_EQ(warnings[0].code, "spreadsheet.commune_unknown");
  EXPECT_TRUE(Contains(warnings[1].message, "Colonne « Adresses Mails »"));
  auto again = Run(Queue("/soft.csv"));
  EXPECT_EQ(Main(again.id, 2).outcome, "inchange");  // the kept place is not added twice
}

TEST_F(SpreadsheetImportTest, ChildrenAreNotFollowedAndANumdemrsaAttachesTheHousehold) {
  SaveMappingOf("Foyers", {{"Dossier", "numdemrsa"}, {"Allocataire", "caf_number"},
                           {"Nom", "last_name"}, {"Prénom", "first_name"},
                           {"Naissance", "birth_date"}, {"Rôle", "role"}});
  reader.Add("/hh.csv", {{"Dossier", "Allocataire", "Nom", "Prénom", "Naissance", "Rôle"},
                         {{"92000012345", "0012345", "Roux", "Léa", "01/02/1990", "dem"},
                          {"92000012345", "0012345", "Roux", "Tom", "01/02/2015", "enfant"}}});
  auto run = Run(Queue("/hh.csv", false, std::nullopt,
                       app::GetMappingByName(db.store(), officer, "Foyers")->id));
  auto lea = Person(*Main(run.id, 2).person_id);
  ASSERT_TRUE(lea && lea->household_id);
  EXPECT_EQ(lea->person.role, HouseholdRole::kDem);
  EXPECT_EQ(Main(run.id, 3).code, "spreadsheet.role_not_followed");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM households"), 1);
}

TEST_F(SpreadsheetImportTest, ARowFailingMidWayLeavesNothingOfIt) {
  SaveMappingOf("Foyers", {{"Dossier", "numdemrsa"}, {"Allocataire", "caf_number"},
                           {"Nom", "last_name"}, {"Prénom", "first_name"},
                           {"Naissance", "birth_date"}});
  // The household is created first, then the person is refused (born in the future).
  reader.Add("/mid.csv", {{"Dossier", "Allocataire", "Nom", "Prénom", "Naissance"},
                          {{"92000012345", "0012345", "Roux", "Léa", "01/02/2030"}}});
  auto run = Run(Queue("/mid.csv", false, std::nullopt,
                       app::GetMappingByName(db.store(), officer, "Foyers")->id));
  auto line = Main(run.id, 2);
  EXPECT_EQ(line.outcome, "rejete");
  EXPECT_TRUE(Contains(line.message, "futur"));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM households"), 0);
  EXPECT_EQ(Persons(), 0);
  EXPECT_EQ(run.status, "terminee");
}

}  // namespace
}  // namespace pacte::testing
