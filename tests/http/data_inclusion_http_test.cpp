// The data·inclusion exchange over HTTP: the export API (JSON pages and CSV), the import API
// and the upload page with its report, with their permissions.

#include "http/organisations_http_fixture.hpp"
#include "storage/sql_unit_of_work.hpp"
#include "support/offer_helpers.hpp"

namespace pacte::testing {
namespace {

using J = nlohmann::json;

class DataInclusionHttp : public OrganisationsHttpTest {
 protected:
  void SetUp() override {
    ImportHautsDeSeine();
    auto inst = SeedInstitution("Association Repères", "association");
    op = SeedStructure(inst, "Repères Nanterre", "92050", "autre_hors_spe", true).id;
  }
  std::int64_t op = 0;

  static std::string File() {
    J structure{{"source", "cd92"}, {"id", "cd92--lien"}, {"nom", "Association Lien"},
                   {"date_maj", "2026-10-01"}, {"code_insee", "92012"}, {"telephone", "0102030405"}};
    J service{{"source", "cd92"}, {"structure_id", "cd92--lien"}, {"id", "cd92--s1"},
                 {"nom", "Atelier CV"}, {"description", std::string(60, 'x')},
                 {"date_maj", "2026-10-01"}, {"thematiques", {"preparer-sa-candidature--valoriser-ses-competences"}},
                 {"publics", {"tous-publics"}}, {"telephone", "0102030405"}};
    J bad = service;
    bad["id"] = "cd92--bad";
    bad["thematiques"] = {"inconnue--x"};
    return structure.dump() + "\n" + service.dump() + "\n" + bad.dump() + "\n";
  }

  std::int64_t Count(const std::string& table) {
    std::int64_t n = 0;
    server.db().store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      n = dynamic_cast<storage::SqlUnitOfWork&>(uow).connection()
              .Query("SELECT COUNT(*) FROM " + table).rows.at(0).Int(0);
      return true;
    });
    return n;
  }
};

TEST_F(DataInclusionHttp, TheExportApiPagesValidRecordsAndServesCsv) {
  CreateTestAction(server.db().store(), clock, op, {.name = "Atelier mobilité"});
  CreateTestAction(server.db().store(), clock, op, {.name = "Atelier CV"});
  auto r = Api("GET", "/api/v1/data-inclusion/services?page_size=1&page=2", "referent");
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = Json(r);
  EXPECT_EQ(j["total"], 2);
  EXPECT_EQ(j["page"], 2);
  ASSERT_EQ(j["items"].size(), 1u);
  EXPECT_EQ(j["items"][0]["nom"], "Atelier CV");
  EXPECT_EQ(j["items"][0]["zone_eligibilite"], J({"92"}));
  auto s = Api("GET", "/api/v1/data-inclusion/structures", "operateur");
  ASSERT_EQ(s.status, 200);
  EXPECT_EQ(Json(s)["items"][0]["id"], "pacte-92--" + std::to_string(op));
  auto csv = Api("GET", "/api/v1/data-inclusion/services?format=csv", "coordinateur");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.Header("content-type").rfind("text/csv", 0), 0u);
  EXPECT_NE(csv.body.find("Atelier mobilité"), std::string::npos);
  EXPECT_NE(csv.body.find("Atelier CV"), std::string::npos);  // every record without page
  EXPECT_EQ(Api("GET", "/api/v1/data-inclusion/services?format=xml", "referent").status, 422);
  EXPECT_EQ(Api("GET", "/api/v1/data-inclusion/services", "lecteur_stats").status, 403);
}

