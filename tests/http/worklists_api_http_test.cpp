// The work-list API (/api/v1/worklists…) and the deadline rules page over HTTP.

#include <nlohmann/json.hpp>

#include "http/worklists_http_fixture.hpp"

namespace pacte::testing {
namespace {

using nlohmann::json;

TEST_F(WorklistsHttp, TheApiListsIdsAndDatesOfTheActorsPerimeter) {
  auto r = Api(ref_a, "/api/v1/worklists/orientation_overdue");
  ASSERT_EQ(r.status, 200) << r.body;
  auto body = json::parse(r.body);
  EXPECT_EQ(body["total"], 1);
  EXPECT_EQ(body["page"], 1);
  EXPECT_EQ(body["page_size"], 25);
  EXPECT_EQ(body["date"], "2025-03-01");
  ASSERT_EQ(body["items"].size(), 1u);
  const auto& item = body["items"][0];
  EXPECT_EQ(item["person_id"], alpha);
  EXPECT_EQ(item["kind"], "orientation_overdue");
  EXPECT_EQ(item["due_on"], "2025-02-17");
  EXPECT_EQ(item["since"], "2025-02-18");
  EXPECT_EQ(item["overdue"], true);
  EXPECT_EQ(item["days_overdue"], 12);
  EXPECT_EQ(item["regime"], "2025");
  EXPECT_EQ(item["referent_agent_id"], ref_a);
  EXPECT_TRUE(item["subject_id"].is_null());
  EXPECT_FALSE(item.contains("last_name"));

  auto wide = json::parse(Api(ref_a, "/api/v1/worklists/orientation_overdue?perimeter=structure").body);
  EXPECT_EQ(wide["total"], 2);
}

TEST_F(WorklistsHttp, TheApiPaginatesMostOverdueFirstAndFilters) {
  auto r = json::parse(Api(coord, "/api/v1/worklists/orientation_overdue?page_size=2").body);
  EXPECT_EQ(r["total"], 5);
  EXPECT_EQ(r["page_size"], 2);
  ASSERT_EQ(r["items"].size(), 2u);
  EXPECT_EQ(r["items"][0]["person_id"], echo);
  EXPECT_EQ(r["items"][0]["regime"], "2009");
  EXPECT_EQ(r["items"][0]["days_overdue"], 27);
  auto page3 = json::parse(Api(coord, "/api/v1/worklists/orientation_overdue?page_size=2&page=3").body);
  EXPECT_EQ(page3["items"].size(), 1u);
  auto by_territory = json::parse(
      Api(coord, "/api/v1/worklists/orientation_overdue?territory_id=" +
                     std::to_string(a.territory_id)).body);
  EXPECT_EQ(by_territory["total"], 4);
  auto by_referent = json::parse(
      Api(coord, "/api/v1/worklists/orientation_overdue?referent_id=" + std::to_string(ref_b)).body);
  ASSERT_EQ(by_referent["total"], 1);
  EXPECT_EQ(by_referent["items"][0]["person_id"], charlie);
  auto contracts = json::parse(Api(charge, "/api/v1/worklists/contract_overdue").body);
  ASSERT_EQ(contracts["total"], 1);
  EXPECT_EQ(contracts["items"][0]["person_id"], foxtrot);
  EXPECT_EQ(contracts["items"][0]["due_on"], "2025-02-10");
  EXPECT_EQ(contracts["items"][0]["structure_id"], a.structure_id);
}

TEST_F(WorklistsHttp, TheApiCountsEveryKind) {
  auto r = Api(charge, "/api/v1/worklists");
  ASSERT_EQ(r.status, 200) << r.body;
  auto body = json::parse(r.body);
  EXPECT_EQ(body["date"], "2025-03-01");
  ASSERT_EQ(body["items"].size(), 6u);
  std::map<std::string, int> counts;
  for (const auto& c : body["items"]) counts[c["kind"]] = c["count"];
  EXPECT_EQ(counts["orientation_overdue"], 4);  // not Delta, in T2
  EXPECT_EQ(counts["contract_overdue"], 1);
  EXPECT_EQ(counts["appointment_unrecorded"], 0);
  EXPECT_EQ(body["items"][0]["label"], "Orientation à décider");
}

TEST_F(WorklistsHttp, TheApiRefusesUnknownKindsParametersAndRoles) {
  auto unknown = Api(coord, "/api/v1/worklists/tout");
  EXPECT_EQ(unknown.status, 404);
  auto problem = json::parse(unknown.body);
  EXPECT_EQ(problem["code"], "worklist.unknown_kind");
  EXPECT_NE(problem["detail"].get<std::string>().find("Liste inconnue « tout »"),
            std::string::npos);
  auto bad = Api(coord, "/api/v1/worklists/orientation_overdue?territoire=1&perimeter=tous&structure_id=x");
  EXPECT_EQ(bad.status, 422);
  std::set<std::string> fields;
  const auto bad_body = json::parse(bad.body);
  for (const auto& e : bad_body["errors"]) fields.insert(e["field"]);
  EXPECT_EQ(fields, (std::set<std::string>{"territoire", "perimeter", "structure_id"}));
  auto signataire = Agent("sign@cd92.fr", {Role::kSignataire});
  auto stats = Agent("stats@cd92.fr", {Role::kLecteurStats});
  for (auto agent : {signataire, stats}) {
    EXPECT_EQ(Api(agent, "/api/v1/worklists").status, 403);
    auto r = Api(agent, "/api/v1/worklists/orientation_overdue");
    EXPECT_EQ(r.status, 403);
    EXPECT_FALSE(Has(r.body, "person_id"));
  }
}

TEST_F(WorklistsHttp, ReadingAListIsAuditedWithThePersonsShown) {
  ASSERT_EQ(Api(ref_a, "/api/v1/worklists/orientation_overdue").status, 200);
  auto audit = json::parse(Api(admin, "/api/v1/audit-events?action=worklist.read").body);
  ASSERT_EQ(audit["total"], 1);
  EXPECT_EQ(audit["items"][0]["agent_id"], ref_a);
  EXPECT_EQ(audit["items"][0]["details"]["person_ids"], json::array({alpha}));
  ASSERT_EQ(Api(ref_a, "/api/v1/worklists").status, 200);
  EXPECT_EQ(json::parse(Api(admin, "/api/v1/audit-events?action=worklist.").body)["total"], 1);
}

TEST_F(WorklistsHttp, TheRulesPageShowsStepsAndRecordsADatedChange) {
  auto session = LoginSession(server, "coord@cd92.fr");
  auto page = server.Get("/referentiels/echeances", {{"Cookie", session.cookie}});
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "<h1>Délais des échéances</h1>"));
  EXPECT_TRUE(Has(page.body, "dans les droits et devoirs (<code>orientation_delay</code>)</caption>"));
  EXPECT_TRUE(Has(page.body, "<td>à compter du 01/01/2025</td>\n      <td>6 semaines</td>"));
  auto saved = PostForm(server, session, "/referentiels/echeances",
                        {{"rule", "no_appointment_delay"}, {"duration", "4m"},
                         {"effective_from", "2025-06-01"}});
  EXPECT_EQ(saved.status, 303);
  EXPECT_EQ(saved.Header("location"), "/referentiels/echeances?ajout=ok");
  auto after = server.Get("/referentiels/echeances?ajout=ok", {{"Cookie", session.cookie}});
  EXPECT_TRUE(Has(after.body, "La modification du délai est enregistrée."));
  EXPECT_TRUE(Has(after.body, "<td>à compter du 01/06/2025</td>\n      <td>4 mois</td>\n      <td>modifiée dans l"));
  auto twice = PostForm(server, session, "/referentiels/echeances",
                        {{"rule", "no_appointment_delay"}, {"duration", "5m"},
                         {"effective_from", "2025-06-01"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_TRUE(Has(twice.body, "déjà une valeur à compter de cette date"));
}

TEST_F(WorklistsHttp, TheRulesFormShowsErrorsNextToTheFields) {
  auto session = LoginSession(server, "coord@cd92.fr");
  auto bad = PostForm(server, session, "/referentiels/echeances",
                      {{"rule", "orientation_delay"}, {"duration", "deux mois"},
                       {"effective_from", ""}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad.body, "id=\"delai-date-erreur\" class=\"field-error\""));
  EXPECT_TRUE(Has(bad.body, "aria-invalid=\"true\" aria-describedby=\"delai-date-erreur\""));
  EXPECT_TRUE(Has(bad.body, "value=\"deux mois\""));
  EXPECT_TRUE(Has(bad.body, "<option value=\"orientation_delay\" selected>"));
  auto wrong = PostForm(server, session, "/referentiels/echeances",
                        {{"rule", "orientation_delay"}, {"duration", "deux mois"},
                         {"effective_from", "2025-06-01"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE(Has(wrong.body, "id=\"delai-duree-erreur\" class=\"field-error\""));
}

TEST_F(WorklistsHttp, OnlyAdminsAndCoordinatorsReachTheRules) {
  for (const char* email : {"ref.a@cd92.fr", "charge@cd92.fr"}) {
    auto session = LoginSession(server, email);
    EXPECT_EQ(server.Get("/referentiels/echeances", {{"Cookie", session.cookie}}).status, 403);
    auto post = PostForm(server, session, "/referentiels/echeances",
                         {{"rule", "orientation_delay"}, {"duration", "1m"},
                          {"effective_from", "2025-06-01"}});
    EXPECT_EQ(post.status, 403) << email;
  }
  auto admin_session = LoginSession(server, "admin@cd92.fr");
  EXPECT_EQ(server.Get("/referentiels/echeances", {{"Cookie", admin_session.cookie}}).status, 200);
}

}  // namespace
}  // namespace pacte::testing
