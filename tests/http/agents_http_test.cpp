// Agent administration over HTTP: admin pages (deny by default, inline errors, stale
// versions, reset links) and the JSON API (strict bodies, 400/401/403/409/422).

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/auth_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {
namespace {

using nlohmann::json;

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class AgentsHttp : public ::testing::Test {
 protected:
  TestServer server;
  TestOrganisation org = CreateTestStructure(server.db().store(), server.clock(), "EDAS de test");
  TestOrganisation other_org = CreateTestStructure(server.db().store(), server.clock(), "CCAS de test");
  std::int64_t admin_id = Agent("admin@cd92.fr", {Role::kAdmin});
  std::int64_t referent_id = Agent("ref@cd92.fr", {Role::kReferent});

  std::int64_t Agent(const std::string& email, std::vector<Role> roles) {
    return CreateAgent(server.db().store(), server.clock(), server.settings(), email, roles);
  }
  ClientResponse Get(const std::string& path, const SessionCookies& s) {
    return server.Get(path, {{"Cookie", s.cookie}});
  }
  ClientResponse Api(const std::string& method, const std::string& path, std::int64_t agent,
                     const std::string& body = "") {
    std::string token = CreateApiToken(server.db().store(), server.clock(), agent);
    return Send(server.port(), ClientRequest{method,
                                             path,
                                             {{"Authorization", "Bearer " + token},
                                              {"Content-Type", "application/json"}},
                                             body});
  }
  FormFields NewAgentForm(const std::string& email) {
    return {{"email", email},      {"first_name", "Hélène"}, {"last_name", "Léger"},
            {"roles", "referent"}, {"roles", "operateur"},   {"structure_id", ""},
            {"territory_id", ""},  {"password", ""}};
  }
};

TEST_F(AgentsHttp, NonAdminsAreDeniedEveryAdminPage) {
  auto ref = LoginSession(server, "ref@cd92.fr");
  std::string self = "/admin/agents/" + std::to_string(referent_id);
  for (const std::string& path :
       {std::string("/admin/agents"), std::string("/admin/agents/nouveau"), self}) {
    auto r = Get(path, ref);
    EXPECT_EQ(r.status, 403) << path;
    EXPECT_TRUE(Has(r.body, "réservée aux administrateurs")) << path;
  }
  EXPECT_EQ(PostForm(server, ref, "/admin/agents/nouveau", NewAgentForm("x@cd92.fr")).status, 403);
  EXPECT_EQ(PostForm(server, ref, self + "/reinitialisation", {}).status, 403);
  EXPECT_EQ(Get("/admin/agents?q=x", ref).status, 403);
}

TEST_F(AgentsHttp, ListSearchesFiltersAndPaginates) {
  Agent("helene.leger@cd92.fr", {Role::kReferent});
  auto admin = LoginSession(server, "admin@cd92.fr");
  auto all = Get("/admin/agents", admin);
  ASSERT_EQ(all.status, 200);
  EXPECT_TRUE(Has(all.body, "<h1>Agents</h1>"));
  EXPECT_TRUE(Has(all.body, "<caption>Agents de pacte</caption>"));
  EXPECT_TRUE(Has(all.body, "<th scope=\"col\">Adresse e-mail</th>"));
  EXPECT_TRUE(Has(all.body, "3 agent(s) trouvé(s)."));
  auto search = Get("/admin/agents?q=H%C3%A9l%C3%A8ne", admin);
  EXPECT_TRUE(Has(search.body, "1 agent(s) trouvé(s)."));
  EXPECT_TRUE(Has(search.body, "helene.leger@cd92.fr"));
  auto by_role = Get("/admin/agents?role=admin", admin);
  EXPECT_TRUE(Has(by_role.body, "1 agent(s) trouvé(s)."));
  EXPECT_TRUE(Has(by_role.body, "<option value=\"admin\" selected>"));
  EXPECT_TRUE(Has(Get("/admin/agents?actif=non", admin).body, "0 agent(s) trouvé(s)."));
  auto page = Get("/admin/agents?taille=2&page=1", admin);
  EXPECT_TRUE(Has(page.body, "Page 1 sur 2"));
  EXPECT_TRUE(Has(page.body, "href=\"/admin/agents?taille=2&amp;page=2\""));
}

TEST_F(AgentsHttp, CreateFormShowsInlineErrorsAndStoresNothing) {
  auto admin = LoginSession(server, "admin@cd92.fr");
  auto form = Get("/admin/agents/nouveau", admin);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form.body, "<label for=\"email\">Adresse e-mail</label>"));
  EXPECT_TRUE(Has(form.body, "<legend>Rôles</legend>"));

  FormFields bad = NewAgentForm("pas-une-adresse");
  bad[1].second = "";
  bad[3].second = "pape";
  bad[7].second = "azerty";
  auto r = PostForm(server, admin, "/admin/agents/nouveau", bad);
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Has(r.body, "Adresse e-mail invalide"));
  EXPECT_TRUE(Has(r.body, "id=\"email-error\""));
  EXPECT_TRUE(Has(r.body, "aria-describedby=\"email-error\""));
  EXPECT_TRUE(Has(r.body, "Indiquez le prénom."));
  EXPECT_TRUE(Has(r.body, "Rôle inconnu : « pape »."));
  EXPECT_TRUE(Has(r.body, "au moins 12 caractères"));
  EXPECT_TRUE(Has(r.body, "value=\"Léger\"")) << "input kept";

  FormFields bad_id = NewAgentForm("ok@cd92.fr");
  bad_id[5].second = "douze";
  auto id_error = PostForm(server, admin, "/admin/agents/nouveau", bad_id);
  EXPECT_EQ(id_error.status, 422);
  EXPECT_TRUE(Has(id_error.body, "id=\"structure_id-error\""));

  auto dup = PostForm(server, admin, "/admin/agents/nouveau", NewAgentForm("REF@cd92.fr"));
  EXPECT_EQ(dup.status, 409);
  EXPECT_TRUE(Has(dup.body, "Cette adresse e-mail est déjà utilisée."));
  EXPECT_TRUE(Has(Get("/admin/agents", admin).body, "2 agent(s) trouvé(s)."));
}

