// The three beneficiary files of data/beneficiary-files (copies of ../shared, fictitious
// people) read by the real spreadsheet reader, mapped from the suggestions as the mapping page
// does, dry run then applied with the plan, then re-imported: both databases.

#include <gtest/gtest.h>

#include "app/intake/spreadsheet_preview.hpp"
#include "io/spreadsheet/file_spreadsheet_reader.hpp"
#include "storage/spreadsheet_import_fixture.hpp"

namespace pacte::testing {
namespace {

std::string SampleFile(const std::string& name) {
  return std::string(PACTE_SOURCE_DIR) + "/data/beneficiary-files/" + name;
}

class BeneficiaryFilesTest : public SpreadsheetImportTest {
 protected:
  io::FileSpreadsheetReader real_reader;

  void SetUp() override {
    SpreadsheetImportTest::SetUp();
    deps.spreadsheets = &real_reader;
  }

  // The mapping the page proposes for the file (suggestions), saved under `name`.
  std::int64_t MappingFor(const std::string& path, const std::string& name) {
    auto preview = app::PreviewSpreadsheet(db.store(), deps, officer, path, {});
    EXPECT_TRUE(preview) << (preview ? "" : preview.error().message);
    if (!preview) return 0;
    EXPECT_LE(preview->rows.size(), 20u);
    auto mapping = app::MappingFromSuggestions(*preview, name, "Fichier d'exemple");
    auto saved = app::SaveMapping(db.store(), clock, officer, std::nullopt, 0, mapping);
    EXPECT_TRUE(saved) << (saved ? "" : saved.error().message);
    return saved ? saved->id : 0;
  }

  std::int64_t Count(const app::ImportRecord& r, const char* key) {
    return r.counts.value(key, std::int64_t{0});
  }

  struct Outcome {
    app::ImportRecord dry, applied, again;
  };
  Outcome DryApplyAgain(const std::string& file, const std::string& mapping_name) {
    const auto path = SampleFile(file);
    const auto mapping = MappingFor(path, mapping_name);
    Outcome o;
    o.dry = Run(Queue(path, /*dry_run=*/true, std::nullopt, mapping));
    o.applied = Run(Queue(path, false, o.dry.id, mapping));
    o.again = Run(Queue(path, false, std::nullopt, mapping));
    return o;
  }

  void ExpectAppliedAsPlanned(const Outcome& o, std::int64_t rows) {
    EXPECT_EQ(o.dry.status, "terminee") << o.dry.error.value_or("");
    EXPECT_EQ(o.applied.status, "terminee") << o.applied.error.value_or("");
    EXPECT_EQ(Count(o.dry, "rows"), rows);
    for (const char* k : {"rows", "cree", "mis_a_jour", "inchange", "rejete"}) {
      EXPECT_EQ(Count(o.applied, k), Count(o.dry, k)) << k;
    }
    EXPECT_EQ(Count(o.dry, "cree") + Count(o.dry, "mis_a_jour") + Count(o.dry, "inchange") +
                  Count(o.dry, "rejete"),
              rows);
    // Imported again: every person applied is found and unchanged.
    EXPECT_EQ(Count(o.again, "cree"), 0);
    EXPECT_EQ(Count(o.again, "mis_a_jour"), 0);
    EXPECT_EQ(Count(o.again, "inchange"), Count(o.applied, "cree") + Count(o.applied, "mis_a_jour"));
  }
};

TEST_F(BeneficiaryFilesTest, The600RowFileImportsWithTheSuggestedMapping) {
  const auto before = Persons();
  const auto o = DryApplyAgain("fichier_usager_600_lignes.csv", "Fichier usagers 600");
  ExpectAppliedAsPlanned(o, 600);
  EXPECT_EQ(Persons() - before, Count(o.applied, "cree"));
  EXPECT_GT(Count(o.applied, "cree"), 500);  // the file is mostly new, distinct persons
  // The first data row (line 2) is Paul Durand, created with his IODAS id.
  const auto paul = Main(o.applied.id, 2);
  EXPECT_EQ(paul.outcome, "cree");
  ASSERT_TRUE(paul.person_id);
  const auto stored = Person(*paul.person_id);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->person.last_name, "DURAND");
  EXPECT_EQ(stored->internal_id, "IODAS822920");
  EXPECT_EQ(FormatIsoDate(stored->person.birth_date), "1952-02-16");
  // Every rejected row says why, in French.
  for (const auto& l : Lines(o.applied.id)) {
    if (l.outcome == "rejete") {
      EXPECT_FALSE(l.message.empty()) << "line " << l.line;
    }
  }
}

TEST_F(BeneficiaryFilesTest, TheMixedDateFormatsFileImportsEveryReadableDate) {
  const auto o = DryApplyAgain("import_beneficiaires_all_date_formats.csv", "Formats de dates");
  ASSERT_GT(Count(o.dry, "rows"), 0);
  ExpectAppliedAsPlanned(o, Count(o.dry, "rows"));
  // Charlotte (25/05/1998) and Charlie (22-04-1997) share one CAF number: two persons.
  const auto charlotte = Main(o.applied.id, 2);
  const auto charlie = Main(o.applied.id, 3);
  EXPECT_EQ(charlotte.outcome, "cree") << charlotte.message;
  EXPECT_EQ(charlie.outcome, "cree") << charlie.message;
  ASSERT_TRUE(charlotte.person_id && charlie.person_id);
  EXPECT_NE(*charlotte.person_id, *charlie.person_id);
  EXPECT_EQ(FormatIsoDate(Person(*charlie.person_id)->person.birth_date), "1997-04-22");
}

TEST_F(BeneficiaryFilesTest, TheXlsxFileIsReadWithItsDateSerials) {
  const auto o = DryApplyAgain("fichier_usager_test.xlsx", "Classeur usagers");
  ASSERT_GT(Count(o.dry, "rows"), 0);
  ExpectAppliedAsPlanned(o, Count(o.dry, "rows"));
  // Its one row: the birth date is the serial 29546 (21/11/1980); the NIR's month 33 is one
  // of the codes used when the month is unknown, so it agrees; the CAF number ISQCJQO is not
  // one and is left out with a warning, the person being created all the same.
  const auto row = Main(o.applied.id, 2);
  EXPECT_EQ(row.outcome, "cree") << row.message;
  ASSERT_TRUE(row.person_id);
  const auto stored = Person(*row.person_id);
  EXPECT_EQ(FormatIsoDate(stored->person.birth_date), "1980-11-21");
  ASSERT_TRUE(stored->person.nir);
  EXPECT_FALSE(stored->person.caf_number);
  const auto warnings = Warnings(o.applied.id, 2);
  EXPECT_TRUE(std::any_of(warnings.begin(), warnings.end(), [](const app::ImportLine& l) {
    return l.code == "caf_number.invalid";
  }));
}

}  // namespace
}  // namespace pacte::testing
