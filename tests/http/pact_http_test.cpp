// The pact's pages and API over HTTP: the overview, an objective with its discussion, a
// signataire entering a measurement (its own objective only: 403 otherwise), "Mes
// engagements", the yearly report (page, XLSX, bad year), the management forms, CSRF.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/pact/manage_pact.hpp"
#include "app/pact/pilot_updates.hpp"
#include "support/auth_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {
namespace {

bool Has(const std::string& html, const std::string& text) {
  return html.find(text) != std::string::npos;
}

class PactHttp : public ::testing::Test {
 protected:
  void SetUp() override {
    server.clock().Set(*ParseIsoTimestamp("2026-03-02T09:00:00Z"));
    caf = Institution("CAF des Hauts-de-Seine");
    ft = Institution("France Travail Hauts-de-Seine");
    auto& store = server.db().store();
    auto& clock = server.clock();
    const auto system = app::Actor::System("test");
    coordinator_id = CreateAgent(store, clock, server.settings(), "coord@cd92.fr",
                                 {Role::kCoordinateur});
    pilot_id = CreateAgent(store, clock, server.settings(), "pilote@caf92.fr", {Role::kSignataire});
    partner_id =
        CreateAgent(store, clock, server.settings(), "partenaire@ft92.fr", {Role::kSignataire});
    reader_id = CreateAgent(store, clock, server.settings(), "lecteur@cd92.fr",
                            {Role::kLecteurStats});
    ASSERT_TRUE(app::SetAgentInstitution(store, clock, system, pilot_id, caf));
    ASSERT_TRUE(app::SetAgentInstitution(store, clock, system, partner_id, ft));
    PactFields f{"Pacte territorial d'insertion 2016-2020", {2016, 2020},
                 *ParseIsoDate("2016-03-24"), PactStatus::kAdopte};
    pact = *app::CreatePact(store, clock, system, f);
    for (auto inst : {caf, ft}) {
      ASSERT_TRUE(app::SaveSignatory(store, clock, system,
                                     {0, pact, inst, "", *ParseIsoDate("2016-04-01"), "Directeur"}));
    }
    app::PactOrientationRecord o{0, pact, "freins_sante", "Levée des freins liés à la santé", 1, 1};
    orientation = *app::AddOrientation(store, clock, system, o);
    app::ObjectiveRecord obj;
    obj.orientation_id = orientation;
    obj.title = "Faciliter l'accès aux droits en santé";
    obj.period = {2016, 2020};
    objective = *app::AddObjective(store, clock, system, obj, {caf});
    IndicatorFields ind{"Taux de recours à la complémentaire santé", "%", true, std::nullopt,
                        60.0, *ParseIsoDate("2015-12-31")};
    indicator = *app::AddIndicator(store, clock, system, nullptr, objective, ind);
    IndicatorFields computed{"Part des D&D orientés", "%", true, "dd_orientes_part", {}, {}};
    computed_indicator = *app::AddIndicator(store, clock, system, nullptr, objective, computed);
    for (int y = 2016; y <= 2020; ++y) {
      ASSERT_TRUE(app::SetIndicatorTarget(store, clock, system, indicator, y, 60 + 4 * (y - 2015)));
    }
    pilot = LoginSession(server, "pilote@caf92.fr");
    partner = LoginSession(server, "partenaire@ft92.fr");
    coord = LoginSession(server, "coord@cd92.fr");
    reader = LoginSession(server, "lecteur@cd92.fr");
    pilot_token = CreateApiToken(store, clock, pilot_id);
    partner_token = CreateApiToken(store, clock, partner_id);
  }

  std::int64_t Institution(const std::string& name) {
    ExecuteForTest(server.db().store(),
                   "INSERT INTO institutions (name, search_key, kind, is_pact_signatory, "
                   "created_at, updated_at) VALUES ($1, $1, 'autre', TRUE, 'x', 'x')",
                   {name});
    std::int64_t id = 0;
    server.db().store().WithConnection([&](storage::SqlConnection& c) {
      id = c.Query("SELECT MAX(id) FROM institutions").rows[0].Int(0);
    });
    return id;
  }

  ClientResponse Page(const std::string& path, const SessionCookies& who) {
    return server.Get(path, {{"Cookie", who.cookie}});
  }

  ClientResponse Api(const std::string& method, const std::string& path, const std::string& token,
                     const std::string& body = "") {
    ClientRequest req{method, path, {}, body};
    req.headers["Authorization"] = "Bearer " + token;
    if (!body.empty()) req.headers["Content-Type"] = "application/json";
    return Send(server.port(), req);
  }

  static std::map<std::string, std::string> Errors(const ClientResponse& r) {
    std::map<std::string, std::string> out;
    auto j = nlohmann::json::parse(r.body, nullptr, false);
    if (!j.is_object() || !j.contains("errors")) return out;
    for (const auto& e : j["errors"]) out[e["field"]] = e["detail"];
    return out;
  }

