// The audit pages and API over a real server (signed in through FakeAuthGate).

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/ports/audit_repository.hpp"
#include "support/fake_auth_gate.hpp"
#include "support/audit_test_helpers.hpp"
#include "support/audit_test_server.hpp"

namespace pacte::testing {
namespace {

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Text as the templates escape a value ({{x}}): apostrophes become &apos;.
std::string Escaped(std::string text) {
  for (auto pos = text.find('\''); pos != std::string::npos; pos = text.find('\'', pos)) {
    text.replace(pos, 1, "&apos;");
  }
  return text;
}

class AuditHttp : public ::testing::Test {
 protected:
  AuditTestServer server;

  std::vector<app::AuditEvent> All() {
    return app::Read(server.db().store(), [](app::UnitOfWork& uow) {
      return uow.Audit().ChainSlice(0, 1'000'000, 1'000'000);
    });
  }
  void Seed(int n) { RecordMany(server.db().store(), server.clock(), n); }
};

TEST_F(AuditHttp, AnonymousVisitorIsSentToLogin) {
  auto r = server.Get("/admin/audit", "");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.Header("location"), "/connexion?suite=%2Fadmin%2Faudit");
}

TEST_F(AuditHttp, OnlyAdminsSeeThePage) {
  Seed(1);
  for (const char* role : {"coordinateur", "charge_orientation", "referent", "operateur",
                           "signataire", "lecteur_stats"}) {
    auto r = server.Get("/admin/audit", role);
    EXPECT_EQ(r.status, 403) << role;
    EXPECT_TRUE(
        Contains(r.body, Escaped("Le journal d'audit est réservé aux administrateur·rices.")))
        << role;
    EXPECT_FALSE(Contains(r.body, "<table")) << role;
  }
  EXPECT_EQ(All().size(), 1u) << "refused visits record no read";
}

TEST_F(AuditHttp, AdminSeesEventsNewestFirstAndTheVisitIsAudited) {
  auto agent = AgentWithRole(Role::kReferent, 42);
  RecordOne(server.db().store(), server.clock(), agent, "structure.read", "structure", "<b>7</b>");
  server.clock().Advance(std::chrono::minutes{1});
  RecordOne(server.db().store(), server.clock(), agent, "agent.update", "agent", "9");
  auto r = server.Get("/admin/audit", "admin");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Contains(r.body, "<h1>Journal d'audit</h1>"));
  EXPECT_TRUE(Contains(r.body, "<caption>"));
  EXPECT_TRUE(Contains(r.body, "<th scope=\"col\">Action</th>"));
  EXPECT_TRUE(Contains(r.body, "27/11/2026 09:01 UTC"));
  EXPECT_TRUE(Contains(r.body, "n° 42"));
  EXPECT_TRUE(Contains(r.body, "&lt;b&gt;7&lt;/b&gt;")) << "values are escaped";
  EXPECT_FALSE(Contains(r.body, "<b>7</b>"));
  EXPECT_LT(r.body.find("<td>agent.update</td>"), r.body.find("<td>structure.read</td>")) << "newest first";
  EXPECT_TRUE(Contains(r.body, "action=\"/admin/audit/verification\""));
  EXPECT_TRUE(Contains(r.body, "name=\"_csrf\" value=\"" + kTestCsrfToken + "\""));
  EXPECT_TRUE(Contains(r.body, "Vérifier l'intégrité</button>"));
  auto events = All();
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events.back().action, "audit.read");
  EXPECT_EQ(events.back().agent_id, 1000);
  EXPECT_EQ(events.back().client_addr, "127.0.0.1");
  EXPECT_FALSE(events.back().request_id.empty());
}