TEST_F(AgentsHttp, CreateThenEditThenStaleVersionIs409) {
  auto admin = LoginSession(server, "admin@cd92.fr");
  auto created = PostForm(server, admin, "/admin/agents/nouveau", NewAgentForm("helene@cd92.fr"));
  ASSERT_EQ(created.status, 303) << created.body;
  std::string location = created.Header("location");
  EXPECT_EQ(location.rfind("/admin/agents/", 0), 0u);
  auto page = Get(location, admin);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "<h1>Hélène Léger</h1>"));
  EXPECT_TRUE(Has(page.body, "Agent créé."));
  EXPECT_TRUE(Has(page.body, "name=\"version\" value=\"1\""));
  std::string path = location.substr(0, location.find('?'));

  FormFields edit{{"version", "1"},        {"email", "helene@cd92.fr"}, {"first_name", "Hélène"},
                  {"last_name", "Dupont"}, {"roles", "referent"},       {"structure_id", std::to_string(org.structure_id)},
                  {"active", "1"}};
  auto saved = PostForm(server, admin, path, edit);
  EXPECT_EQ(saved.status, 303);
  auto after = Get(saved.Header("location"), admin);
  EXPECT_TRUE(Has(after.body, "<h1>Hélène Dupont</h1>"));
  EXPECT_TRUE(Has(after.body, "name=\"version\" value=\"2\""));
  EXPECT_TRUE(Has(after.body, "Modifications enregistrées."));

  auto stale = PostForm(server, admin, path, edit);
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale.body, "Rechargez la page pour voir la version actuelle."));
  EXPECT_TRUE(Has(Get(path, admin).body, "<h1>Hélène Dupont</h1>"));
  EXPECT_EQ(Get("/admin/agents/999999", admin).status, 404);
  EXPECT_EQ(Get("/admin/agents/abc", admin).status, 404);
}

TEST_F(AgentsHttp, DeactivatingAnAgentEndsTheirSession) {
  auto admin = LoginSession(server, "admin@cd92.fr");
  auto ref = LoginSession(server, "ref@cd92.fr");
  std::string path = "/admin/agents/" + std::to_string(referent_id);
  auto saved = PostForm(server, admin, path,
                        {{"version", "1"},
                         {"email", "ref@cd92.fr"},
                         {"first_name", "Prénom"},
                         {"last_name", "ref"},
                         {"roles", "referent"}});
  EXPECT_EQ(saved.status, 303);
  EXPECT_EQ(Get("/", ref).status, 303);
  auto self = PostForm(server, admin, "/admin/agents/" + std::to_string(admin_id),
                       {{"version", "1"},
                        {"email", "admin@cd92.fr"},
                        {"first_name", "Prénom"},
                        {"last_name", "admin"},
                        {"roles", "admin"}});
  EXPECT_EQ(self.status, 422);
  EXPECT_TRUE(Has(self.body, "Vous ne pouvez pas désactiver votre propre compte."));
}

TEST_F(AgentsHttp, ResetLinkActionShowsAOneTimeLink) {
  auto admin = LoginSession(server, "admin@cd92.fr");
  std::string path = "/admin/agents/" + std::to_string(referent_id);
  EXPECT_TRUE(Has(Get(path, admin).body, "Générer un lien de réinitialisation"));
  auto r = PostForm(server, admin, path + "/reinitialisation", {});
  ASSERT_EQ(r.status, 200);
  auto start = r.body.find("id=\"reset-url\">") + 15;
  std::string url = r.body.substr(start, r.body.find('<', start) - start);
  EXPECT_EQ(url.rfind(server.settings().public_url + "/connexion/reinitialisation/", 0), 0u);
  std::string reset_path = url.substr(server.settings().public_url.size());
  EXPECT_EQ(server.Get(reset_path).status, 200);
}