  std::string IndicatorPath() const {
    return "/pilotage/pacte/indicateurs/" + std::to_string(indicator) + "/mesures";
  }
  std::string ObjectivePath() const {
    return "/pilotage/pacte/objectifs/" + std::to_string(objective);
  }

  TestServer server;
  std::int64_t caf = 0, ft = 0, coordinator_id = 0, pilot_id = 0, partner_id = 0, reader_id = 0;
  std::int64_t pact = 0, orientation = 0, objective = 0, indicator = 0, computed_indicator = 0;
  SessionCookies pilot, partner, coord, reader;
  std::string pilot_token, partner_token;
};

TEST_F(PactHttp, TheOverviewShowsOrientationsObjectivesIndicatorsAndStatusesAsText) {
  auto page = Page("/pilotage/pacte", reader);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(Has(page.body, "<h1>Pacte territorial d&apos;insertion 2016-2020</h1>") ||
              Has(page.body, "<h1>Pacte territorial d'insertion 2016-2020</h1>"));
  EXPECT_TRUE(Has(page.body, "Levée des freins liés à la santé"));
  EXPECT_TRUE(Has(page.body, "Taux de recours à la complémentaire santé"));
  EXPECT_TRUE(Has(page.body, ">Non calculable</span>"));
  // The computed indicator over the test world's empty population: never a division by zero,
  // the reason given year by year in its trajectory.
  EXPECT_TRUE(Has(Page(ObjectivePath(), reader).body, "non calculable : aucune personne"));
  EXPECT_FALSE(Has(page.body, "Gérer le pacte"));
  EXPECT_TRUE(Has(Page("/pilotage/pacte", coord).body, "Gérer le pacte"));
}

TEST_F(PactHttp, APilotEntersAMeasurementAndSeesItOnTheOverview) {
  auto bad = PostForm(server, pilot, IndicatorPath(), {{"year", "2018"}, {"value", "abc"}});
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad.body, "La valeur mesurée doit être un nombre."));
  EXPECT_TRUE(Has(bad.body, "aria-invalid=\"true\""));
  auto ok = PostForm(server, pilot, IndicatorPath(),
                     {{"year", "2018"}, {"value", "76,5"}, {"source", "CNAM"}, {"retour", "engagements"}});
  ASSERT_EQ(ok.status, 303) << ok.body;
  EXPECT_TRUE(Has(ok.Header("location"), "/pilotage/pacte/mes-engagements"));
  auto overview = Page("/pilotage/pacte", reader);
  EXPECT_TRUE(Has(overview.body, "dernière valeur : 76,5 % en 2018"));
  EXPECT_TRUE(Has(overview.body, ">En avance</span>"));  // 76,5 against 72: more than a step of 4
  auto mine = Page("/pilotage/pacte/mes-engagements", pilot);
  ASSERT_EQ(mine.status, 200);
  EXPECT_TRUE(Has(mine.body, "CAF des Hauts-de-Seine"));
  EXPECT_TRUE(Has(mine.body, "Enregistrer la mesure"));
}

TEST_F(PactHttp, ASignataireOfAnotherInstitutionIsRefused) {
  auto page = PostForm(server, partner, IndicatorPath(), {{"year", "2018"}, {"value", "70"}});
  EXPECT_EQ(page.status, 403);
  EXPECT_TRUE(Has(page.body, "Votre institution ne pilote pas cet objectif"));
  auto api = Api("POST", "/api/v1/pact/indicators/" + std::to_string(indicator) + "/measurements",
                 partner_token, "pas du json");
  EXPECT_EQ(api.status, 403);  // refused before the body is read
  EXPECT_EQ(PostForm(server, reader, IndicatorPath(), {{"year", "2018"}, {"value", "70"}}).status,
            403);
  EXPECT_FALSE(Has(Page(ObjectivePath(), partner).body, "Enregistrer la mesure"));
  EXPECT_EQ(Page("/pilotage/pacte/mes-engagements", reader).status, 403);
}

TEST_F(PactHttp, TheMeasurementApiValidatesAndRecords) {
  const std::string path =
      "/api/v1/pact/indicators/" + std::to_string(indicator) + "/measurements";
  auto malformed = Api("POST", path, pilot_token, "{");
  EXPECT_EQ(malformed.status, 400);
  auto wrong = Api("POST", path, pilot_token, R"({"year": 2022, "value": "x", "extra": 1})");
  ASSERT_EQ(wrong.status, 422);
  EXPECT_EQ(Errors(wrong)["value"], "Doit être un nombre.");
  EXPECT_TRUE(Errors(wrong).count("extra"));
  auto outside = Api("POST", path, pilot_token, R"({"year": 2022, "value": 70})");
  ASSERT_EQ(outside.status, 422);
  EXPECT_EQ(Errors(outside)["year"],
            "Aucune mesure n'est attendue pour l'année 2022 : le pacte couvre 2016 à 2020.");
  auto computed = Api("POST",
                      "/api/v1/pact/indicators/" + std::to_string(computed_indicator) +
                          "/measurements",
                      pilot_token, R"({"year": 2018, "value": 70})");
  EXPECT_EQ(computed.status, 422);
  auto created = Api("POST", path, pilot_token, R"({"year": 2019, "value": 70, "source": "CAF"})");
  ASSERT_EQ(created.status, 201) << created.body;
  auto read = nlohmann::json::parse(Api("GET", "/api/v1/pact", partner_token).body);
  const auto& ind = read["orientations"][0]["objectives"][0]["indicators"][0];
  EXPECT_EQ(ind["latest_year"], 2019);
  EXPECT_EQ(ind["status"], "en_retard");  // 70 against 76 expected, a yearly step of 4
}

