// Notes and exit pages and API: visibility filtering, the health hint, exit with cancelled
// appointments, a second exit (409), reviews, permissions.

#include "http/appointments_http_fixture.hpp"

namespace pacte::testing {
namespace {

bool Has(const std::string& html, const std::string& text) {
  return html.find(text) != std::string::npos;
}

TEST_F(AppointmentsHttp, NotesAreFilteredByVisibility) {
  ASSERT_EQ(Api("POST", ApiPath("/notes"), R"({"body": "Seulement moi", "visibility": "referent"})")
                .status,
            201);
  ASSERT_EQ(Api("POST", ApiPath("/notes"), R"({"body": "Pour l'équipe", "visibility": "structure"})")
                .status,
            201);
  auto mine = nlohmann::json::parse(Api("GET", ApiPath("/notes")).body);
  EXPECT_EQ(mine["total"], 2);
  auto theirs = nlohmann::json::parse(Api("GET", ApiPath("/notes"), "", colleague_token).body);
  ASSERT_EQ(theirs["total"], 1);
  EXPECT_EQ(theirs["items"][0]["body"], "Pour l'équipe");
  auto denied = Api("POST", ApiPath("/notes"), R"({"body": "x", "visibility": "referent"})",
                    colleague_token);
  EXPECT_EQ(denied.status, 403);
  auto bad = Api("POST", ApiPath("/notes"), R"({"body": "", "visibility": "tous"})");
  ASSERT_EQ(bad.status, 422);
  EXPECT_EQ(Errors(bad)["body"], "La note est vide.");
  EXPECT_EQ(Errors(bad)["visibility"], "Visibilité inconnue : referent, structure ou followers.");
}

TEST_F(AppointmentsHttp, TheNotesTabWarnsAboutHealthAndShowsErrorsNextToFields) {
  auto page = Page(PersonPath("/notes"));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "aria-current=\"page\">Notes</a>"));
  EXPECT_TRUE(Has(page.body, "N'écrivez jamais d'information de santé"));
  auto bad = PostForm(server, referent_session, PersonPath("/notes"),
                      {{"body", ""}, {"visibility", "structure"}});
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad.body, "La note est vide."));
  EXPECT_TRUE(Has(bad.body, "aria-invalid=\"true\""));
  auto ok = PostForm(server, referent_session, PersonPath("/notes"),
                     {{"body", "Rappeler la semaine prochaine"}, {"visibility", "followers"}});
  ASSERT_EQ(ok.status, 303);
  EXPECT_TRUE(Has(Page(PersonPath("/notes")).body, "Rappeler la semaine prochaine"));
}

TEST_F(AppointmentsHttp, AnExitCancelsUpcomingAppointmentsAndASecondOneIsAConflict) {
  auto upcoming = PlanByApi("2026-12-02T14:00");
  auto r = Api("POST", ApiPath("/exit"),
               R"({"exited_on": "2026-11-26", "reason": "emploi_durable", "comment": "CDI"})");
  ASSERT_EQ(r.status, 201) << r.body;
  auto body = nlohmann::json::parse(r.body);
  EXPECT_EQ(body["cancelled_appointments"], nlohmann::json::array({upcoming}));
  EXPECT_EQ(nlohmann::json::parse(Api("GET", "/api/v1/appointments/" +
                                              std::to_string(upcoming)).body)["status"],
            "annule");
  auto again = Api("POST", ApiPath("/exit"), R"({"exited_on": "2026-11-27", "reason": "autre"})");
  EXPECT_EQ(again.status, 409);
  auto page = Page(PersonPath("/sortie"));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "Sortie du dispositif le 26/11/2026 (Emploi durable)"));
  EXPECT_FALSE(Has(page.body, "Enregistrer la sortie</button>"));
}

TEST_F(AppointmentsHttp, ExitErrorsAreFrenchAndNothingIsWritten) {
  auto future = Api("POST", ApiPath("/exit"), R"({"exited_on": "2026-12-01", "reason": "autre"})");
  ASSERT_EQ(future.status, 422);
  EXPECT_EQ(Errors(future)["exited_on"], "La date de sortie ne peut pas être dans le futur.");
  auto page = PostForm(server, referent_session, PersonPath("/sortie"),
                       {{"exited_on", "2024-06-01"}, {"reason", "demenagement"}});
  ASSERT_EQ(page.status, 422);
  EXPECT_TRUE(Has(page.body, "dans les droits et devoirs (06/01/2025)"));
  EXPECT_TRUE(Has(page.body, "aria-describedby=\"exited_on-error\""));
  EXPECT_EQ(Api("POST", ApiPath("/exit"), R"({"exited_on": "2026-11-01", "reason": "autre"})",
                colleague_token)
                .status,
            403);
  auto ok = PostForm(server, referent_session, PersonPath("/sortie"),
                     {{"exited_on", "2026-11-20"}, {"reason", "demenagement"}});
  EXPECT_EQ(ok.status, 303);
}

TEST_F(AppointmentsHttp, ReviewsAreRecordedFromTheSortiePageAndTheApi) {
  auto api = Api("POST", ApiPath("/reviews"),
                 R"({"reviewed_on": "2026-11-20", "kind": "revue_conjointe"})");
  ASSERT_EQ(api.status, 201) << api.body;
  auto bad = PostForm(server, referent_session, PersonPath("/revues"),
                      {{"reviewed_on", ""}, {"kind", "equipe_pluridisciplinaire"}});
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad.body, "reviewed_on-error"));
  auto ok = PostForm(server, referent_session, PersonPath("/revues"),
                     {{"reviewed_on", "2026-11-25"}, {"kind", "equipe_pluridisciplinaire"},
                      {"outcome", "Maintien du parcours social"}});
  ASSERT_EQ(ok.status, 303);
  auto page = Page(PersonPath("/sortie"));
  EXPECT_TRUE(Has(page.body, "Revue conjointe"));
  EXPECT_TRUE(Has(page.body, "Maintien du parcours social"));
}

}  // namespace
}  // namespace pacte::testing