TEST_F(AgentsHttp, AdminResetsALostSecondFactor) {
  auto admin = LoginSession(server, "admin@cd92.fr");
  auto other = Agent("admin2@cd92.fr", {Role::kAdmin});
  std::string path = "/admin/agents/" + std::to_string(other);
  EXPECT_TRUE(Has(Get(path, admin).body, "Réinitialiser la double authentification"));
  auto r = PostForm(server, admin, path + "/second-facteur", {});
  ASSERT_EQ(r.status, 303);
  auto page = Get(r.Header("location"), admin);
  EXPECT_TRUE(Has(page.body, "Double authentification réinitialisée"));
  EXPECT_FALSE(Has(page.body, "Réinitialiser la double authentification"));
  auto ref = LoginSession(server, "ref@cd92.fr");
  EXPECT_EQ(PostForm(server, ref, path + "/second-facteur", {}).status, 403);
}

TEST_F(AgentsHttp, ApiListsAndReadsAgents) {
  auto list = Api("GET", "/api/v1/agents?role=referent&page_size=10", admin_id);
  ASSERT_EQ(list.status, 200);
  auto body = json::parse(list.body);
  EXPECT_EQ(body["total"], 1);
  EXPECT_EQ(body["page"], 1);
  EXPECT_EQ(body["page_size"], 10);
  auto item = body["items"].at(0);
  for (const char* key : {"id", "email", "first_name", "last_name", "structure_id", "roles",
                          "active", "totp_enabled", "last_login_at", "version"}) {
    EXPECT_TRUE(item.contains(key)) << key;
  }
  EXPECT_EQ(item["roles"], json::array({"referent"}));
  EXPECT_FALSE(Has(list.body, "argon2")) << "never hashes";
  EXPECT_FALSE(Has(list.body, "password"));
  EXPECT_FALSE(Has(list.body, "totp_secret"));

  EXPECT_EQ(json::parse(Api("GET", "/api/v1/agents?q=admin", admin_id).body)["total"], 1);
  EXPECT_EQ(json::parse(Api("GET", "/api/v1/agents?active=false", admin_id).body)["total"], 0);
  auto bad_query = Api("GET", "/api/v1/agents?role=pape&page_size=1000", admin_id);
  EXPECT_EQ(bad_query.status, 422);
  EXPECT_TRUE(Has(bad_query.body, "\"field\":\"role\""));
  EXPECT_TRUE(Has(bad_query.body, "\"field\":\"page_size\""));

  auto one = Api("GET", "/api/v1/agents/" + std::to_string(referent_id), admin_id);
  EXPECT_EQ(one.status, 200);
  EXPECT_EQ(json::parse(one.body)["email"], "ref@cd92.fr");
  EXPECT_EQ(Api("GET", "/api/v1/agents/999999", admin_id).status, 404);
  auto me = Api("GET", "/api/v1/me", referent_id);
  EXPECT_EQ(json::parse(me.body)["id"], referent_id);
}

TEST_F(AgentsHttp, ApiDeniesNonAdmins) {
  EXPECT_EQ(Api("GET", "/api/v1/agents", referent_id).status, 403);
  EXPECT_EQ(Api("GET", "/api/v1/agents/" + std::to_string(admin_id), referent_id).status, 403);
  EXPECT_EQ(Api("GET", "/api/v1/agents/" + std::to_string(referent_id), referent_id).status, 200)
      << "an agent reads their own account";
  auto create = Api("POST", "/api/v1/agents", referent_id,
                    R"({"email":"x@cd92.fr","first_name":"X","last_name":"Y","roles":["admin"]})");
  EXPECT_EQ(create.status, 403);
  EXPECT_EQ(create.Header("content-type"), "application/problem+json");
  auto patch = Api("PATCH", "/api/v1/agents/" + std::to_string(referent_id), referent_id,
                   R"({"version":1,"roles":["admin"]})");
  EXPECT_EQ(patch.status, 403);
  EXPECT_EQ(Send(server.port(), ClientRequest{"GET", "/api/v1/agents", {}, ""}).status, 401);
}