TEST_F(DataInclusionHttp, TheImportApiChecksThenAppliesTheRawFile) {
  auto dry = Api("POST", "/api/v1/data-inclusion/imports?dry_run=true&file_name=lot.jsonl",
                 "coordinateur", File());
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(Json(dry)["services_created"], 1);
  EXPECT_EQ(Json(dry)["rejected"], 1);
  EXPECT_EQ(Json(dry)["file_name"], "lot.jsonl");
  EXPECT_EQ(Count("actions"), 0);
  auto applied = Api("POST", "/api/v1/data-inclusion/imports", "admin", File());
  ASSERT_EQ(applied.status, 201) << applied.body;
  auto report = Json(applied)["report"];
  ASSERT_EQ(report.size(), 3u);
  EXPECT_EQ(report[2]["outcome"], "rejete");
  EXPECT_EQ(report[2]["errors"][0]["field"], "thematiques[0]");
  EXPECT_EQ(report[2]["errors"][0]["message"], "code inconnu « inconnue--x »");
  EXPECT_EQ(Count("actions"), 1);
  auto truncated = Api("POST", "/api/v1/data-inclusion/imports", "admin", "[{\"id\": \"x\"");
  ASSERT_EQ(truncated.status, 422);
  EXPECT_NE(Json(truncated)["broken"].get<std::string>().find("Fichier tronqué"), std::string::npos);
  EXPECT_EQ(Api("POST", "/api/v1/data-inclusion/imports", "referent", File()).status, 403);
  EXPECT_EQ(Api("POST", "/api/v1/data-inclusion/imports?dry_run=peut-etre", "admin", File()).status, 422);
}

TEST_F(DataInclusionHttp, TheUploadPageVerifiesFirstThenAppliesAndShowsTheReport) {
  auto form = Page("/offre/import", "coordinateur");
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("<h1>Import data·inclusion</h1>"), std::string::npos);
  EXPECT_NE(form.body.find("href=\"/offre/import\""), std::string::npos);  // menu entry
  EXPECT_EQ(Page("/offre/import", "referent").status, 403);
  EXPECT_EQ(Page("/", "referent").body.find("href=\"/offre/import\""), std::string::npos);

  auto checked = PostForm("/offre/import", "coordinateur",
                          {{"content", File()}, {"file_name", "lot.jsonl"}, {"mode", "verifier"}});
  ASSERT_EQ(checked.status, 200);
  EXPECT_NE(checked.body.find("rien n&apos;a été écrit"), std::string::npos) << checked.body.substr(0, 3000);
  EXPECT_NE(checked.body.find("value=\"appliquer\""), std::string::npos);
  EXPECT_EQ(Count("actions"), 0);

  auto applied = PostForm("/offre/import", "coordinateur",
                          {{"content", File()}, {"file_name", "lot.jsonl"}, {"mode", "appliquer"}});
  ASSERT_EQ(applied.status, 303);
  auto location = applied.Header("location");
  EXPECT_EQ(location.rfind("/offre/imports/", 0), 0u);
  EXPECT_EQ(Count("actions"), 1);
  auto report = Page(location, "coordinateur");
  ASSERT_EQ(report.status, 200);
  EXPECT_NE(report.body.find("code inconnu « inconnue--x »"), std::string::npos);
  EXPECT_NE(report.body.find("<th scope=\"col\">Constats</th>"), std::string::npos);
  EXPECT_EQ(Page(location, "operateur").status, 403);
  EXPECT_EQ(Page("/offre/imports/999999", "coordinateur").status, 404);
}

TEST_F(DataInclusionHttp, AnEmptyUploadIsAFieldErrorAndABrokenFileStaysOnTheForm) {
  auto empty = PostForm("/offre/import", "admin", {{"content", "  "}, {"mode", "appliquer"}});
  ASSERT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("Choisissez un fichier ou collez son contenu."), std::string::npos);
  EXPECT_NE(empty.body.find("aria-invalid=\"true\""), std::string::npos);
  auto broken = PostForm("/offre/import", "admin", {{"content", "[{\"id\": 1},"}, {"mode", "appliquer"}});
  ASSERT_EQ(broken.status, 422);
  EXPECT_NE(broken.body.find("Fichier tronqué"), std::string::npos);
  EXPECT_EQ(broken.body.find("value=\"appliquer\" class"), std::string::npos);
  EXPECT_EQ(Count("catalogue_imports"), 1);
}

}  // namespace
}  // namespace pacte::testing
