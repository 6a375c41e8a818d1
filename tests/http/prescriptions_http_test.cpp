// Prescription pages and API: the life cycle through HTTP, French errors for bad input,
// the operator's inbox, answer form and participants, and the limited view of a person.

#include "http/appointments_http_fixture.hpp"
#include "support/offer_helpers.hpp"

namespace pacte::testing {
namespace {

bool Has(const std::string& html, const std::string& text) {
  return html.find(text) != std::string::npos;
}

class PrescriptionsHttp : public AppointmentsHttp {
 protected:
  TestOrganisation operator_org;
  std::int64_t operateur = 0;
  std::int64_t action = 0, session = 0;
  SessionCookies operateur_session;
  std::string operateur_token;

  void SetUp() override {
    AppointmentsHttp::SetUp();
    auto& store = server.db().store();
    operator_org = CreateTestStructure(store, server.clock(), "Association Mobilité 92");
    operateur = CreateAgent(store, server.clock(), server.settings(), "op@asso92.fr",
                            {Role::kOperateur}, operator_org.structure_id);
    operateur_session = LoginSession(server, "op@asso92.fr");
    operateur_token = CreateApiToken(store, server.clock(), operateur);
    action = CreateTestAction(store, server.clock(), operator_org.structure_id);
    session = CreateTestSession(store, server.clock(), action, {.places = 1});
  }

  std::string Body(std::optional<std::int64_t> session_id = std::nullopt,
                   std::int64_t action_id = 0) {
    nlohmann::json b{{"beneficiary_id", person},
                     {"action_id", action_id ? action_id : action},
                     {"message", "Souhaite préparer le permis B."},
                     {"weekly_hours", 7.5},
                     {"weeks", 12}};
    if (session_id) b["session_id"] = *session_id;
    return b.dump();
  }

  std::int64_t PrescribeByApi() {
    auto r = Api("POST", "/api/v1/prescriptions", Body(session));
    if (r.status != 201) throw std::runtime_error("prescribe: " + r.body);
    return nlohmann::json::parse(r.body)["id"].get<std::int64_t>();
  }