TEST_F(AgentsHttp, ApiCreatesAgentsAndRejectsBadBodies) {
  auto created = Api("POST", "/api/v1/agents", admin_id,
                     R"({"email":"Paul@CD92.fr","first_name":"Paul","last_name":"Durand",
                         "roles":["referent"],"structure_id":)" + std::to_string(org.structure_id) +
                         R"(,"password":"Cheval-Correct-92-Agrafe"})");
  ASSERT_EQ(created.status, 201) << created.body;
  auto agent = json::parse(created.body);
  EXPECT_EQ(agent["email"], "paul@cd92.fr");
  EXPECT_EQ(agent["structure_id"], org.structure_id);
  EXPECT_EQ(agent["version"], 1);
  EXPECT_EQ(created.Header("location"), "/api/v1/agents/" + std::to_string(agent["id"].get<int>()));

  auto malformed = Api("POST", "/api/v1/agents", admin_id, R"({"email": )");
  EXPECT_EQ(malformed.status, 400);
  EXPECT_EQ(Api("POST", "/api/v1/agents", admin_id, "[]").status, 400);

  auto unknown = Api(
      "POST", "/api/v1/agents", admin_id,
      R"({"email":"a@cd92.fr","first_name":"A","last_name":"B","roles":["referent"],"is_root":true})");
  EXPECT_EQ(unknown.status, 422);
  auto problem = json::parse(unknown.body);
  EXPECT_EQ(problem["errors"].at(0)["field"], "is_root");
  EXPECT_EQ(problem["errors"].at(0)["detail"], "Champ inconnu.");

  auto wrong_type = Api(
      "POST", "/api/v1/agents", admin_id,
      R"({"email":"a@cd92.fr","first_name":"A","last_name":"B","roles":"referent","structure_id":"4"})");
  EXPECT_EQ(wrong_type.status, 422);
  EXPECT_TRUE(Has(wrong_type.body, "\"field\":\"roles\""));
  EXPECT_TRUE(Has(wrong_type.body, "\"field\":\"structure_id\""));

  auto missing = Api("POST", "/api/v1/agents", admin_id, R"({"email":"a@cd92.fr"})");
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(Has(missing.body, "\"field\":\"first_name\""));

  auto invalid = Api(
      "POST", "/api/v1/agents", admin_id,
      R"({"email":"pas-une-adresse","first_name":"A","last_name":"B","roles":["pape"],"password":"court"})");
  EXPECT_EQ(invalid.status, 422);
  EXPECT_TRUE(Has(invalid.body, "\"field\":\"email\""));
  EXPECT_TRUE(Has(invalid.body, "\"field\":\"roles\""));
  EXPECT_TRUE(Has(invalid.body, "\"field\":\"password\""));

  auto dup =
      Api("POST", "/api/v1/agents", admin_id,
          R"({"email":"REF@cd92.fr","first_name":"A","last_name":"B","roles":["referent"]})");
  EXPECT_EQ(dup.status, 409);
  EXPECT_TRUE(Has(dup.body, "Cette adresse e-mail est déjà utilisée."));
  EXPECT_EQ(json::parse(Api("GET", "/api/v1/agents", admin_id).body)["total"], 3);
}

TEST_F(AgentsHttp, ApiPatchNeedsTheCurrentVersion) {
  std::string path = "/api/v1/agents/" + std::to_string(referent_id);
  auto no_version = Api("PATCH", path, admin_id, R"({"last_name":"Durand"})");
  EXPECT_EQ(no_version.status, 422);
  EXPECT_TRUE(Has(no_version.body, "\"field\":\"version\""));
  auto wrong_type = Api("PATCH", path, admin_id, R"({"version":1,"active":"non"})");
  EXPECT_EQ(wrong_type.status, 422);
  EXPECT_TRUE(Has(wrong_type.body, "\"field\":\"active\""));

  auto ok = Api("PATCH", path, admin_id, R"({"version":1,"last_name":"Durand","structure_id":)" +
                                             std::to_string(other_org.structure_id) + "}");
  ASSERT_EQ(ok.status, 200) << ok.body;
  auto agent = json::parse(ok.body);
  EXPECT_EQ(agent["last_name"], "Durand");
  EXPECT_EQ(agent["version"], 2);
  EXPECT_EQ(agent["structure_id"], other_org.structure_id);
  auto cleared = Api("PATCH", path, admin_id, R"({"version":2,"structure_id":null})");
  EXPECT_TRUE(json::parse(cleared.body)["structure_id"].is_null());

  auto stale = Api("PATCH", path, admin_id, R"({"version":1,"last_name":"Martin"})");
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(json::parse(stale.body)["code"], "version.stale");
  auto taken = Api("PATCH", path, admin_id, R"({"version":3,"email":"admin@cd92.fr"})");
  EXPECT_EQ(taken.status, 409);
  EXPECT_EQ(Api("PATCH", "/api/v1/agents/999999", admin_id, R"({"version":1})").status, 404);
  EXPECT_EQ(Api("PATCH", path, admin_id, "{").status, 400);
}

}  // namespace
}  // namespace pacte::testing