TEST_F(AuditHttp, FiltersNarrowTheList) {
  auto agent = AgentWithRole(Role::kReferent, 42);
  auto other = AgentWithRole(Role::kReferent, 43);
  RecordOne(server.db().store(), server.clock(), agent, "structure.read", "structure", "7");
  RecordOne(server.db().store(), server.clock(), other, "agent.update", "agent", "9");
  server.clock().Advance(std::chrono::hours{48});
  RecordOne(server.db().store(), server.clock(), agent, "agent.read", "agent", "9");
  auto by_action = server.Get("/admin/audit?action=agent.", "admin");
  ASSERT_EQ(by_action.status, 200);
  EXPECT_TRUE(Contains(by_action.body, "<td>agent.update</td>"));
  EXPECT_FALSE(Contains(by_action.body, "<td>structure.read</td>"));
  EXPECT_TRUE(Contains(by_action.body, "value=\"agent.\"")) << "the filter stays in the form";
  auto by_agent = server.Get("/admin/audit?agent=43", "admin");
  EXPECT_TRUE(Contains(by_agent.body, "<td>agent.update</td>"));
  EXPECT_FALSE(Contains(by_agent.body, "<td>agent.read</td>"));
  auto by_object = server.Get("/admin/audit?type=agent&objet=9&du=2026-11-29&au=2026-11-29", "admin");
  EXPECT_TRUE(Contains(by_object.body, "<td>agent.read</td>"));
  EXPECT_FALSE(Contains(by_object.body, "<td>agent.update</td>"));
  auto none = server.Get("/admin/audit?action=contrat.", "admin");
  EXPECT_TRUE(Contains(none.body, "Aucun événement ne correspond à ces critères."));
}

TEST_F(AuditHttp, BadFiltersAreShownNextToTheirFields) {
  Seed(1);
  auto r = server.Get("/admin/audit?agent=abc&du=2026-13-01&au=2026-01-01", "admin");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Contains(r.body, "aria-invalid=\"true\" aria-describedby=\"audit-agent-erreur\""));
  EXPECT_TRUE(Contains(r.body, "id=\"audit-agent-erreur\" class=\"field-error\">" +
                                   Escaped("L'identifiant d'agent doit être un nombre entier "
                                           "positif.</p>")));
  EXPECT_TRUE(Contains(r.body, "id=\"audit-du-erreur\""));
  EXPECT_TRUE(Contains(r.body, "value=\"abc\""));
  EXPECT_FALSE(Contains(r.body, "<table"));
  EXPECT_EQ(All().size(), 1u) << "an invalid search reads nothing";
}

TEST_F(AuditHttp, PaginationKeepsTheFilters) {
  Seed(30);
  auto first = server.Get("/admin/audit?action=structure.", "admin");
  ASSERT_EQ(first.status, 200);
  EXPECT_TRUE(Contains(first.body, "Page 1 sur 2"));
  EXPECT_TRUE(Contains(first.body, "href=\"/admin/audit?action=structure.&amp;page=2\""));
  EXPECT_TRUE(Contains(first.body, "<td>30</td>"));
  EXPECT_FALSE(Contains(first.body, "<td>5</td>"));
  auto second = server.Get("/admin/audit?action=structure.&page=2", "admin");
  EXPECT_TRUE(Contains(second.body, "Page 2 sur 2"));
  EXPECT_TRUE(Contains(second.body, "<td>5</td>"));
  EXPECT_TRUE(Contains(second.body, "Page précédente"));
}

TEST_F(AuditHttp, VerificationNeedsTheCsrfToken) {
  Seed(2);
  auto r = server.PostForm("/admin/audit/verification", "admin", "", false);
  EXPECT_EQ(r.status, 403);
  EXPECT_FALSE(Contains(r.body, Escaped("journal d'audit intact")));
}

TEST_F(AuditHttp, VerificationIsForAdmins) {
  Seed(2);
  auto r = server.PostForm("/admin/audit/verification", "referent");
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(All().size(), 2u);
}

TEST_F(AuditHttp, VerificationReportsAnIntactChain) {
  Seed(3);
  auto r = server.PostForm("/admin/audit/verification", "admin");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Contains(r.body, "class=\"alert alert-ok\" role=\"status\">" +
                                   Escaped("journal d'audit intact : 3 événements vérifiés")));
  EXPECT_EQ(All().back().action, "audit.verify");
}

TEST_F(AuditHttp, VerificationListsProblems) {
  Seed(4);
  RawExecute(server.db().store(), "UPDATE audit_events SET details = '{\"x\":1}' WHERE id = 2");
  auto r = server.PostForm("/admin/audit/verification", "admin");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Contains(r.body, "alert-error"));
  EXPECT_TRUE(Contains(r.body, "1 problème détecté (4 événements vérifiés)"));
  EXPECT_TRUE(Contains(r.body, "<li>événement n° 2 altéré : son empreinte ne correspond plus à son contenu</li>"));
}

ClientResponse Api(AuditTestServer& server, const std::string& path, const std::string& role) {
  std::map<std::string, std::string> headers;
  if (!role.empty()) headers["X-Test-Agent"] = role;
  return Send(server.port(), ClientRequest{"GET", path, headers, ""});
}

