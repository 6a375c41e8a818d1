// Column mappings and the preview of a spreadsheet (issue 5, package C).

#include "app/intake/spreadsheet_preview.hpp"
#include "spreadsheet_import_fixture.hpp"

namespace pacte::testing {
namespace {

bool HasField(const Error& e, const std::string& field, const std::string& part) {
  for (const auto& f : e.fields) {
    if (f.field == field && Contains(f.message, part)) return true;
  }
  return false;
}

TEST_F(SpreadsheetImportTest, AMappingIsCheckedFieldByFieldInFrench) {
  app::ImportMapping m{std::string(101, 'x'), "", {{"A", "last_name"}, {"B", "last_name"},
                                                   {"C", "pointure"}, {"D", "email"}},
                       {{"header_row", 0}}};
  auto r = app::SaveMapping(db.store(), clock, officer, std::nullopt, 0, m);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "import_mapping.invalid");
  EXPECT_TRUE(HasField(r.error(), "name", "100 caractères"));
  EXPECT_TRUE(HasField(r.error(), "columns", "associé à deux colonnes"));
  EXPECT_TRUE(HasField(r.error(), "columns", "champ inconnu « pointure »"));
  EXPECT_TRUE(HasField(r.error(), "columns", "colonne d'identification"));
  EXPECT_TRUE(HasField(r.error(), "options", "ligne des en-têtes"));
  m.name = "  ";
  EXPECT_TRUE(HasField(app::SaveMapping(db.store(), clock, officer, std::nullopt, 0, m).error(),
                       "name", "Indiquez le nom"));
  EXPECT_EQ(AuditCount("import_mapping.create"), 1);  // the fixture's mapping only
}

TEST_F(SpreadsheetImportTest, AMappingIsUpdatedByVersionRenamedUniquelyAndDeleted) {
  auto stored = app::GetMapping(db.store(), officer, mapping_id);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->mapping.columns["ID Iodas"], "internal_id");
  EXPECT_EQ(stored->created_by, referent_id);
  auto m = stored->mapping;
  m.columns["Role"] = "";  // unmapped
  auto updated = app::SaveMapping(db.store(), clock, officer, mapping_id, 1, m);
  ASSERT_TRUE(updated);
  EXPECT_EQ(updated->version, 2);
  EXPECT_FALSE(updated->mapping.columns.contains("Role"));
  auto stale = app::SaveMapping(db.store(), clock, officer, mapping_id, 1, m);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  const auto other = SaveMappingOf("Autre", {{"NIR", "nir"}});
  m.name = "Autre";
  auto taken = app::SaveMapping(db.store(), clock, officer, mapping_id, 2, m);
  ASSERT_FALSE(taken);
  EXPECT_EQ(taken.error().code, "import_mapping.name_taken");
  ASSERT_TRUE(app::DeleteMapping(db.store(), clock, officer, other));
  EXPECT_EQ(app::GetMapping(db.store(), officer, other).error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(app::ListMappings(db.store(), officer)->size(), 1U);
  EXPECT_EQ(AuditCount("import_mapping.update"), 1);
  EXPECT_EQ(AuditCount("import_mapping.delete"), 1);
}

TEST_F(SpreadsheetImportTest, AMappingAnImportUsedIsNeverDeleted) {
  Import("/files/usagers.csv", {Paul()}, /*dry_run=*/true);
  auto refused = app::DeleteMapping(db.store(), clock, officer, mapping_id);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "import_mapping.in_use");
  EXPECT_TRUE(app::GetMapping(db.store(), officer, mapping_id));
  EXPECT_EQ(AuditCount("import_mapping.delete"), 0);
}

TEST_F(SpreadsheetImportTest, OnlyTheIntakeRolesManageMappings) {
  const auto referent = Agent(Role::kReferent, referent_id);
  EXPECT_EQ(app::ListMappings(db.store(), referent).error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(app::DeleteMapping(db.store(), clock, referent, mapping_id).error().kind,
            ErrorKind::kForbidden);
  app::ImportMapping m{"X", "", {{"NIR", "nir"}}, nlohmann::json::object()};
  EXPECT_EQ(app::SaveMapping(db.store(), clock, referent, std::nullopt, 0, m).error().kind,
            ErrorKind::kForbidden);
}

TEST_F(SpreadsheetImportTest, ThePreviewShowsTwentyRowsSuggestionsAndHowAMappingFits) {
  std::vector<Row600> rows(25, Paul());
  AddFile("/preview.csv", rows);
  app::PreviewOptions options;
  auto p = app::PreviewSpreadsheet(db.store(), deps, officer, "/preview.csv", options);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->rows.size(), 20U);
  EXPECT_TRUE(p->more_rows);
  EXPECT_EQ(p->info.headers, k600Headers);
  ASSERT_EQ(p->suggestions.size(), k600Headers.size());
  EXPECT_EQ(p->suggestions[0], "civility");
  EXPECT_EQ(p->suggestions[5], "birth_date");
  EXPECT_EQ(p->suggestions[6], "postal_code_city");
  EXPECT_EQ(p->suggestions[8], "internal_id");
  auto m = app::MappingFromSuggestions(*p, "Suggérée");
  ASSERT_TRUE(app::ValidateMapping(m));
  EXPECT_EQ(m.columns["N° CAF"], "caf_number");

  app::Write(db.store(), [&](app::UnitOfWork& uow) {
    auto stored = uow.ImportMappings().Find(mapping_id);
    stored->mapping.columns["NIR"] = "nir";
    stored->mapping.columns.erase("Référent");
    return uow.ImportMappings().Update(mapping_id, 1, stored->mapping, clock.Now());
  });
  options.mapping_id = mapping_id;
  auto fit = app::PreviewSpreadsheet(db.store(), deps, officer, "/preview.csv", options);
  ASSERT_TRUE(fit);
  EXPECT_EQ(fit->missing_headers, std::vector<std::string>{"NIR"});
  EXPECT_EQ(fit->unmapped_headers, std::vector<std::string>{"Référent"});
  EXPECT_EQ(fit->mapped_fields[2], "last_name");
  EXPECT_EQ(fit->mapped_fields[9], "");
}

TEST_F(SpreadsheetImportTest, ThePreviewReturnsTheReadersErrorAndRefusesOtherRoles) {
  auto missing = app::PreviewSpreadsheet(db.store(), deps, officer, "/nope.csv", {});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::kNotFound);
  auto refused = app::PreviewSpreadsheet(db.store(), deps, Agent(Role::kLecteurStats),
                                         "/nope.csv", {});
  EXPECT_EQ(refused.error().kind, ErrorKind::kForbidden);
}

}  // namespace
}  // namespace pacte::testing
