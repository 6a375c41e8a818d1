// Spreadsheet import (issue 5, package C): dry runs and their application, cancellation,
// runs that cannot read their file, with the real headers of the département's files.

#include "spreadsheet_import_fixture.hpp"

namespace pacte::testing {
namespace {

TEST_F(SpreadsheetImportTest, ADryRunWritesOnlyTheJournalAndTheApplyDoesExactlyThePlan) {
  auto bad = Ines();
  bad.birth = "31/02/2020";
  AddFile("/plan.csv", {Paul(), bad});
  auto dry = Run(Queue("/plan.csv", true));
  EXPECT_EQ(dry.status, "terminee");
  EXPECT_EQ(Persons(), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM person_parcours"), 0);
  EXPECT_EQ(AuditCount("spreadsheet_import.apply"), 0);
  EXPECT_EQ(Main(dry.id, 2).outcome, "cree");
  EXPECT_FALSE(Main(dry.id, 2).person_id);
  EXPECT_EQ(Main(dry.id, 3).outcome, "rejete");
  auto applied = Run(Queue("/plan.csv", false, dry.id));
  EXPECT_EQ(applied.status, "terminee");
  EXPECT_EQ(applied.counts["cree"], dry.counts["cree"]);
  EXPECT_EQ(applied.counts["rejete"], dry.counts["rejete"]);
  EXPECT_EQ(Main(applied.id, 2).outcome, "cree");
  EXPECT_EQ(Persons(), 1);
}

TEST_F(SpreadsheetImportTest, AChangeBetweenTheDryRunAndTheApplyIsCaught) {
  AddFile("/drift.csv", {Paul(), Ines()});
  auto dry = Run(Queue("/drift.csv", true));
  // Meanwhile someone registers Inès by hand with the same internal id.
  pacte::Person ines;
  ines.last_name = "DUPONT";
  ines.first_name = "Inès";
  ines.birth_date = *ParseIsoDate("1987-09-22");
  StorePerson(ines, "IODAS221021");
  auto applied = Run(Queue("/drift.csv", false, dry.id));
  EXPECT_EQ(Main(applied.id, 2).outcome, "cree");
  auto line = Main(applied.id, 3);
  EXPECT_EQ(line.outcome, "rejete");
  EXPECT_EQ(line.code, "spreadsheet.plan_changed");
  EXPECT_TRUE(Contains(line.message, "La situation a changé depuis la simulation"));
  EXPECT_EQ(line.details["planned"], "cree");
  EXPECT_EQ(line.details["now"], "mis_a_jour");
  EXPECT_EQ(Persons(), 2);
  EXPECT_FALSE(Person(*line.person_id)->person.email);  // nothing of the row applied
}

TEST_F(SpreadsheetImportTest, ThePlanMustBeAFinishedDryRunOfTheSameFile) {
  AddFile("/a.csv", {Paul()});
  AddFile("/b.csv", {Paul()});
  auto dry = Run(Queue("/a.csv", true));
  auto other = Run(Queue("/b.csv", false, dry.id));
  EXPECT_EQ(other.status, "echouee");
  EXPECT_TRUE(Contains(*other.error, "le fichier n'est pas celui de la simulation"));
  EXPECT_EQ(Persons(), 0);
}

TEST_F(SpreadsheetImportTest, CancellingStopsBetweenBatchesAndKeepsWhatWasCommitted) {
  deps.batch = 1;
  AddFile("/cancel.csv", {Paul(), Ines(), Paul()});
  const auto id = Queue("/cancel.csv");
  reader.BeforeRow(2, [&] {
    app::Write(db.store(), [&](app::UnitOfWork& uow) {
      return uow.Imports().RequestCancel(id, clock.Now());
    });
  });
  auto run = Run(id);
  EXPECT_EQ(run.status, "annulee");
  EXPECT_EQ(run.units_done, 2);
  EXPECT_EQ(Persons(), 2);
  EXPECT_EQ(Lines(id).size(), 2U);
}

TEST_F(SpreadsheetImportTest, AnUnreadableFileFailsWithItsReasonAndKeepsEarlierBatches) {
  deps.batch = 1;
  FakeSheet sheet{k600Headers, {Paul().Cells(), Ines().Cells()}};
  sheet.fail_before_row = 1;
  sheet.fail_error = Error{ErrorKind::kMalformed, "spreadsheet.malformed",
                           "Ligne 3 : guillemet non fermé.", {}};
  reader.Add("/broken.csv", sheet);
  auto run = Run(Queue("/broken.csv"));
  EXPECT_EQ(run.status, "echouee");
  EXPECT_EQ(run.error, "Ligne 3 : guillemet non fermé.");
  EXPECT_EQ(run.counts["cree"], 1);
  EXPECT_EQ(Persons(), 1);
}

TEST_F(SpreadsheetImportTest, AFileWithoutTheIdentifyingColumnsOfTheMappingFails) {
  reader.Add("/other.csv", {{"Civilité", "Prénom bénéficiaire", "Ville"}, {{"M.", "Paul", "X"}}});
  auto run = Run(Queue("/other.csv"));
  EXPECT_EQ(run.status, "echouee");
  EXPECT_TRUE(Contains(*run.error, "au moins une colonne d'identification"));
  EXPECT_TRUE(Contains(*run.error, "« N° CAF »"));
  EXPECT_EQ(Persons(), 0);
}

TEST_F(SpreadsheetImportTest, MissingOptionalColumnsAreReportedOnTheHeaderLine) {
  reader.Add("/partial.csv", {{"Prénom bénéficiaire", "Nom bénéficiaire", "Date de Naissance",
                               "ID Iodas"},
                              {{"Paul", "Durand", "16/02/1952", "IODAS822920"}}});
  auto run = Run(Queue("/partial.csv"));
  EXPECT_EQ(run.status, "terminee");
  auto header = Warnings(run.id, 1);
  ASSERT_EQ(header.size(), 1U);
  EXPECT_EQ(header[0].code, "spreadsheet.columns_missing");
  EXPECT_EQ(Main(run.id, 2).outcome, "cree");
}

TEST_F(SpreadsheetImportTest, AMappingDeletedBeforeTheRunFailsIt) {
  AddFile("/gone.csv", {Paul()});
  const auto id = Queue("/gone.csv");
  // DeleteMapping refuses a mapping an import names: removed under its feet at the storage.
  ASSERT_TRUE(app::Write(db.store(), [&](app::UnitOfWork& uow) {
    return uow.ImportMappings().Delete(mapping_id);
  }));
  auto run = Run(id);
  EXPECT_EQ(run.status, "echouee");
  EXPECT_TRUE(Contains(*run.error, "n'existe plus"));
}

// The headers and rows of ../shared/data/beneficiary-files/import_beneficiaires_all_date_formats.csv
TEST_F(SpreadsheetImportTest, TheMixedDateFormatsFileCreatesThreePersonsAndFindsTheDuplicate) {
  const std::vector<std::string> headers = {
      "Identifiant dans le SI*", "Prénom*", "Nom*", "Date de naissance*", "NIR",
      "Lieu de naissance", "Téléphone", "Email", "Code postal", "Ville",
      "Numéro allocataire CAF/MSA", "Accompagnateurs"};
  SaveMappingOf("SI", {{"Identifiant dans le SI*", "internal_id"}, {"Prénom*", "first_name"},
                       {"Nom*", "last_name"}, {"Date de naissance*", "birth_date"},
                       {"NIR", "nir"}, {"Lieu de naissance", "birth_place"},
                       {"Téléphone", "phone"}, {"Email", "email"},
                       {"Code postal", "postal_code"}, {"Ville", "city"},
                       {"Numéro allocataire CAF/MSA", "caf_number"},
                       {"Accompagnateurs", "referent"}});
  reader.Add("/si.csv",
             {headers,
              {{"1234", "Charlotte", "Fondue", "25/05/1998", "", "", "0601234567, 071234567",
                "charlotte@laposte.fr", "61120", "Camembert", "2055990", ""},
               {"12345", "Charlie", "Fondue", "22-04-1997", "", "Loriol", "0601234568",
                "charlie@ovh.fr", "61120", "Camembert", "2055990", "sofia@cd26.fr"},
               {"123456", "charlie", "fondue", "22/04/1997", "", "Loriol", "0601234568",
                "charlie@ovh.fr", "61120", "Camembert", "2055990", "sofia@cd26.fr"},
               {"1234567", "charlot", "fondue", "22/04/1997", "", "", "", "", "", "", "", ""}}});
  auto run = Run(Queue("/si.csv", false, std::nullopt,
                       app::GetMappingByName(db.store(), officer, "SI")->id));
  EXPECT_EQ(Main(run.id, 2).outcome, "cree");
  EXPECT_EQ(Main(run.id, 3).outcome, "cree");
  EXPECT_EQ(Main(run.id, 4).code, "spreadsheet.duplicate_row");
  EXPECT_EQ(Main(run.id, 5).outcome, "cree");
  EXPECT_EQ(Persons(), 3);
  EXPECT_EQ(Person(*Main(run.id, 2).person_id)->person.phone, "06 01 23 45 67");
}

}  // namespace
}  // namespace pacte::testing