TEST_F(AuditHttp, ApiNeedsAToken) {
  auto r = Api(server, "/api/v1/audit-events", "");
  EXPECT_EQ(r.status, 401);
  EXPECT_TRUE(Contains(r.Header("content-type"), "application/problem+json"));
}

TEST_F(AuditHttp, ApiIsForAdmins) {
  Seed(1);
  auto r = Api(server, "/api/v1/audit-events", "coordinateur");
  EXPECT_EQ(r.status, 403);
  EXPECT_TRUE(Contains(r.Header("content-type"), "application/problem+json"));
  auto body = nlohmann::json::parse(r.body);
  EXPECT_EQ(body["detail"], "Le journal d'audit est réservé aux administrateur·rices.");
  EXPECT_EQ(All().size(), 1u);
}

TEST_F(AuditHttp, ApiListsWithFiltersAndPaging) {
  auto agent = AgentWithRole(Role::kReferent, 42);
  RecordOne(server.db().store(), server.clock(), agent, "structure.read", "structure", "7",
            {{"fields", {"siret"}}});
  for (int i = 0; i < 4; ++i) {
    RecordOne(server.db().store(), server.clock(), agent, "structure.update", "structure", "7");
  }
  RecordOne(server.db().store(), server.clock(), agent, "agent.read", "agent", "3");
  auto r = Api(server, "/api/v1/audit-events?agent_id=42&object_type=structure&page_size=2", "admin");
  ASSERT_EQ(r.status, 200);
  auto body = nlohmann::json::parse(r.body);
  EXPECT_EQ(body["page"], 1);
  EXPECT_EQ(body["page_size"], 2);
  EXPECT_EQ(body["total"], 5);
  ASSERT_EQ(body["items"].size(), 2u);
  EXPECT_EQ(body["items"][0]["id"], 5);
  auto last = Api(server, "/api/v1/audit-events?agent_id=42&object_type=structure&page=3&page_size=2&to=2026-11-27", "admin");
  auto item = nlohmann::json::parse(last.body)["items"][0];
  EXPECT_EQ(item["id"], 1);
  EXPECT_EQ(item["at"], "2026-11-27T09:00:00Z");
  EXPECT_EQ(item["agent_id"], 42);
  EXPECT_EQ(item["action"], "structure.read");
  EXPECT_EQ(item["object_type"], "structure");
  EXPECT_EQ(item["object_id"], "7");
  EXPECT_EQ(item["client_addr"], "192.0.2.10");
  EXPECT_EQ(item["details"], (nlohmann::json{{"fields", {"siret"}}}));
  EXPECT_EQ(item["prev_hash"], std::string(audit::kGenesisHash));
  EXPECT_EQ(item["hash"].get<std::string>().size(), 64u);
  EXPECT_EQ(All().back().action, "audit.read");
}

TEST_F(AuditHttp, ApiSystemEventsHaveANullAgent) {
  RecordOne(server.db().store(), server.clock(), app::Actor::System("cli"), "agent.create", "agent", "1");
  auto body = nlohmann::json::parse(Api(server, "/api/v1/audit-events", "admin").body);
  EXPECT_TRUE(body["items"][0]["agent_id"].is_null());
}

TEST_F(AuditHttp, ApiRejectsBadParametersNamingEach) {
  Seed(1);
  auto r = Api(server, "/api/v1/audit-events?agent_id=x&from=hier&page=0&page_size=500&tri=id", "admin");
  EXPECT_EQ(r.status, 422);
  auto body = nlohmann::json::parse(r.body);
  EXPECT_EQ(body["code"], "request.invalid_parameters");
  std::map<std::string, std::string> errors;
  for (const auto& e : body["errors"]) errors[e["field"]] = e["detail"];
  EXPECT_EQ(errors["agent_id"], "L'identifiant d'agent doit être un nombre entier positif.");
  EXPECT_EQ(errors["from"], "Date invalide : attendu une date réelle au format AAAA-MM-JJ.");
  EXPECT_EQ(errors["page"], "Doit être un nombre entier positif.");
  EXPECT_EQ(errors["page_size"], "Doit être compris entre 1 et 200.");
  EXPECT_EQ(errors["tri"], "Paramètre inconnu.");
  EXPECT_EQ(All().size(), 1u) << "a rejected call reads nothing";
}

}  // namespace
}  // namespace pacte::testing