TEST_F(PactHttp, PartnersDiscussAnObjective) {
  auto empty = PostForm(server, partner, ObjectivePath() + "/commentaires", {{"body", "  "}});
  ASSERT_EQ(empty.status, 422);
  EXPECT_TRUE(Has(empty.body, "Le message est obligatoire."));
  auto ok = PostForm(server, partner, ObjectivePath() + "/commentaires",
                     {{"body", "Le recours progresse dans le nord du département."}});
  ASSERT_EQ(ok.status, 303);
  auto page = Page(ObjectivePath(), reader);
  EXPECT_TRUE(Has(page.body, "Le recours progresse dans le nord du département."));
  EXPECT_TRUE(Has(page.body, "France Travail Hauts-de-Seine"));
  EXPECT_EQ(PostForm(server, reader, ObjectivePath() + "/commentaires", {{"body", "x"}}).status,
            403);
  auto api = Api("POST", "/api/v1/pact/objectives/" + std::to_string(objective) + "/comments",
                 pilot_token, R"({"body": "Par l'API"})");
  ASSERT_EQ(api.status, 201);
  auto list = nlohmann::json::parse(
      Api("GET", "/api/v1/pact/objectives/" + std::to_string(objective) + "/comments",
          partner_token)
          .body);
  EXPECT_EQ(list["total"], 2);
  // Without the CSRF token, the form is refused.
  ClientRequest raw{"POST", ObjectivePath() + "/commentaires",
                    {{"Cookie", partner.cookie},
                     {"Content-Type", "application/x-www-form-urlencoded"}},
                    "body=sans+jeton"};
  EXPECT_EQ(Send(server.port(), raw).status, 403);
}

TEST_F(PactHttp, TheYearlyReportIsAPageAndAnXlsxAndRefusesAnotherYear) {
  auto page = Page("/pilotage/pacte/rapport?annee=2018", reader);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "Rapport d&apos;avancement 2018") ||
              Has(page.body, "Rapport d'avancement 2018"));
  EXPECT_TRUE(Has(page.body, "Cible 2018"));
  auto xlsx = Page("/pilotage/pacte/rapport?annee=2018&format=xlsx", reader);
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_TRUE(Has(xlsx.Header("content-disposition"), "rapport-pacte-2018"));
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  auto outside = Page("/pilotage/pacte/rapport?annee=2024", reader);
  EXPECT_EQ(outside.status, 422);
  EXPECT_TRUE(Has(outside.body, "Le rapport d&apos;avancement porte sur une année du pacte") ||
              Has(outside.body, "Le rapport d'avancement porte sur une année du pacte"));
}

TEST_F(PactHttp, TheCoordinatorManagesThePactThroughForms) {
  EXPECT_EQ(Page("/pilotage/pacte/gestion", pilot).status, 403);
  auto page = Page("/pilotage/pacte/gestion", coord);
  ASSERT_EQ(page.status, 200);
  auto target = PostForm(server, coord, "/pilotage/pacte/gestion/cibles",
                         {{"cible-indicator_id", std::to_string(indicator)},
                          {"cible-year", "2022"},
                          {"cible-value", "90"}});
  ASSERT_EQ(target.status, 422);
  EXPECT_TRUE(Has(target.body,
                  "Cible refusée : l&apos;année 2022 est hors de la période du pacte (2016 à 2020).") ||
              Has(target.body,
                  "Cible refusée : l'année 2022 est hors de la période du pacte (2016 à 2020)."));
  EXPECT_TRUE(Has(target.body, "id=\"cible-year-error\""));
  auto objective_form = PostForm(server, coord, "/pilotage/pacte/gestion/objectifs",
                                 {{"objectif-orientation_id", std::to_string(orientation)},
                                  {"objectif-title", "Coordonner santé mentale et insertion"},
                                  {"objectif-period_start", "2016"},
                                  {"objectif-period_end", "2020"},
                                  {"objectif-pilots", std::to_string(ft)}});
  ASSERT_EQ(objective_form.status, 303) << objective_form.body;
  EXPECT_TRUE(Has(Page("/pilotage/pacte", reader).body, "Coordonner santé mentale et insertion"));
  EXPECT_EQ(PostForm(server, pilot, "/pilotage/pacte/gestion/cibles", {}).status, 403);
}

}  // namespace
}  // namespace pacte::testing
