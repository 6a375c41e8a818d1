// The beneficiary imports over HTTP (issue 5): multipart upload through the API and the
// pages, progress polling, report, cancellation, mappings API, permissions and bad input.
// Runners and readers are the stand-ins / fakes until packages A, B, C and E are merged.

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include <nlohmann/json.hpp>

#include "support/auth_helpers.hpp"
#include "support/fake_import_runners.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {
namespace {

using J = nlohmann::json;
const char* kBoundary = "----pacteTestBoundary";
const std::string kCsv = "Nom;Prénom;Date de naissance\nDUPONT;Jean;01/02/1980\nMARTIN;Léa;03/04/1990\n";

struct Part {
  std::string name;
  std::string value;
  std::optional<std::string> filename{};
};

std::string Multipart(const std::vector<Part>& parts) {
  std::string body;
  for (const auto& p : parts) {
    body += std::string("--") + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + p.name +
            "\"";
    if (p.filename) body += "; filename=\"" + *p.filename + "\"\r\nContent-Type: text/csv";
    body += "\r\n\r\n" + p.value + "\r\n";
  }
  return body + "--" + kBoundary + "--\r\n";
}

class ImportsHttp : public ::testing::Test {
 protected:
  explicit ImportsHttp(std::unique_ptr<TestServer> s = std::make_unique<TestServer>())
      : server_(std::move(s)), server(*server_) {}
  void SetUp() override {
    auto& st = server.db().store();
    coordinator = CreateAgent(st, server.clock(), server.settings(), "coord@cd92.fr", {Role::kCoordinateur});
    officer = CreateAgent(st, server.clock(), server.settings(), "co@cd92.fr", {Role::kChargeOrientation});
    other = CreateAgent(st, server.clock(), server.settings(), "co2@cd92.fr", {Role::kChargeOrientation});
    referent = CreateAgent(st, server.clock(), server.settings(), "ref@cd92.fr", {Role::kReferent});
    tokens[coordinator] = CreateApiToken(st, server.clock(), coordinator);
    tokens[officer] = CreateApiToken(st, server.clock(), officer);
    tokens[other] = CreateApiToken(st, server.clock(), other);
    tokens[referent] = CreateApiToken(st, server.clock(), referent);
  }

  ClientResponse Api(const std::string& method, const std::string& path, std::int64_t who,
                     const std::string& body = "", const std::string& type = "application/json") {
    std::map<std::string, std::string> h{{"Authorization", "Bearer " + tokens[who]}};
    if (!body.empty()) h["Content-Type"] = type;
    return Send(server.port(), ClientRequest{method, path, h, body});
  }
  ClientResponse Upload(std::int64_t who, const std::vector<Part>& parts) {
    return Api("POST", "/api/v1/imports", who, Multipart(parts),
               std::string("multipart/form-data; boundary=") + kBoundary);
  }
  void CreateMapping(const std::string& name = "Liste FT") {
    J m{{"name", name},
        {"source", "France Travail"},
        {"columns", {{"Nom", "last_name"}, {"Prénom", "first_name"}, {"Date de naissance", "birth_date"}}}};
    ASSERT_EQ(Api("POST", "/api/v1/import-mappings", coordinator, m.dump()).status, 201);
  }
  // Polls until the run leaves en_attente / en_cours (or `status` is reached).
  J WaitFor(std::int64_t id, std::int64_t who, const std::string& status = "") {
    J j;
    for (int i = 0; i < 400; ++i) {
      auto r = Api("GET", "/api/v1/imports/" + std::to_string(id), who);
      j = J::parse(r.body);
      std::string s = j["status"];
      if (status.empty() ? (s != "en_attente" && s != "en_cours") : s == status) return j;
      std::this_thread::sleep_for(std::chrono::milliseconds{25});
    }
    ADD_FAILURE() << "l'import n'a pas atteint l'état attendu : " << j.dump();
    return j;
  }
  std::size_t KeptFiles() {
    std::size_t n = 0;
    std::error_code ec;
    for (auto it = std::filesystem::directory_iterator(server.settings().import_dir, ec);
         !ec && it != std::filesystem::directory_iterator(); ++it) {
      ++n;
    }
    return n;
  }

