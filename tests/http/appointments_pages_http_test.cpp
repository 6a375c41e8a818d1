// Pages of appointments, notes, exits and motives: the tab with "À préciser", quick status
// buttons, the convocation letter, the agenda, field errors next to fields, stale → 409.

#include "http/appointments_http_fixture.hpp"

namespace pacte::testing {
namespace {

bool Has(const std::string& html, const std::string& text) {
  return html.find(text) != std::string::npos;
}

TEST_F(AppointmentsHttp, TheTabShowsUpcomingAndPastWithToBeSpecified) {
  PlanByApi("2026-11-20T10:00");                // past, still a_venir
  PlanByApi("2026-11-10T10:00", "honore");      // past, honoured
  PlanByApi("2026-12-02T14:00");                // upcoming
  auto r = Page(PersonPath("/rendez-vous"));
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r.body, "<h1>Rendez-vous de Mme Awa DIALLO</h1>") ||
              Has(r.body, "Rendez-vous de Awa DIALLO"));
  EXPECT_TRUE(Has(r.body, "aria-current=\"page\">Rendez-vous</a>"));
  EXPECT_TRUE(Has(r.body, "À préciser"));
  EXPECT_TRUE(Has(r.body, "Honoré"));
  EXPECT_TRUE(Has(r.body, "02/12/2026 14:00 UTC"));
  EXPECT_TRUE(Has(r.body, "Planifier le rendez-vous"));
  // Quick buttons: a future one may only be excused or cancelled.
  EXPECT_TRUE(Has(r.body, "name=\"statut\" value=\"excuse\""));
  EXPECT_TRUE(Has(r.body, "name=\"statut\" value=\"honore\""));  // for the past one
}

TEST_F(AppointmentsHttp, PlanningFromThePageKeepsWhatWasTypedOnError) {
  auto bad = PostForm(server, referent_session, PersonPath("/rendez-vous"),
                      {{"date", "2026-12-05"}, {"heure", ""}, {"mode", "sur_place"},
                       {"lieu", "Mairie"}, {"motif", ""}});
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad.body, "Date et heure invalides"));
  EXPECT_TRUE(Has(bad.body, "Choisissez le motif du rendez-vous."));
  EXPECT_TRUE(Has(bad.body, "aria-describedby=\"motif-error\""));
  EXPECT_TRUE(Has(bad.body, "value=\"Mairie\""));
  EXPECT_EQ(nlohmann::json::parse(Api("GET", ApiPath("/appointments")).body)["total"], 0);
  auto ok = PostForm(server, referent_session, PersonPath("/rendez-vous"),
                     {{"date", "2026-12-05"}, {"heure", "09:30"}, {"duree", "45"},
                      {"mode", "sur_place"}, {"lieu", "Mairie"}, {"motif", "bilan"}});
  ASSERT_EQ(ok.status, 303);
  EXPECT_EQ(ok.Header("location"), PersonPath("/rendez-vous?enregistre=1"));
  EXPECT_EQ(nlohmann::json::parse(Api("GET", ApiPath("/appointments")).body)["total"], 1);
}

TEST_F(AppointmentsHttp, QuickStatusButtonsFollowTheRulesAndTheVersion) {
  auto id = PlanByApi("2026-12-02T14:00");
  const std::string path = "/rendez-vous/" + std::to_string(id) + "/statut";
  auto early = PostForm(server, referent_session, path, {{"statut", "honore"}, {"version", "1"}});
  EXPECT_EQ(early.status, 422);
  EXPECT_TRUE(Has(early.body, "ne peut pas être marqué « Honoré »"));
  auto cancel = PostForm(server, referent_session, path, {{"statut", "annule"}, {"version", "1"}});
  ASSERT_EQ(cancel.status, 303);
  auto stale = PostForm(server, referent_session, path, {{"statut", "excuse"}, {"version", "1"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale.body, "role=\"alert\""));
}

TEST_F(AppointmentsHttp, TheConvocationLetterIsInFrench) {
  auto id = PlanByApi("2026-12-02T14:00");
  auto r = Page("/rendez-vous/" + std::to_string(id) + "/convocation");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r.body, "<h1>Convocation à un rendez-vous</h1>"));
  EXPECT_TRUE(Has(r.body, "Awa DIALLO"));
  EXPECT_TRUE(Has(r.body, "le 02/12/2026 à 14:00"));
  EXPECT_TRUE(Has(r.body, "CCAS de Nanterre"));
  EXPECT_TRUE(Has(r.body, "Suivi"));
  EXPECT_TRUE(Has(r.body, "Prénom"));  // the référent
  EXPECT_TRUE(Has(r.body, "À apporter"));
  EXPECT_TRUE(Has(r.body, "suspension totale ou partielle"));  // D&D reminder
  EXPECT_TRUE(Has(r.body, "Département"));
}

