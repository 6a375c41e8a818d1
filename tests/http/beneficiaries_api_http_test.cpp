// /api/v1/beneficiaries: create, read, patch, search and timeline over HTTP.

#include <gmock/gmock.h>

#include "http/beneficiaries_http_fixture.hpp"

namespace pacte::testing {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;

constexpr const char* kBody =
    R"({"last_name": "Lefèvre", "first_name": "Awa", "birth_date": "1985-04-12", "sex": "F",
        "nir": "2850492050123", "commune_code": "92050", "dd_since": "2025-01-06"})";

TEST_F(BeneficiariesHttpTest, ApiCreatesReadsAndPatchesWithTheVersion) {
  auto created = Api("POST", "/api/v1/beneficiaries", "admin", kBody);
  ASSERT_EQ(created.status, 201) << created.body;
  auto body = Json(created);
  const auto id = body["id"].get<std::int64_t>();
  EXPECT_EQ(created.Header("location"), "/api/v1/beneficiaries/" + std::to_string(id));
  EXPECT_EQ(body["nir"], "285049205012334");
  EXPECT_EQ(body["dd_since"], "2025-01-06");
  EXPECT_EQ(body["rights"][0]["etatdosrsa"], "2");
  const auto path = "/api/v1/beneficiaries/" + std::to_string(id);
  auto patched = Api("PATCH", path, "admin", R"({"version": 2, "phone": "0612345678"})");
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(Json(patched)["version"], 3);
  auto stale = Api("PATCH", path, "admin", R"({"version": 2, "email": "a@b.fr"})");
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_EQ(Json(stale)["code"], "version.stale");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_events WHERE action = 'person.update'"), 1);
}

TEST_F(BeneficiariesHttpTest, ApiRefusesBadInputWithFrenchFieldErrors) {
  auto missing = Api("POST", "/api/v1/beneficiaries", "admin", "{}");
  EXPECT_EQ(missing.status, 422);
  EXPECT_THAT(ProblemFields(missing), Contains("last_name"));
  auto key = Api("POST", "/api/v1/beneficiaries", "admin",
                 R"({"last_name": "A", "first_name": "B", "birth_date": "1985-04-12",
                     "nir": "285049205012399"})");
  EXPECT_EQ(key.status, 422);
  EXPECT_THAT(ProblemFields(key), Contains("nir"));
  auto future = Api("POST", "/api/v1/beneficiaries", "admin",
                    R"({"last_name": "A", "first_name": "B", "birth_date": "2030-01-01",
                        "commune_code": "92999"})");
  EXPECT_EQ(future.status, 422);
  EXPECT_THAT(ProblemFields(future), Contains("birth_date"));
  EXPECT_THAT(ProblemFields(future), Contains("commune_code"));
  auto unknown = Api("POST", "/api/v1/beneficiaries", "admin", R"({"surname": "A"})");
  EXPECT_EQ(unknown.status, 422);
  auto malformed = Api("POST", "/api/v1/beneficiaries", "admin", "{");
  EXPECT_EQ(malformed.status, 400);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM persons"), 0);
}

TEST_F(BeneficiariesHttpTest, ApiDuplicateNirIs409OnTheNirField) {
  ASSERT_EQ(Api("POST", "/api/v1/beneficiaries", "admin", kBody).status, 201);
  auto again = Api("POST", "/api/v1/beneficiaries", "admin", kBody);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(Json(again)["code"], "person.nir_taken");
  EXPECT_THAT(ProblemFields(again), ElementsAre("nir"));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM persons"), 1);
}