  std::unique_ptr<TestServer> server_;
  TestServer& server;
  std::int64_t coordinator = 0, officer = 0, other = 0, referent = 0;
  std::map<std::int64_t, std::string> tokens;
};

TEST_F(ImportsHttp, AnUploadIsQueuedRunToItsEndAndReported) {
  CreateMapping();
  auto r = Upload(officer, {{"kind", "spreadsheet"}, {"mapping", "Liste FT"}, {"dry_run", "true"},
                            {"file", kCsv, "liste mai.csv"}});
  ASSERT_EQ(r.status, 202) << r.body;
  auto job = J::parse(r.body);
  std::int64_t id = job["id"];
  EXPECT_EQ(r.Header("location"), "/api/v1/imports/" + std::to_string(id));
  EXPECT_EQ(job["links"]["self"], "/api/v1/imports/" + std::to_string(id));
  EXPECT_EQ(job["file_name"], "liste mai.csv");
  auto done = WaitFor(id, officer);
  EXPECT_EQ(done["status"], "terminee") << done.dump();
  EXPECT_EQ(done["progress"]["percent"], 100);
  EXPECT_EQ(done["counts"]["rows"], 2);
  EXPECT_TRUE(done["dry_run"]);

  // A dry run of two persons not yet known: both would be created.
  auto lines = Api("GET", "/api/v1/imports/" + std::to_string(id) + "/lines?outcome=cree", officer);
  ASSERT_EQ(lines.status, 200) << lines.body;
  EXPECT_EQ(J::parse(lines.body)["total"], 2);
  EXPECT_EQ(J::parse(lines.body)["items"][0]["line"], 2);
  auto bad_outcome = Api("GET", "/api/v1/imports/" + std::to_string(id) + "/lines?outcome=x", officer);
  EXPECT_EQ(bad_outcome.status, 422);

  auto csv = Api("GET", "/api/v1/imports/" + std::to_string(id) + "/report?format=csv", officer);
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv.body.find("Ligne;Référence;Résultat;Code;Message"), std::string::npos);
  EXPECT_NE(csv.Header("content-disposition").find("rapport.csv"), std::string::npos);
  EXPECT_EQ(Api("GET", "/api/v1/imports/" + std::to_string(id) + "/report?format=pdf", officer).status, 422);

  auto list = Api("GET", "/api/v1/imports?kind=spreadsheet", officer);
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(J::parse(list.body)["total"], 1);
  // The dry run's file is kept for the apply.
  EXPECT_EQ(KeptFiles(), 1u);
  auto apply = Upload(officer, {{"kind", "spreadsheet"}, {"mapping", "Liste FT"},
                                {"plan_of", std::to_string(id)}});
  ASSERT_EQ(apply.status, 202) << apply.body;
  auto applied = WaitFor(J::parse(apply.body)["id"], officer);
  EXPECT_EQ(applied["plan_of"], id);
  EXPECT_EQ(KeptFiles(), 0u);
}

TEST_F(ImportsHttp, PermissionsRefuseReferentsAndHideOtherOfficersImports) {
  CreateMapping();
  auto refused = Upload(referent, {{"kind", "spreadsheet"}, {"mapping", "Liste FT"},
                                   {"file", kCsv, "l.csv"}});
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(KeptFiles(), 0u);  // a refused upload never reaches the disk
  EXPECT_EQ(Upload(officer, {{"kind", "caf"}, {"file", "<x/>", "f.xml"}}).status, 403);
  auto mine = Upload(officer, {{"kind", "spreadsheet"}, {"mapping", "Liste FT"}, {"file", kCsv, "l.csv"}});
  ASSERT_EQ(mine.status, 202);
  std::string path = "/api/v1/imports/" + std::to_string(J::parse(mine.body)["id"].get<int>());
  WaitFor(J::parse(mine.body)["id"], officer);
  EXPECT_EQ(Api("GET", path, other).status, 404);
  EXPECT_EQ(Api("GET", path + "/lines", other).status, 404);
  EXPECT_EQ(Api("GET", path + "/report", other).status, 404);
  EXPECT_EQ(Api("POST", path + "/cancel", other).status, 404);
  EXPECT_EQ(Api("GET", path, referent).status, 403);
  EXPECT_EQ(Api("GET", path, coordinator).status, 200);
  EXPECT_EQ(Api("GET", "/api/v1/imports/abc", coordinator).status, 404);
  EXPECT_EQ(Api("GET", "/api/v1/imports", referent).status, 403);
}

