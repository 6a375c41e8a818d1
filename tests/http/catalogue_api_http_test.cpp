// The catalogue API over HTTP: creation, read with quality score, PATCH (fields, publication,
// archive, stale version), sessions, and bad input (malformed JSON, unknown and mistyped
// fields, unknown codes), each with its French message and nothing written.

#include "http/catalogue_http_fixture.hpp"

namespace pacte::testing {
namespace {

class CatalogueApi : public CatalogueHttpTest {};

TEST_F(CatalogueApi, OperatorCreatesReadsPublishesAndArchives) {
  auto a = CreateAction(op);
  EXPECT_EQ(a["status"], "brouillon");
  EXPECT_EQ(a["di_id"], "pacte-92--" + std::to_string(a["id"].get<std::int64_t>()));
  EXPECT_EQ(a["objective"], "lever_freins_sociaux");
  EXPECT_EQ(a["commune_name"], "Nanterre");
  EXPECT_TRUE(a["quality"]["score"].is_number());
  EXPECT_TRUE(a["quality"]["to_fix"].is_array());
  // A draft is not seen by a référent.
  EXPECT_EQ(Api(referent, "GET", ActionPath(a)).status, 404);
  auto published = Api(op, "PATCH", ActionPath(a),
                       nlohmann::json{{"version", a["version"]}, {"status", "publiee"}}.dump());
  ASSERT_EQ(published.status, 200) << published.body;
  auto p = nlohmann::json::parse(published.body);
  EXPECT_EQ(p["status"], "publiee");
  auto seen = Api(referent, "GET", ActionPath(a));
  ASSERT_EQ(seen.status, 200);
  EXPECT_FALSE(nlohmann::json::parse(seen.body)["can_manage"].get<bool>());
  auto stale = Api(op, "PATCH", ActionPath(a),
                   nlohmann::json{{"version", a["version"]}, {"name", "Autre nom"}}.dump());
  EXPECT_EQ(stale.status, 409);
  auto foreign = Api(other_op, "PATCH", ActionPath(a),
                   nlohmann::json{{"version", p["version"]}, {"status", "archivee"}}.dump());
  EXPECT_EQ(foreign.status, 403);
  auto archived = Api(coordinator, "PATCH", ActionPath(a),
                      nlohmann::json{{"version", p["version"]}, {"status", "archivee"}}.dump());
  ASSERT_EQ(archived.status, 200) << archived.body;
  auto again = Api(op, "PATCH", ActionPath(a),
                   nlohmann::json{{"version", nlohmann::json::parse(archived.body)["version"]},
                                  {"status", "archivee"}}
                       .dump());
  EXPECT_EQ(again.status, 409);
  EXPECT_NE(again.body.find("déjà archivée"), std::string::npos);
}

TEST_F(CatalogueApi, PublicationIsRefusedWithTheMissingFieldsNamed) {
  auto body = PublishableBody();
  body.erase("telephone");
  body.erase("modes_mobilisation");
  auto a = CreateAction(op, body);
  auto r = Api(op, "PATCH", ActionPath(a),
               nlohmann::json{{"version", a["version"]}, {"status", "publiee"}}.dump());
  ASSERT_EQ(r.status, 422) << r.body;
  auto fields = FieldsOf(r);
  EXPECT_NE(fields["telephone"].get<std::string>().find("téléphone"), std::string::npos);
  EXPECT_TRUE(fields.contains("modes_mobilisation"));
  auto still = Api(op, "GET", ActionPath(a));
  EXPECT_EQ(nlohmann::json::parse(still.body)["status"], "brouillon");
}

TEST_F(CatalogueApi, BadBodiesAreRefusedWithFrenchMessagesAndNothingWritten) {
  auto r = Api(op, "POST", "/api/v1/actions", "{\"name\": ");
  EXPECT_EQ(r.status, 400);
  auto typed = Api(op, "POST", "/api/v1/actions",
                   nlohmann::json{{"name", 12}, {"inconnu", true}, {"latitude", "nord"},
                                  {"thematiques", "mobilite"}}
                       .dump());
  ASSERT_EQ(typed.status, 422);
  auto fields = FieldsOf(typed);
  EXPECT_EQ(fields["name"], "Doit être une chaîne de caractères.");
  EXPECT_EQ(fields["inconnu"], "Champ inconnu.");
  EXPECT_EQ(fields["latitude"], "Doit être un nombre.");
  EXPECT_EQ(fields["thematiques"], "Doit être une liste de chaînes.");
  auto body = PublishableBody();
  body["thematiques"] = {"mobilite--voler"};
  body["action_type"] = 99;
  body["courriel"] = "pas-une-adresse";
  auto codes = Api(op, "POST", "/api/v1/actions", body.dump());
  ASSERT_EQ(codes.status, 422);
  auto f = FieldsOf(codes);
  EXPECT_NE(f["thematiques"].get<std::string>().find("mobilite--voler"), std::string::npos);
  EXPECT_NE(f["action_type"].get<std::string>().find("1 à 15"), std::string::npos);
  EXPECT_NE(f["courriel"].get<std::string>().find("invalide"), std::string::npos);
  // A référent is refused before its body is read.
  EXPECT_EQ(Api(referent, "POST", "/api/v1/actions", "pas du json").status, 403);
  auto list = Api(op, "POST", "/api/v1/actions", nlohmann::json{{"name", "ab"}}.dump());
  EXPECT_EQ(list.status, 422);
  auto patch = Api(op, "PATCH", "/api/v1/actions/999999", "{\"version\": 1}");
  EXPECT_EQ(patch.status, 404);
}

TEST_F(CatalogueApi, SessionsAreAddedAndListedWithPlaces) {
  auto a = CreateAction(op);
  const std::string path = ActionPath(a) + "/sessions";
  auto created = Api(op, "POST", path,
                     nlohmann::json{{"starts_on", "2026-07-06"}, {"ends_on", "2026-07-31"},
                                    {"places", 12}, {"weekly_hours", 6.5}}
                         .dump());
  ASSERT_EQ(created.status, 201) << created.body;
  auto s = nlohmann::json::parse(created.body);
  EXPECT_EQ(s["weeks"], 4);
  EXPECT_EQ(s["total_hours"], 26.0);
  EXPECT_EQ(s["places_free"], 12);
  auto past = Api(op, "POST", path,
                  nlohmann::json{{"starts_on", "2026-05-01"}, {"ends_on", "2026-04-01"},
                                 {"places", -1}}
                      .dump());
  ASSERT_EQ(past.status, 422);
  auto f = FieldsOf(past);
  EXPECT_NE(f["starts_on"].get<std::string>().find("passé"), std::string::npos);
  EXPECT_NE(f["ends_on"].get<std::string>().find("finir avant"), std::string::npos);
  EXPECT_NE(f["places"].get<std::string>().find("négatif"), std::string::npos);
  auto missing = Api(op, "POST", path, "{}");
  ASSERT_EQ(missing.status, 422);
  EXPECT_EQ(FieldsOf(missing)["places"], "Champ obligatoire.");
  EXPECT_EQ(Api(other_op, "POST", path, "{}").status, 404);  // a draft of another structure
  auto list = Api(op, "GET", path);
  ASSERT_EQ(list.status, 200);
  auto items = nlohmann::json::parse(list.body);
  EXPECT_EQ(items["total"], 1);
  EXPECT_EQ(items["items"][0]["places_taken"], 0);
}

}  // namespace
}  // namespace pacte::testing
