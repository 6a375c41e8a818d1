// Export of the catalogue as data·inclusion v1 records on SQLite and PostgreSQL: every record
// is valid against the embedded schemas; zones, identities and pagination.

#include "app/data_inclusion/json_schema.hpp"
#include "storage/data_inclusion_fixture.hpp"
#include "support/offer_helpers.hpp"

namespace pacte::testing {
namespace {

using Json = nlohmann::json;

class DataInclusionExport : public DataInclusionDb {
 protected:
  std::vector<Json> All(app::DiKind kind) {
    auto r = app::ExportAllRecords(db.store(), settings, system, kind);
    if (!r) throw std::runtime_error(r.error().message);
    return *r;
  }
  void Execute(const std::string& sql) {
    db.store().Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
      dynamic_cast<storage::SqlUnitOfWork&>(uow).connection().Execute(sql);
      return true;
    });
  }
};

std::string Issues(const std::vector<app::SchemaIssue>& issues) {
  std::string out;
  for (const auto& i : issues) out += i.path + " : " + i.message + "\n";
  return out;
}

TEST_F(DataInclusionExport, EveryExportedRecordIsValidAgainstTheSchemas) {
  auto whole = CreateTestAction(db.store(), clock, org.structure_id, {.name = "Atelier CV"});
  auto zoned = CreateTestAction(db.store(), clock, org.structure_id,
                                {.name = "Permis", .zone_communes = {"92050"}});
  auto territory = CreateTestAction(db.store(), clock, org.structure_id, {.name = "Garde"});
  Execute("INSERT INTO action_codes (action_id, list, code) VALUES (" +
          std::to_string(territory) + ", 'zone_territory', '" + std::to_string(org.territory_id) +
          "')");
  CreateTestAction(db.store(), clock, org.structure_id, {.name = "Brouillon", .status = "brouillon"});
  Import(LinesFile({DiStructureRecord(), DiServiceRecord("cd92--s1")}));

  auto services = All(app::DiKind::kServices);
  ASSERT_EQ(services.size(), 4u);  // three published pacte actions and the imported one
  for (const auto& s : services) {
    EXPECT_TRUE(app::ServiceSchema().Validate(s).empty()) << s.dump() << "\n"
                                                          << Issues(app::ServiceSchema().Validate(s));
  }
  auto structures = All(app::DiKind::kStructures);
  ASSERT_EQ(structures.size(), 2u);
  for (const auto& s : structures) {
    EXPECT_TRUE(app::StructureSchema().Validate(s).empty()) << s.dump();
  }
  const std::string own = "pacte-92--" + std::to_string(org.structure_id);
  EXPECT_EQ(structures[0]["id"], own);
  EXPECT_EQ(structures[0]["source"], "pacte-92");
  EXPECT_EQ(structures[1]["id"], "cd92--asso-lien");
  EXPECT_EQ(structures[1]["siret"], "12345678901234");
  EXPECT_EQ(services[0]["structure_id"], own);
  EXPECT_EQ(services[0]["zone_eligibilite"], Json({"92"}));          // no zone: département
  EXPECT_EQ(services[1]["zone_eligibilite"], Json({"92050"}));
  EXPECT_EQ(services[2]["zone_eligibilite"], Json({"92050"}));       // territory → communes
  EXPECT_EQ(services[3]["id"], "cd92--s1");
  EXPECT_EQ(services[3]["structure_id"], "cd92--asso-lien");
  EXPECT_EQ(services[0]["thematiques"], Json({"mobilite--preparer-un-permis"}));
  (void)whole;
  (void)zoned;
}

TEST_F(DataInclusionExport, PagesAreOrderedByIdWithTheTotal) {
  for (int i = 0; i < 3; ++i) {
    CreateTestAction(db.store(), clock, org.structure_id, {.name = "Action " + std::to_string(i)});
  }
  auto page = app::ExportRecords(db.store(), settings, system, app::DiKind::kServices, {2, 2});
  ASSERT_TRUE(page);
  EXPECT_EQ(page->total, 3);
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0]["nom"], "Action 2");
}

TEST_F(DataInclusionExport, ExportedServicesReimportAsUnchangedRecordsOfTheirSource) {
  Import(LinesFile({DiStructureRecord(), DiServiceRecord("cd92--s1")}));
  auto services = All(app::DiKind::kServices);
  auto structures = All(app::DiKind::kStructures);
  ASSERT_EQ(structures.size(), 1u);  // the pacte structure runs no published action
  ASSERT_EQ(services.size(), 1u);
  std::vector<Json> mine{structures.at(0), services.at(0)};
  auto again = Import(ArrayFile(mine));
  EXPECT_EQ(again.journal.unchanged, 2) << app::ImportReportJson(again).dump();
}

TEST_F(DataInclusionExport, StatisticsReadersMayNotExport) {
  app::Actor reader;
  reader.agent_id = 5;
  reader.roles = {Role::kLecteurStats};
  auto r = app::ExportRecords(db.store(), settings, reader, app::DiKind::kServices, {});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
}

}  // namespace
}  // namespace pacte::testing