  std::string Path(std::int64_t id) const { return "/api/v1/prescriptions/" + std::to_string(id); }
};

TEST_F(PrescriptionsHttp, ApiLifeCycleFromPrescriptionToExit) {
  auto created = Api("POST", "/api/v1/prescriptions", Body(session));
  ASSERT_EQ(created.status, 201) << created.body;
  auto p = nlohmann::json::parse(created.body);
  EXPECT_EQ(created.Header("location"), Path(p["id"]));
  EXPECT_EQ(p["status"], "en_attente");
  EXPECT_EQ(p["weekly_hours"], 7.5);
  EXPECT_EQ(p["structure_id"], operator_org.structure_id);
  auto inbox = nlohmann::json::parse(
      Api("GET", "/api/v1/prescriptions?box=recues&status=en_attente", "", operateur_token).body);
  EXPECT_EQ(inbox["total"], 1);
  auto seen = nlohmann::json::parse(Api("GET", Path(p["id"]), "", operateur_token).body);
  EXPECT_EQ(seen["beneficiary"]["last_name"], "Diallo");
  EXPECT_FALSE(seen["beneficiary"].contains("nir"));
  for (const char* step : {R"({"status": "acceptee"})", R"({"status": "entree"})",
                           R"({"status": "sortie", "outcome": "formation"})"}) {
    auto r = Api("PATCH", Path(p["id"]), step, operateur_token);
    ASSERT_EQ(r.status, 200) << step << r.body;
  }
  auto done = nlohmann::json::parse(Api("GET", Path(p["id"])).body);
  EXPECT_EQ(done["status"], "sortie");
  EXPECT_EQ(done["outcome"], "formation");
  EXPECT_EQ(done["events"].size(), 4u);
  auto mine = nlohmann::json::parse(
      Api("GET", "/api/v1/prescriptions?beneficiary_id=" + std::to_string(person)).body);
  EXPECT_EQ(mine["total"], 1);
}

TEST_F(PrescriptionsHttp, ApiRefusesBadInputWithFrenchErrorsAndWritesNothing) {
  auto empty = Api("POST", "/api/v1/prescriptions", "{}");
  ASSERT_EQ(empty.status, 422);
  EXPECT_EQ(Errors(empty)["action_id"], "Champ obligatoire.");
  EXPECT_EQ(Api("POST", "/api/v1/prescriptions", "{\"beneficiary_id\": ").status, 400);
  auto unknown = Api("POST", "/api/v1/prescriptions", R"({"beneficiary_id": 1, "x": 2})");
  EXPECT_EQ(Errors(unknown)["x"], "Champ inconnu.");
  auto archived = CreateTestAction(server.db().store(), server.clock(), operator_org.structure_id,
                                   {.status = "archivee"});
  auto refused = Api("POST", "/api/v1/prescriptions", Body(std::nullopt, archived));
  ASSERT_EQ(refused.status, 422);
  EXPECT_EQ(Errors(refused)["action_id"],
            "Cette action est archivée : elle ne peut plus être prescrite.");
  auto hours = nlohmann::json::parse(Body(session));
  hours["weekly_hours"] = 80;
  EXPECT_EQ(Errors(Api("POST", "/api/v1/prescriptions", hours.dump()))["weekly_hours"],
            "Indiquez un nombre d'heures par semaine supérieur à 0 et d'au plus 40.");
  EXPECT_EQ(Api("POST", "/api/v1/prescriptions", Body(session), operateur_token).status, 403);
  EXPECT_EQ(Api("POST", "/api/v1/prescriptions", Body(session), colleague_token).status, 403);
  EXPECT_EQ(Errors(Api("GET", "/api/v1/prescriptions?status=validee"))["status"],
            "Statut de prescription inconnu.");
  EXPECT_EQ(nlohmann::json::parse(Api("GET", "/api/v1/prescriptions").body)["total"], 0);
}

TEST_F(PrescriptionsHttp, ApiAnswersAreTheOperatorsAndImpossibleOnesAreConflicts) {
  auto first = PrescribeByApi();
  auto second = PrescribeByApi();
  EXPECT_EQ(Api("PATCH", Path(first), R"({"status": "acceptee"})").status, 403);
  auto no_reason = Api("PATCH", Path(first), R"({"status": "refusee"})", operateur_token);
  ASSERT_EQ(no_reason.status, 422);
  EXPECT_EQ(Errors(no_reason)["reason"], "Indiquez le motif du refus.");
  auto entry = Api("PATCH", Path(first), R"({"status": "entree"})", operateur_token);
  ASSERT_EQ(entry.status, 409);
  EXPECT_NE(entry.body.find("qu'après l'acceptation"), std::string::npos) << entry.body;
  ASSERT_EQ(Api("PATCH", Path(first), R"({"status": "acceptee"})", operateur_token).status, 200);
  auto full = Api("PATCH", Path(second), R"({"status": "acceptee"})", operateur_token);
  ASSERT_EQ(full.status, 409);
  EXPECT_NE(full.body.find("prescription.full"), std::string::npos) << full.body;
  auto stale = Api("PATCH", Path(second),
                   R"({"status": "refusee", "reason": "plus_de_place", "version": 9})",
                   operateur_token);
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(Api("PATCH", Path(second), R"({"status": "refusee", "reason": "plus_de_place"})",
                operateur_token)
                .status,
            200);
}

TEST_F(PrescriptionsHttp, ReferentPrescribesFromTheFormAndSeesTheTab) {
  const std::string form = PersonPath("/prescriptions/nouvelle");
  auto page = Page(form + "?action=" + std::to_string(action));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "Atelier mobilité"));
  EXPECT_TRUE(Has(page.body, "Session du 01/12/2026 au 26/02/2027 (1 place libre)"));
  auto bad = PostForm(server, referent_session, form,
                      {{"action_id", std::to_string(action)}, {"weeks", "douze"}});
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad.body, "Indiquez un nombre entier de semaines entre 1 et 104."));
  EXPECT_TRUE(Has(bad.body, "aria-describedby=\"weeks-error\""));
  auto ok = PostForm(server, referent_session, form,
                     {{"action_id", std::to_string(action)},
                      {"session_id", std::to_string(session)},
                      {"message", "Permis B"},
                      {"weekly_hours", "7,5"}});
  ASSERT_EQ(ok.status, 303) << ok.body;
  auto detail = Page(ok.Header("location"));
  ASSERT_EQ(detail.status, 200);
  EXPECT_TRUE(Has(detail.body, "Prescription envoyée à l'opérateur."));
  EXPECT_TRUE(Has(detail.body, "7,5 h par semaine"));
  EXPECT_FALSE(Has(detail.body, "<h2>Répondre</h2>")) << "the referent does not answer";
  auto tab = Page(PersonPath("/prescriptions"));
  ASSERT_EQ(tab.status, 200);
  EXPECT_TRUE(Has(tab.body, "aria-current=\"page\">Prescriptions</a>"));
  EXPECT_TRUE(Has(tab.body, "En attente de réponse"));
  auto journal = Page(PersonPath("/journal"));
  EXPECT_TRUE(Has(journal.body, "Prescription : En attente de réponse"));
}

TEST_F(PrescriptionsHttp, OperatorAnswersFromItsInboxAndSeesOnlyNameContactAndReferent) {
  auto id = PrescribeByApi();
  auto inbox = Page("/offre/prescriptions", &operateur_session);
  ASSERT_EQ(inbox.status, 200);
  EXPECT_TRUE(Has(inbox.body, "Prescriptions en attente de réponse : <strong>1</strong>"));
  EXPECT_TRUE(Has(inbox.body, "Awa Diallo"));
  const std::string detail = "/offre/prescriptions/" + std::to_string(id);
  auto page = Page(detail, &operateur_session);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "<h2>Répondre</h2>"));
  auto bad = PostForm(server, operateur_session, detail + "/reponse", {{"status", "refusee"}});
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad.body, "Indiquez le motif du refus."));
  auto ok = PostForm(server, operateur_session, detail + "/reponse", {{"status", "acceptee"}});
  ASSERT_EQ(ok.status, 303);
  auto participants = Page("/offre/participants", &operateur_session);
  ASSERT_EQ(participants.status, 200);
  EXPECT_TRUE(Has(participants.body, "Awa Diallo"));
  auto limited = Page(PersonPath("/prescriptions"), &operateur_session);
  ASSERT_EQ(limited.status, 200);
  EXPECT_TRUE(Has(limited.body, "Coordonnées"));
  EXPECT_FALSE(Has(limited.body, "person-tabs")) << "no tab towards the file";
  EXPECT_EQ(Page(PersonPath(""), &operateur_session).status, 403);
  EXPECT_EQ(Page(PersonPath("/diagnostic"), &operateur_session).status, 403);
  EXPECT_EQ(Page("/offre/participants").status, 403) << "a référent answers nothing";
}

}  // namespace
}  // namespace pacte::testing
