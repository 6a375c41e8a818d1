// The JSON API of institutions, structures and the territory (roles via FakeAuthGate).

#include "http/organisations_http_fixture.hpp"

namespace pacte::testing {
namespace {

using nlohmann::json;

class OrganisationsApiTest : public OrganisationsHttpTest {
 protected:
  json CreateInstitutionJson(const json& body, int expected_status = 201) {
    auto r = Api("POST", "/api/v1/institutions", "coordinateur", body.dump());
    EXPECT_EQ(r.status, expected_status) << r.body;
    return Json(r);
  }
};

TEST_F(OrganisationsApiTest, NeedsAToken) {
  for (const char* path :
       {"/api/v1/institutions", "/api/v1/structures", "/api/v1/territories", "/api/v1/communes"}) {
    auto r = Api("GET", path, "");
    EXPECT_EQ(r.status, 401) << path;
    EXPECT_NE(r.Header("content-type").find("application/problem+json"), std::string::npos);
  }
}

TEST_F(OrganisationsApiTest, CreateGetAndListInstitutions) {
  auto created = CreateInstitutionJson({{"name", "CAF des Hauts-de-Seine"},
                                        {"kind", "caf"},
                                        {"siret", "44306184100047"},
                                        {"is_pact_signatory", true}});
  EXPECT_EQ(created["kind"], "caf");
  EXPECT_EQ(created["kind_label"], "Caisse d'allocations familiales (CAF)");
  EXPECT_EQ(created["version"], 1);
  CreateInstitutionJson({{"name", "Association Relais"}, {"kind", "association"}});
  auto id = created["id"].get<std::int64_t>();
  auto got = Api("GET", "/api/v1/institutions/" + std::to_string(id), "lecteur_stats");
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(Json(got)["siret"], "44306184100047");

  auto list = Json(Api("GET", "/api/v1/institutions?is_pact_signatory=true", "signataire"));
  EXPECT_EQ(list["total"], 1);
  EXPECT_EQ(list["page"], 1);
  EXPECT_EQ(list["page_size"], 25);
  ASSERT_EQ(list["items"].size(), 1u);
  EXPECT_EQ(list["items"][0]["name"], "CAF des Hauts-de-Seine");
  auto paged = Json(Api("GET", "/api/v1/institutions?page=2&page_size=1", "admin"));
  EXPECT_EQ(paged["total"], 2);
  EXPECT_EQ(paged["items"][0]["name"], "CAF des Hauts-de-Seine");
  EXPECT_EQ(Json(Api("GET", "/api/v1/institutions?kind=association&q=relais", "admin"))["total"],
            1);
}

TEST_F(OrganisationsApiTest, InstitutionBodiesAreCheckedStrictly) {
  auto malformed = Api("POST", "/api/v1/institutions", "admin", "{\"name\": ");
  EXPECT_EQ(malformed.status, 400);
  EXPECT_EQ(Api("POST", "/api/v1/institutions", "admin", "[1]").status, 400);

  auto unknown = Api("POST", "/api/v1/institutions", "admin",
                     json{{"name", "X"}, {"kind", "autre"}, {"color", "red"}}.dump());
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(ProblemFields(unknown), std::vector<std::string>{"color"});

  auto mistyped = Api("POST", "/api/v1/institutions", "admin",
                      json{{"name", 12}, {"kind", "autre"}, {"is_pact_signatory", "oui"}}.dump());
  EXPECT_EQ(mistyped.status, 422);
  EXPECT_EQ(ProblemFields(mistyped), (std::vector<std::string>{"name", "is_pact_signatory"}));

  auto siret = Api("POST", "/api/v1/institutions", "admin",
                   json{{"name", "X"}, {"kind", "autre"}, {"siret", "73282932000075"}}.dump());
  EXPECT_EQ(siret.status, 422);
  EXPECT_EQ(ProblemFields(siret), std::vector<std::string>{"siret"});
  EXPECT_NE(Json(siret)["errors"][0]["detail"].get<std::string>().find("clé de contrôle"),
            std::string::npos);

  auto missing = Api("POST", "/api/v1/institutions", "admin", json{{"siret", ""}}.dump());
  EXPECT_EQ(ProblemFields(missing), (std::vector<std::string>{"name", "kind"}));
  EXPECT_EQ(
      Api("POST", "/api/v1/institutions", "referent", json{{"name", "X"}, {"kind", "autre"}}.dump())
          .status,
      403);
  EXPECT_EQ(Json(Api("GET", "/api/v1/institutions", "admin"))["total"], 0);
  EXPECT_EQ(Api("GET", "/api/v1/institutions?kind=pole_emploi", "admin").status, 422);
  EXPECT_EQ(ProblemFields(Api("GET", "/api/v1/institutions?page=x&page_size=500", "admin")),
            (std::vector<std::string>{"page", "page_size"}));
}

TEST_F(OrganisationsApiTest, PatchInstitutionNeedsTheVersion) {
  auto id = std::to_string(
      CreateInstitutionJson({{"name", "CCAS"}, {"kind", "ccas"}, {"siret", "73282932000074"}})["id"]
          .get<std::int64_t>());
  auto path = "/api/v1/institutions/" + id;
  auto no_version = Api("PATCH", path, "admin", json{{"name", "CCAS de Clichy"}}.dump());
  EXPECT_EQ(no_version.status, 422);
  EXPECT_EQ(ProblemFields(no_version), std::vector<std::string>{"version"});
  auto ok = Api("PATCH", path, "admin", json{{"version", 1}, {"siret", nullptr}}.dump());
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_TRUE(Json(ok)["siret"].is_null());
  EXPECT_EQ(Json(ok)["name"], "CCAS");
  EXPECT_EQ(Json(ok)["version"], 2);
  auto stale = Api("PATCH", path, "admin", json{{"version", 1}, {"name", "Y"}}.dump());
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(Json(stale)["code"], "version.stale");
  auto bad = Api("PATCH", path, "admin", json{{"version", 2}, {"siret", "123"}}.dump());
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(ProblemFields(bad), std::vector<std::string>{"siret"});
  EXPECT_EQ(
      Api("PATCH", "/api/v1/institutions/999999", "admin", json{{"version", 1}}.dump()).status,
      404);
  EXPECT_EQ(Api("GET", "/api/v1/institutions/abc", "admin").status, 404);
  // Permission comes before reading the body: no field report for a role that may not write.
  for (const char* body : {"pas du json", "{\"inconnu\": 1}"}) {
    EXPECT_EQ(Api("POST", "/api/v1/institutions", "referent", body).status, 403) << body;
    EXPECT_EQ(Api("POST", "/api/v1/structures", "operateur", body).status, 403) << body;
    EXPECT_EQ(Api("PATCH", path, "signataire", body).status, 403) << body;
  }
  EXPECT_EQ(Api("PATCH", path, "operateur", json{{"version", 2}}.dump()).status, 403);
}

TEST_F(OrganisationsApiTest, DuplicateSiretIsAConflict) {
  CreateInstitutionJson({{"name", "A"}, {"kind", "autre"}, {"siret", "73282932000074"}});
  auto twin = Api("POST", "/api/v1/institutions", "admin",
                  json{{"name", "B"}, {"kind", "autre"}, {"siret", "732 829 320 00074"}}.dump());
  EXPECT_EQ(twin.status, 409);
  EXPECT_EQ(ProblemFields(twin), std::vector<std::string>{"siret"});
}

TEST_F(OrganisationsApiTest, StructuresLifecycle) {
  ImportHautsDeSeine();
  auto inst = CreateInstitutionJson({{"name", "CCAS de Nanterre"}, {"kind", "ccas"}})["id"];
  json body{{"institution_id", inst},
            {"name", "Accueil Nanterre"},
            {"commune_code", "92050"},
            {"drees_category", "ccas_cias"},
            {"is_referent_body", true},
            {"phone", "01 47 29 30 00"},
            {"email", "accueil@ccas.example.fr"}};
  auto created = Api("POST", "/api/v1/structures", "coordinateur", body.dump());
  ASSERT_EQ(created.status, 201) << created.body;
  auto s = Json(created);
  EXPECT_EQ(created.Header("location"), "/api/v1/structures/" + std::to_string(s["id"].get<int>()));
  EXPECT_EQ(s["kind"], "organisme_referent");
  EXPECT_EQ(s["commune_name"], "Nanterre");
  EXPECT_EQ(s["territory_name"], "Paris Ouest La Défense");
  EXPECT_EQ(s["drees_category_label"], "CCAS ou CIAS");
  auto path = "/api/v1/structures/" + std::to_string(s["id"].get<int>());

  auto patched = Api("PATCH", path, "admin",
                     json{{"version", 1}, {"is_action_operator", true}, {"email", nullptr}}.dump());
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(Json(patched)["kind"], "referent_et_operateur");
  EXPECT_TRUE(Json(patched)["email"].is_null());
  EXPECT_EQ(Json(patched)["phone"], "01 47 29 30 00");
  EXPECT_EQ(Api("PATCH", path, "admin", json{{"version", 1}, {"name", "Z"}}.dump()).status, 409);
  EXPECT_EQ(Api("GET", path, "referent").status, 200);
  EXPECT_EQ(Api("GET", path, "signataire").status, 403);
  EXPECT_EQ(Api("GET", "/api/v1/structures", "lecteur_stats").status, 403);
  EXPECT_EQ(Api("GET", "/api/v1/structures/424242", "admin").status, 404);
}

TEST_F(OrganisationsApiTest, StructureBodiesAreCheckedStrictly) {
  ImportHautsDeSeine();
  auto inst = CreateInstitutionJson({{"name", "CCAS"}, {"kind", "ccas"}})["id"];
  auto unknown_commune = Api("POST", "/api/v1/structures", "admin",
                             json{{"institution_id", inst},
                                  {"name", "X"},
                                  {"commune_code", "75056"},
                                  {"drees_category", "caf"},
                                  {"is_referent_body", true},
                                  {"email", "x@"}}
                                 .dump());
  EXPECT_EQ(unknown_commune.status, 422);
  EXPECT_EQ(ProblemFields(unknown_commune), (std::vector<std::string>{"email", "commune_code"}));
  auto mistyped = Api("POST", "/api/v1/structures", "admin",
                      json{{"institution_id", "1"},
                           {"name", "X"},
                           {"commune_code", "92050"},
                           {"drees_category", "caf"},
                           {"is_referent_body", 1}}
                          .dump());
  EXPECT_EQ(ProblemFields(mistyped),
            (std::vector<std::string>{"institution_id", "is_referent_body"}));
  auto no_role = Api("POST", "/api/v1/structures", "admin",
                     json{{"institution_id", inst},
                          {"name", "X"},
                          {"commune_code", "92050"},
                          {"drees_category", "caf"}}
                         .dump());
  EXPECT_EQ(ProblemFields(no_role), std::vector<std::string>{"is_referent_body"});
  EXPECT_EQ(Api("POST", "/api/v1/structures", "admin", "not json").status, 400);
  EXPECT_EQ(Json(Api("GET", "/api/v1/structures", "admin"))["total"], 0);
}

TEST_F(OrganisationsApiTest, StructureListFilters) {
  ImportHautsDeSeine();
  auto ccas = SeedInstitution("CCAS");
  SeedStructure(ccas, "Accueil Nanterre");
  SeedStructure(ccas, "Atelier Antony", "92002", "autre_spe", true);
  SeedStructure(ccas, "50% emploi", "92002", "iae");
  auto total = [&](const std::string& query) {
    auto r = Api("GET", "/api/v1/structures" + query, "operateur");
    EXPECT_EQ(r.status, 200) << query << r.body;
    return Json(r)["total"].get<int>();
  };
  EXPECT_EQ(total(""), 3);
  EXPECT_EQ(total("?commune=92002"), 2);
  EXPECT_EQ(total("?kind=referent_et_operateur"), 1);
  EXPECT_EQ(total("?kind=organisme_referent"), 3);
  EXPECT_EQ(total("?drees_category=iae"), 1);
  EXPECT_EQ(total("?q=50%25"), 1);
  EXPECT_EQ(total("?q=%25"), 3);
  EXPECT_EQ(total("?q=%27%3B"), 3);
  EXPECT_EQ(total("?institution_id=" + std::to_string(ccas) + "&page_size=1"), 3);
  auto territories = Json(Api("GET", "/api/v1/territories", "operateur"));
  std::int64_t south = 0;
  for (const auto& t : territories["items"]) {
    if (t["name"] == "Vallée Sud Grand Paris") south = t["id"].get<std::int64_t>();
  }
  EXPECT_EQ(total("?territory_id=" + std::to_string(south)), 2);
  EXPECT_EQ(Api("GET", "/api/v1/structures?kind=x", "admin").status, 422);
  EXPECT_EQ(
      ProblemFields(Api("GET", "/api/v1/structures?territory_id=-1&drees_category=x", "admin")),
      (std::vector<std::string>{"territory_id", "drees_category"}));
}

TEST_F(OrganisationsApiTest, TerritoriesAndCommunes) {
  ImportHautsDeSeine();
  auto territories = Json(Api("GET", "/api/v1/territories", "lecteur_stats"));
  EXPECT_EQ(territories["total"], 4);
  ASSERT_EQ(territories["items"].size(), 4u);
  const auto& first = territories["items"][0];
  EXPECT_EQ(first["name"], "Boucle Nord de Seine");
  EXPECT_EQ(first["kind"], "ept");
  EXPECT_EQ(first["departement_code"], "92");
  EXPECT_EQ(first["commune_count"], 6);
  auto communes = Json(Api("GET", "/api/v1/communes?page_size=200", "signataire"));
  EXPECT_EQ(communes["total"], 36);
  EXPECT_EQ(communes["items"].size(), 36u);
  auto in_first =
      Json(Api("GET", "/api/v1/communes?territory_id=" + std::to_string(first["id"].get<int>()),
               "referent"));
  EXPECT_EQ(in_first["total"], 6);
  auto sevres = Json(Api("GET", "/api/v1/communes?q=sevres", "referent"));
  ASSERT_EQ(sevres["total"], 1);
  EXPECT_EQ(sevres["items"][0]["insee_code"], "92072");
  EXPECT_EQ(sevres["items"][0]["name"], "Sèvres");
  EXPECT_TRUE(sevres["items"][0]["lat"].is_number());
  EXPECT_EQ(Api("GET", "/api/v1/communes?territory_id=abc", "referent").status, 422);
}

}  // namespace
}  // namespace pacte::testing

namespace pacte::testing {
namespace {

// Every API list refuses a parameter it does not know (a typo must not silently widen a list)
// and answers with the same code.
TEST(ApiQueryParameters, UnknownParametersAreRefusedEverywhere) {
  FakeAuthGate gate;
  TestServer server(&gate);
  for (const char* path : {"/api/v1/institutions?knd=caf", "/api/v1/structures?comune=92050",
                           "/api/v1/communes?territoire=1", "/api/v1/territories?dep=92",
                           "/api/v1/agents?rle=admin", "/api/v1/audit-events?tri=id"}) {
    auto headers = FakeAuthGate::As("admin");
    auto r = Send(server.port(), ClientRequest{"GET", path, headers, ""});
    EXPECT_EQ(r.status, 422) << path;
    auto body = nlohmann::json::parse(r.body, nullptr, false);
    ASSERT_TRUE(body.is_object()) << path;
    EXPECT_EQ(body["code"], "request.invalid_parameters") << path;
    EXPECT_EQ(body["errors"][0]["detail"], "Paramètre inconnu.") << path;
  }
}

}  // namespace
}  // namespace pacte::testing