TEST_F(AppointmentsHttp, TheAgendaListsWhatIsComingAndWhatIsToBeSpecified) {
  PlanByApi("2026-11-20T10:00");
  PlanByApi("2026-12-02T14:00");
  auto r = Page("/rendez-vous");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r.body, "<h1>Mes rendez-vous</h1>"));
  EXPECT_TRUE(Has(r.body, "20/11/2026 10:00 UTC"));
  EXPECT_TRUE(Has(r.body, "02/12/2026 14:00 UTC"));
  EXPECT_TRUE(Has(r.body, "Awa DIALLO"));
  EXPECT_FALSE(Has(r.body, "Aucun rendez-vous à préciser."));
}

TEST_F(AppointmentsHttp, TheDetailPageEditsWithTheVersion) {
  auto id = PlanByApi("2026-12-02T14:00");
  const std::string path = "/rendez-vous/" + std::to_string(id);
  auto page = Page(path);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "name=\"version\" value=\"1\""));
  FormFields edit{{"date", "2026-12-09"}, {"heure", "11:00"}, {"mode", "telephone"},
                  {"motif", "suivi"},     {"statut", "a_venir"}, {"version", "1"}};
  ASSERT_EQ(PostForm(server, referent_session, path, edit).status, 303);
  auto again = PostForm(server, referent_session, path, edit);
  EXPECT_EQ(again.status, 409);
  auto a = nlohmann::json::parse(Api("GET", "/api/v1/appointments/" + std::to_string(id)).body);
  EXPECT_EQ(a["starts_at"], "2026-12-09T11:00:00Z");
  EXPECT_EQ(a["mode"], "telephone");
}

TEST_F(AppointmentsHttp, MotivesAreManagedOnTheirPage) {
  auto denied = Page("/referentiels/motifs-rendez-vous");
  EXPECT_EQ(denied.status, 403);
  auto coord = LoginSession(server, "coord@cd92.fr");
  auto page = Page("/referentiels/motifs-rendez-vous", &coord);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "Signature de contrat"));
  auto bad = PostForm(server, coord, "/referentiels/motifs-rendez-vous",
                      {{"code", "Bilan Final"}, {"libelle", "Bilan final"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad.body, "aria-describedby=\"code-hint code-error\""));
  auto ok = PostForm(server, coord, "/referentiels/motifs-rendez-vous",
                     {{"code", "bilan_final"}, {"libelle", "Bilan final"}});
  EXPECT_EQ(ok.status, 303);
  auto items = nlohmann::json::parse(Api("GET", "/api/v1/appointment-motives").body)["items"];
  ASSERT_EQ(items.size(), 8u);
  auto id = std::to_string(items[7]["id"].get<std::int64_t>());
  // Deactivated (box unchecked): no longer offered for new appointments.
  auto off = PostForm(server, coord, "/referentiels/motifs-rendez-vous/modification",
                      {{"id", id}, {"version", "1"}, {"libelle", "Bilan final"}});
  EXPECT_EQ(off.status, 303);
  auto refused = Api("POST", ApiPath("/appointments"),
                     R"({"starts_at": "2026-12-03T14:30", "mode": "visio", "motive": "bilan_final"})");
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(Errors(refused)["motive"], "Ce motif n'est plus proposé : choisissez-en un autre.");
}

}  // namespace
}  // namespace pacte::testing