TEST_F(BeneficiariesHttpTest, ApiRolesWithoutPersonsGet403AndOperateur404) {
  const auto id = std::to_string(Person("Martin"));
  for (const char* role : {"signataire", "lecteur_stats"}) {
    EXPECT_EQ(Api("GET", "/api/v1/beneficiaries", role).status, 403);
    // Regression: an unknown parameter was reported (422) before the permission was checked.
    EXPECT_EQ(Api("GET", "/api/v1/beneficiaries?q=Martin", role).status, 403);
    EXPECT_EQ(Api("POST", "/api/v1/beneficiaries", role, "{").status, 403);
    EXPECT_EQ(Api("GET", "/api/v1/beneficiaries/" + id, role).status, 404);
  }
  EXPECT_EQ(Api("GET", "/api/v1/beneficiaries/" + id, "operateur").status, 404);
  EXPECT_EQ(Api("PATCH", "/api/v1/beneficiaries/" + id, "coordinateur", "{").status, 403);
  EXPECT_EQ(Api("GET", "/api/v1/beneficiaries/999999", "admin").status, 404);
}

TEST_F(BeneficiariesHttpTest, ApiMasksTheNirAndHealthForTheCoordinateur) {
  auto created = Api("POST", "/api/v1/beneficiaries", "admin", kBody);
  const auto id = std::to_string(Json(created)["id"].get<std::int64_t>());
  ExecuteForTest(server.db().store(),
                 "INSERT INTO diagnostics (person_id, made_on, created_at, updated_at) VALUES "
                 "($1, '2025-04-01', 'x', 'x')",
                 {id});
  ExecuteForTest(server.db().store(),
                 "INSERT INTO diagnostic_items (diagnostic_id, theme, impact) "
                 "SELECT MAX(id), 'sante', 'fort' FROM diagnostics");
  auto coord = Json(Api("GET", "/api/v1/beneficiaries/" + id, "coordinateur"));
  EXPECT_EQ(coord["nir"], "2 85 04 ** *** *** **");
  EXPECT_EQ(coord["nir_masked"], true);
  EXPECT_TRUE(coord["barriers"]["themes"].empty());
  EXPECT_EQ(coord["barriers"]["health_hidden"], true);
  auto admin = Json(Api("GET", "/api/v1/beneficiaries/" + id, "admin"));
  EXPECT_EQ(admin["nir"], "285049205012334");
  EXPECT_EQ(admin["barriers"]["themes"][0]["theme"], "sante");
}

TEST_F(BeneficiariesHttpTest, ApiSearchesWithFiltersAndRefusesUnknownParameters) {
  const auto lefevre = Person("Lefèvre");
  Person("Martin");
  auto found = Json(Api("GET", "/api/v1/beneficiaries?name=Lefebre&page_size=10"));
  ASSERT_EQ(found["items"].size(), 1u) << found.dump();
  EXPECT_EQ(found["items"][0]["id"], lefevre);
  EXPECT_EQ(found["items"][0]["match"], "approchant");
  EXPECT_EQ(found["total"], 1);
  EXPECT_EQ(found["page_size"], 10);
  auto status = Json(Api("GET", "/api/v1/beneficiaries?status=non_oriente&sort=dd_since"));
  EXPECT_EQ(status["total"], 2);
  EXPECT_EQ(Api("GET", "/api/v1/beneficiaries?nom=x").status, 422);
  EXPECT_EQ(Api("GET", "/api/v1/beneficiaries?status=inconnu").status, 422);
  EXPECT_EQ(Api("GET", "/api/v1/beneficiaries?nir=123").status, 422);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_events WHERE action = 'person.search'"), 2);
}

TEST_F(BeneficiariesHttpTest, ApiTimelineIsPaginatedNewestFirst) {
  const auto id = Person("Martin");
  OrientForTest(server.db().store(), server.clock(), id, org.structure_id, "social",
                "2025-02-03");
  auto page = Json(Api("GET", "/api/v1/beneficiaries/" + std::to_string(id) +
                                  "/timeline?page_size=1"));
  EXPECT_EQ(page["total"], 2);
  ASSERT_EQ(page["items"].size(), 1u);
  EXPECT_EQ(page["items"][0]["kind"], "orientation");
  EXPECT_EQ(page["items"][0]["href"], "/beneficiaires/" + std::to_string(id) + "/orientation");
  EXPECT_EQ(Api("GET", "/api/v1/beneficiaries/" + std::to_string(id) + "/timeline?x=1").status,
            422);
}

}  // namespace
}  // namespace pacte::testing
