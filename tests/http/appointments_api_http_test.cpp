// The appointments API: planning, status rules on both sides of "now", "à préciser",
// optimistic concurrency, field errors in French and permissions.

#include "http/appointments_http_fixture.hpp"

namespace pacte::testing {
namespace {

using nlohmann::json;

TEST_F(AppointmentsHttp, PlanAndListAppointments) {
  auto r = Api("POST", ApiPath("/appointments"),
               R"({"starts_at": "2026-12-03T14:30", "duration_minutes": 45, "mode": "visio",)"
               R"( "place": "https://visio.example/abc", "motive": "diagnostic"})");
  ASSERT_EQ(r.status, 201) << r.body;
  auto created = json::parse(r.body);
  EXPECT_EQ(created["status"], "a_venir");
  EXPECT_EQ(created["agent_id"], referent);
  EXPECT_EQ(created["starts_at"], "2026-12-03T14:30:00Z");
  EXPECT_EQ(created["motive_label"], "Diagnostic");
  EXPECT_EQ(r.Header("location"), "/api/v1/appointments/" + std::to_string(created["id"].get<int>()));
  auto list = Api("GET", ApiPath("/appointments"));
  ASSERT_EQ(list.status, 200);
  auto body = json::parse(list.body);
  EXPECT_EQ(body["total"], 1);
  EXPECT_EQ(body["items"][0]["mode"], "visio");
}

TEST_F(AppointmentsHttp, AFutureAppointmentCannotBeHonouredAndNothingIsWritten) {
  auto r = Api("POST", ApiPath("/appointments"),
               R"({"starts_at": "2026-11-27T09:05", "mode": "sur_place", "motive": "suivi",)"
               R"( "status": "honore"})");
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(Errors(r)["status"],
            "Un rendez-vous qui n'a pas encore eu lieu ne peut pas être marqué « Honoré ».");
  EXPECT_EQ(json::parse(Api("GET", ApiPath("/appointments")).body)["total"], 0);
  // Five minutes earlier it had taken place: honoured is accepted.
  auto past = Api("POST", ApiPath("/appointments"),
                  R"({"starts_at": "2026-11-27T08:55", "mode": "sur_place", "motive": "suivi",)"
                  R"( "status": "honore"})");
  EXPECT_EQ(past.status, 201) << past.body;
}

TEST_F(AppointmentsHttp, APastAppointmentStillAVenirIsShownToBeSpecified) {
  auto id = PlanByApi("2026-11-28T10:00");
  server.clock().Advance(std::chrono::hours{48});
  auto r = Api("GET", "/api/v1/appointments/" + std::to_string(id));
  ASSERT_EQ(r.status, 200);
  auto a = json::parse(r.body);
  EXPECT_EQ(a["status"], "a_venir");
  EXPECT_EQ(a["displayed_status"], "a_preciser");
  EXPECT_EQ(a["displayed_status_label"], "À préciser");
}

TEST_F(AppointmentsHttp, PatchRecordsTheStatusAndAStaleVersionIsAConflict) {
  auto id = PlanByApi("2026-11-28T10:00");
  const std::string path = "/api/v1/appointments/" + std::to_string(id);
  auto early = Api("PATCH", path, R"({"version": 1, "status": "absent"})");
  EXPECT_EQ(early.status, 422);
  EXPECT_EQ(Errors(early).count("status"), 1u);
  server.clock().Advance(std::chrono::hours{30});
  auto ok = Api("PATCH", path, R"({"version": 1, "status": "absent", "comment": "Injoignable"})");
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(json::parse(ok.body)["version"], 2);
  auto stale = Api("PATCH", path, R"({"version": 1, "status": "honore"})");
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(json::parse(Api("GET", path).body)["status"], "absent");
  auto cleared = Api("PATCH", path, R"({"version": 2, "comment": null})");
  ASSERT_EQ(cleared.status, 200);
  EXPECT_TRUE(json::parse(cleared.body)["comment"].is_null());
}

TEST_F(AppointmentsHttp, BadBodiesGetFrenchFieldErrors) {
  auto r = Api("POST", ApiPath("/appointments"),
               R"({"starts_at": "27/11/2026", "mode": "courrier", "motive": "", "couleur": 1})");
  ASSERT_EQ(r.status, 422) << r.body;
  auto fields = Errors(r);
  EXPECT_EQ(fields.count("couleur"), 1u);
  auto valid_shape = Api("POST", ApiPath("/appointments"),
                         R"({"starts_at": "27/11/2026", "mode": "courrier", "motive": ""})");
  ASSERT_EQ(valid_shape.status, 422);
  fields = Errors(valid_shape);
  EXPECT_EQ(fields["starts_at"], "Date et heure invalides (format attendu AAAA-MM-JJTHH:MM).");
  EXPECT_EQ(fields["mode"], "Modalité inconnue : sur_place, telephone ou visio.");
  EXPECT_EQ(fields["motive"], "Choisissez le motif du rendez-vous.");
  EXPECT_EQ(Api("POST", ApiPath("/appointments"), "{pas du json").status, 400);
  auto agent = Api("POST", ApiPath("/appointments"),
                   R"({"starts_at": "2026-12-03T14:30", "mode": "visio", "motive": "suivi",)"
                   R"( "agent_id": 999999, "duration_minutes": 900})");
  ASSERT_EQ(agent.status, 422);
  EXPECT_EQ(Errors(agent)["agent_id"], "Agent inconnu ou désactivé.");
  EXPECT_EQ(Errors(agent)["duration_minutes"],
            "La durée doit être un nombre de minutes entre 5 et 480.");
  EXPECT_EQ(json::parse(Api("GET", ApiPath("/appointments")).body)["total"], 0);
}

TEST_F(AppointmentsHttp, AColleagueReadsButMayNotPlanNorChange) {
  auto id = PlanByApi("2026-12-01T10:00");
  EXPECT_EQ(Api("GET", ApiPath("/appointments"), "", colleague_token).status, 200);
  EXPECT_EQ(Api("POST", ApiPath("/appointments"), "{pas du json", colleague_token).status, 403);
  EXPECT_EQ(Api("PATCH", "/api/v1/appointments/" + std::to_string(id),
                R"({"version": 1, "status": "annule"})", colleague_token)
                .status,
            403);
  EXPECT_EQ(Api("GET", "/api/v1/appointments/999999").status, 404);
}

TEST_F(AppointmentsHttp, MotivesAreListed) {
  auto r = Api("GET", "/api/v1/appointment-motives");
  ASSERT_EQ(r.status, 200);
  auto items = json::parse(r.body)["items"];
  ASSERT_EQ(items.size(), 7u);
  EXPECT_EQ(items[3]["code"], "signature_contrat");
  EXPECT_EQ(items[3]["label"], "Signature de contrat");
}

}  // namespace
}  // namespace pacte::testing