TEST_F(ImportsHttp, BadUploadsGetFrenchProblems) {
  CreateMapping();
  auto not_multipart = Api("POST", "/api/v1/imports", officer, "kind=caf",
                           "application/x-www-form-urlencoded");
  EXPECT_EQ(not_multipart.status, 400);
  EXPECT_NE(J::parse(not_multipart.body)["detail"].get<std::string>().find("multipart/form-data"),
            std::string::npos);
  auto body = Multipart({{"kind", "spreadsheet"}, {"file", kCsv, "l.csv"}});
  auto truncated = Api("POST", "/api/v1/imports", officer, body.substr(0, body.size() - 40),
                       std::string("multipart/form-data; boundary=") + kBoundary);
  EXPECT_EQ(truncated.status, 400);
  EXPECT_EQ(J::parse(truncated.body)["code"], "request.multipart_invalid");
  auto empty = Upload(officer, {{"kind", "spreadsheet"}, {"mapping", "Liste FT"}, {"file", "", "vide.csv"}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("vide"), std::string::npos);
  auto no_mapping = Upload(officer, {{"kind", "spreadsheet"}, {"file", kCsv, "l.csv"}});
  EXPECT_EQ(no_mapping.status, 422);
  EXPECT_EQ(J::parse(no_mapping.body)["errors"][0]["field"], "mapping");
  auto bad_flag = Upload(officer, {{"kind", "spreadsheet"}, {"dry_run", "peut-être"}, {"file", kCsv, "l.csv"}});
  EXPECT_EQ(bad_flag.status, 422);
  EXPECT_EQ(KeptFiles(), 0u);  // nothing left behind by refused uploads
}

app::Settings SmallLimits() {
  auto s = TestSettings();
  s.max_body_bytes = 8 * 1024;
  s.max_upload_bytes = 64 * 1024;
  return s;
}

class ImportsLimitsHttp : public ImportsHttp {
 protected:
  ImportsLimitsHttp() : ImportsHttp(std::make_unique<TestServer>(SmallLimits())) {}
};

TEST_F(ImportsLimitsHttp, UploadRoutesAcceptUpToMaxUploadBytesAndAnswer413Above) {
  CreateMapping();
  std::string big = "Nom;Prénom\n";
  while (big.size() < 20 * 1024) big += "DUPONT;Jean\n";
  auto ok = Upload(officer, {{"kind", "spreadsheet"}, {"mapping", "Liste FT"}, {"file", big, "l.csv"}});
  EXPECT_EQ(ok.status, 202) << ok.body;  // above max_body_bytes, below max_upload_bytes
  std::string huge(70 * 1024, 'x');
  auto over = Upload(officer, {{"kind", "spreadsheet"}, {"mapping", "Liste FT"}, {"file", huge, "l.csv"}});
  EXPECT_EQ(over.status, 413);
  // Other routes keep max_body_bytes.
  auto other_route = Api("POST", "/api/v1/import-mappings", coordinator, std::string(10 * 1024, ' '));
  EXPECT_EQ(other_route.status, 413);
}

class ImportsCancelHttp : public ImportsHttp {
 protected:
  ImportsCancelHttp()
      : ImportsHttp(std::make_unique<TestServer>(
            [](app::Store& store, const app::Clock& clock, const app::IntakeDeps&) {
              return app::ImportRunners{WaitForCancelRunner(store, clock),
                                        WaitForCancelRunner(store, clock)};
            })) {}
};

TEST_F(ImportsCancelHttp, ARunningImportShowsItsProgressAndIsCancelled) {
  CreateMapping();
  auto r = Upload(officer, {{"kind", "spreadsheet"}, {"mapping", "Liste FT"}, {"file", kCsv, "l.csv"}});
  ASSERT_EQ(r.status, 202);
  std::int64_t id = J::parse(r.body)["id"];
  server.clock().Advance(std::chrono::seconds{0});
  auto running = WaitFor(id, officer, "en_cours");
  EXPECT_EQ(running["progress"]["percent"], 50);
  auto cancel = Api("POST", "/api/v1/imports/" + std::to_string(id) + "/cancel", officer);
  ASSERT_EQ(cancel.status, 202) << cancel.body;
  EXPECT_TRUE(J::parse(cancel.body)["cancel_requested"]);
  EXPECT_EQ(WaitFor(id, officer)["status"], "annulee");
  EXPECT_EQ(Api("POST", "/api/v1/imports/" + std::to_string(id) + "/cancel", officer).status, 409);
}

TEST_F(ImportsHttp, MappingsApiCreatesReadsUpdatesAndDeletes) {
  CreateMapping();
  auto list = Api("GET", "/api/v1/import-mappings", officer);
  ASSERT_EQ(list.status, 200);
  auto m = J::parse(list.body)["items"][0];
  EXPECT_EQ(m["columns"]["Nom"], "last_name");
  std::string path = "/api/v1/import-mappings/" + std::to_string(m["id"].get<int>());
  const J identifying = {{"Nom", "last_name"}, {"Prénom", "first_name"},
                         {"Date de naissance", "birth_date"}};
  J dup{{"name", "Liste FT"}, {"columns", identifying}};
  EXPECT_EQ(Api("POST", "/api/v1/import-mappings", coordinator, dup.dump()).status, 409);
  J bad{{"name", "X"}, {"columns", {{"Nom", "pointure"}}}};
  auto invalid = Api("POST", "/api/v1/import-mappings", coordinator, bad.dump());
  EXPECT_EQ(invalid.status, 422);
  EXPECT_NE(invalid.body.find("champ inconnu « pointure »"), std::string::npos) << invalid.body;
  EXPECT_EQ(Api("POST", "/api/v1/import-mappings", coordinator, "{").status, 400);
  J update{{"name", "Liste FT mensuelle"}, {"columns", identifying}, {"version", 1}};
  auto updated = Api("PUT", path, officer, update.dump());
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(J::parse(updated.body)["version"], 2);
  EXPECT_EQ(Api("PUT", path, officer, update.dump()).status, 409);  // stale version
  EXPECT_EQ(Api("GET", path, referent).status, 403);
  EXPECT_EQ(Api("DELETE", path, coordinator).status, 204);
  EXPECT_EQ(Api("GET", path, coordinator).status, 404);
}

// --- pages -------------------------------------------------------------------------------

ClientResponse PagePost(TestServer& server, const SessionCookies& s, const std::string& path,
                        const std::string& body, const std::string& type) {
  return Send(server.port(), ClientRequest{"POST", path, {{"Cookie", s.cookie}, {"Content-Type", type}}, body});
}

TEST_F(ImportsHttp, ThePageFlowBuildsAMappingFromTheFileThenSimulates) {
  auto s = LoginSession(server, "co@cd92.fr");
  auto page = server.Get("/imports", {{"Cookie", s.cookie}});
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("enctype=\"multipart/form-data\""), std::string::npos);
  std::string type = std::string("multipart/form-data; boundary=") + kBoundary;
  // CSRF: the token travels inside the multipart body.
  auto no_csrf = PagePost(server, s, "/imports",
                          Multipart({{"kind", "spreadsheet"}, {"file", kCsv, "l.csv"}}), type);
  EXPECT_EQ(no_csrf.status, 403);
  EXPECT_EQ(KeptFiles(), 0u);
  auto up = PagePost(server, s, "/imports",
                     Multipart({{"_csrf", s.csrf}, {"kind", "spreadsheet"}, {"mapping", ""},
                                {"dry_run", "true"}, {"file", kCsv, "liste.csv"}}),
                     type);
  ASSERT_EQ(up.status, 303) << up.body;
  std::string editor = up.Header("location");
  ASSERT_EQ(editor.rfind("/imports/correspondances/nouvelle?fichier=", 0), 0u) << editor;
  auto form = server.Get(editor, {{"Cookie", s.cookie}});
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_NE(form.body.find("Colonne « Date de naissance »"), std::string::npos);
  EXPECT_NE(form.body.find("<option value=\"birth_date\" selected>"), std::string::npos);
  EXPECT_NE(form.body.find("<td>MARTIN</td>"), std::string::npos);  // sample rows
  auto token = editor.substr(editor.find('=') + 1, 39);
  // A forged file parameter never reaches outside the import folder.
  auto forged = server.Get("/imports/correspondances/nouvelle?fichier=..%2F..%2Fetc%2Fpasswd",
                           {{"Cookie", s.cookie}});
  EXPECT_EQ(forged.status, 200);
  EXPECT_EQ(forged.body.find("Colonne «"), std::string::npos);

  auto invalid = PostForm(server, s, "/imports/correspondances/nouvelle",
                          {{"name", ""}, {"fichier", token}, {"nom", "liste.csv"},
                           {"header_0", "Nom"}, {"field_0", "last_name"}});
  EXPECT_EQ(invalid.status, 422);
  EXPECT_NE(invalid.body.find("aria-invalid=\"true\""), std::string::npos);
  auto saved = PostForm(server, s, "/imports/correspondances/nouvelle",
                        {{"name", "Liste mai"}, {"fichier", token}, {"nom", "liste.csv"},
                         {"header_0", "Nom"}, {"field_0", "last_name"},
                         {"header_1", "Prénom"}, {"field_1", "first_name"},
                         {"header_2", "Date de naissance"}, {"field_2", "birth_date"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  std::string detail = saved.Header("location");
  std::int64_t id = std::stoll(detail.substr(std::string("/imports/").size()));
  auto done = WaitFor(id, officer);
  EXPECT_TRUE(done["dry_run"]);
  EXPECT_EQ(done["status"], "terminee");
  auto view = server.Get(detail, {{"Cookie", s.cookie}});
  ASSERT_EQ(view.status, 200);
  EXPECT_NE(view.body.find("<progress id=\"import-bar\" max=\"100\" value=\"100\">"), std::string::npos);
  EXPECT_NE(view.body.find("Appliquer cette simulation"), std::string::npos);
  EXPECT_NE(view.body.find("Inchangé"), std::string::npos);
  auto fragment = server.Get(detail + "/progression", {{"Cookie", s.cookie}, {"HX-Request", "true"}});
  EXPECT_EQ(fragment.status, 200);
  EXPECT_EQ(fragment.Header("hx-refresh"), "true");
  auto apply = PostForm(server, s, detail + "/appliquer", {});
  ASSERT_EQ(apply.status, 303) << apply.body;
  auto applied = WaitFor(std::stoll(apply.Header("location").substr(9)), officer);
  EXPECT_FALSE(applied["dry_run"]);
  EXPECT_EQ(applied["plan_of"], id);
  // The report downloads from the page too.
  auto csv = server.Get(detail + "/rapport?format=csv", {{"Cookie", s.cookie}});
  EXPECT_EQ(csv.status, 200);
  auto mappings = server.Get("/imports/correspondances", {{"Cookie", s.cookie}});
  EXPECT_NE(mappings.body.find("Liste mai"), std::string::npos);
}

TEST_F(ImportsHttp, PagesFollowThePolicy) {
  auto ref = LoginSession(server, "ref@cd92.fr");
  EXPECT_EQ(server.Get("/imports", {{"Cookie", ref.cookie}}).status, 403);
  EXPECT_EQ(server.Get("/imports/correspondances", {{"Cookie", ref.cookie}}).status, 403);
  CreateMapping();
  auto mine = Upload(officer, {{"kind", "spreadsheet"}, {"mapping", "Liste FT"}, {"file", kCsv, "l.csv"}});
  std::int64_t id = J::parse(mine.body)["id"];
  WaitFor(id, officer);
  auto co2 = LoginSession(server, "co2@cd92.fr");
  EXPECT_EQ(server.Get("/imports/" + std::to_string(id), {{"Cookie", co2.cookie}}).status, 404);
  auto form = server.Get("/imports", {{"Cookie", co2.cookie}});
  EXPECT_EQ(form.body.find("Flux CAF / MSA (VRSB0801)"), std::string::npos);  // officers: no CAF
}

TEST_F(ImportsHttp, ACafFluxFromThePageIgnoresTheSpreadsheetOptions) {
  auto s = LoginSession(server, "coord@cd92.fr");
  auto up = PagePost(server, s, "/imports",
                     Multipart({{"_csrf", s.csrf}, {"kind", "caf"}, {"mapping", ""},
                                {"dry_run", "true"}, {"validate", "true"},
                                {"file", "<x/>", "flux.xml"}}),
                     std::string("multipart/form-data; boundary=") + kBoundary);
  ASSERT_EQ(up.status, 303) << up.body;
  auto done = WaitFor(std::stoll(up.Header("location").substr(9)), coordinator);
  EXPECT_EQ(done["kind"], "caf");
  EXPECT_FALSE(done["dry_run"]);
  EXPECT_EQ(done["options"]["validate"], true);
  // An empty file comes back to the form with the error next to the field.
  auto empty = PagePost(server, s, "/imports",
                        Multipart({{"_csrf", s.csrf}, {"kind", "caf"}, {"file", "", "vide.xml"}}),
                        std::string("multipart/form-data; boundary=") + kBoundary);
  EXPECT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("id=\"import-file-error\">Le fichier est vide (0 octet).</p>"),
            std::string::npos);
}

}  // namespace
}  // namespace pacte::testing
