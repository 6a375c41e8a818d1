// The contract API over a real server: creation with its French field errors, list and read,
// PATCH (sign, close, edit only while brouillon, stale version), renewal, overlap, and who may
// do what (coordinator reads but gets 403 on writes; another structure's référent gets 404).

#include "http/contracts_http_fixture.hpp"

namespace pacte::testing {
namespace {

TEST_F(ContractsHttpTest, ReferentCreatesListsAndReadsAContract) {
  auto created = Api(referent, "POST", PersonContracts(), Engagement().dump());
  ASSERT_EQ(created.status, 201) << created.body;
  auto c = Json(created);
  EXPECT_EQ(created.Header("location"), "/api/v1/contracts/" + std::to_string(c["id"].get<int>()));
  EXPECT_EQ(c["status"], "brouillon");
  EXPECT_EQ(c["type_label"], "Contrat d'engagement");
  EXPECT_EQ(c["weekly_hours"], 15);
  EXPECT_EQ(c["structure_id"], org.structure_id);
  EXPECT_EQ(c["referent_agent_id"], referent.agent_id);
  EXPECT_EQ(c["actions"][0]["action_type_label"],
            "Orientation vers un parcours de recherche d'emploi");
  EXPECT_EQ(c["next_statuses"], nlohmann::json::array({"signe"}));

  auto list = Api(referent, "GET", PersonContracts());
  ASSERT_EQ(list.status, 200) << list.body;
  auto l = Json(list);
  EXPECT_EQ(l["total"], 1);
  EXPECT_EQ(l["items"][0]["id"], c["id"]);

  auto one = Api(coordinator, "GET", "/api/v1/contracts/" + std::to_string(c["id"].get<int>()));
  ASSERT_EQ(one.status, 200) << one.body;
  EXPECT_EQ(Json(one)["objectives"], "Retrouver un emploi dans la logistique.");
}

TEST_F(ContractsHttpTest, DurationShortcutComputesTheEnd) {
  auto body = Engagement();
  body.erase("ends_on");
  body["duration_months"] = 12;
  auto c = CreateByApi(body);
  EXPECT_EQ(c["ends_on"], "2027-02-28");
}

TEST_F(ContractsHttpTest, BadInputGetsFrenchFieldErrorsAndNothingIsWritten) {
  auto body = Engagement();
  body["ends_on"] = "2026-02-01";
  body["weekly_hours"] = 10;
  body["actions"] = {{{"label", "Atelier CV"}, {"action_type", 2}},
                     {{"label", "Permis"}, {"action_type", 16}}};
  auto r = Api(referent, "POST", PersonContracts(), body.dump());
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(ProblemField(r, "ends_on"), "La date de fin doit être postérieure à la date de début.");
  EXPECT_EQ(ProblemField(r, "weekly_hours"),
            "Le contrat d'engagement prévoit au moins 15 heures d'activité par semaine, sauf "
            "dispense motivée.");
  EXPECT_EQ(ProblemField(r, "actions[1].action_type"),
            "Type d'action inconnu : choisir un type de 1 à 15.");
  EXPECT_EQ(Json(Api(referent, "GET", PersonContracts()))["total"], 0);
}

TEST_F(ContractsHttpTest, ExemptionAllowsFewerHours) {
  auto body = Engagement();
  body["weekly_hours"] = 7.5;
  body["exemption_reason"] = "parent_isole_sans_garde";
  auto c = CreateByApi(body);
  EXPECT_EQ(c["weekly_hours"], 7.5);
  EXPECT_EQ(c["exemption_reason_label"], "Parent isolé sans solution de garde");
}

TEST_F(ContractsHttpTest, MalformedAndMistypedBodiesAreRefused) {
  EXPECT_EQ(Api(referent, "POST", PersonContracts(), "{pas du json").status, 400);
  auto body = Engagement();
  body["weekly_hours"] = "quinze";
  body["couleur"] = "bleu";
  body["actions"] = {{{"label", "Atelier"}, {"action_type", "2"}, {"lieu", "Nanterre"}}};
  auto r = Api(referent, "POST", PersonContracts(), body.dump());
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(ProblemField(r, "couleur"), "Champ inconnu.");
  EXPECT_EQ(ProblemField(r, "weekly_hours"), "Doit être un nombre (heures par semaine).");
  EXPECT_EQ(ProblemField(r, "actions[0].action_type"), "Doit être un nombre entier.");
  EXPECT_EQ(ProblemField(r, "actions[0].lieu"), "Champ inconnu.");
}

TEST_F(ContractsHttpTest, CoordinatorReadsButMayNotWrite) {
  auto c = CreateByApi(Engagement());
  const std::string path = "/api/v1/contracts/" + std::to_string(c["id"].get<int>());
  EXPECT_EQ(Api(coordinator, "GET", PersonContracts()).status, 200);
  EXPECT_EQ(Api(coordinator, "POST", PersonContracts(), Engagement().dump()).status, 403);
  EXPECT_EQ(Api(coordinator, "POST", PersonContracts(), "{pas du json").status, 403);
  EXPECT_EQ(Api(coordinator, "PATCH", path, R"({"version": 1, "objectives": "x"})").status, 403);
  EXPECT_EQ(Api(coordinator, "POST", path + "/renewal", "{}").status, 403);
}

TEST_F(ContractsHttpTest, AnotherStructuresReferentGetsNotFound) {
  auto c = CreateByApi(Engagement());
  const std::string path = "/api/v1/contracts/" + std::to_string(c["id"].get<int>());
  EXPECT_EQ(Api(stranger, "GET", PersonContracts()).status, 404);
  EXPECT_EQ(Api(stranger, "POST", PersonContracts(), Engagement().dump()).status, 404);
  auto read = Api(stranger, "GET", path);
  EXPECT_EQ(read.status, 404);
  EXPECT_EQ(Json(read)["code"], "contract.not_found");
  EXPECT_EQ(Api(stranger, "PATCH", path, R"({"version": 1})").status, 404);
}

TEST_F(ContractsHttpTest, PatchSignsClosesAndRefusesStaleOrLateEdits) {
  auto c = CreateByApi(Engagement());
  const std::string path = "/api/v1/contracts/" + std::to_string(c["id"].get<int>());
  auto no_date = Api(referent, "PATCH", path, R"({"version": 1, "status": "signe"})");
  ASSERT_EQ(no_date.status, 422) << no_date.body;
  EXPECT_EQ(ProblemField(no_date, "signed_on"),
            "La date de signature est obligatoire pour un contrat signé.");
  auto signed_ =
      Api(referent, "PATCH", path, R"({"version": 1, "status": "signe", "signed_on": "2026-03-01"})");
  ASSERT_EQ(signed_.status, 200) << signed_.body;
  EXPECT_EQ(Json(signed_)["status"], "signe");
  EXPECT_EQ(Json(signed_)["is_current"], true);
  auto stale = Api(referent, "PATCH", path, R"({"version": 1, "status": "termine"})");
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(Json(stale)["code"], "version.stale");
  auto edit = Api(referent, "PATCH", path, R"({"version": 2, "objectives": "Autre"})");
  EXPECT_EQ(edit.status, 409);
  EXPECT_EQ(Json(edit)["code"], "contract.not_draft");
  auto cancel = Api(referent, "PATCH", path, R"({"version": 2, "status": "resilie", "closed_on": "2026-05-15"})");
  ASSERT_EQ(cancel.status, 422) << cancel.body;
  EXPECT_EQ(ProblemField(cancel, "closure_reason"), "Indiquez le motif de la résiliation.");
  cancel = Api(referent, "PATCH", path,
               R"({"version": 2, "status": "resilie", "closed_on": "2026-05-15", "closure_reason": "Reprise d'emploi"})");
  ASSERT_EQ(cancel.status, 200) << cancel.body;
  EXPECT_EQ(Json(cancel)["closed_on"], "2026-05-15");
  EXPECT_EQ(Json(cancel)["next_statuses"], nlohmann::json::array());
}

TEST_F(ContractsHttpTest, PatchEditsADraftAndReplacesItsActions) {
  auto c = CreateByApi(Engagement());
  const std::string path = "/api/v1/contracts/" + std::to_string(c["id"].get<int>());
  auto r = Api(referent, "PATCH", path,
               R"({"version": 1, "weekly_hours": 20, "actions": [{"label": "Permis B", "action_type": 8}, {"label": "Logement", "action_type": 9}]})");
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = Json(r);
  EXPECT_EQ(j["weekly_hours"], 20);
  ASSERT_EQ(j["actions"].size(), 2u);
  EXPECT_EQ(j["actions"][1]["label"], "Logement");
  EXPECT_EQ(j["version"], 2);
  EXPECT_EQ(Api(referent, "PATCH", path, "{}").status, 422);  // version is required
}

TEST_F(ContractsHttpTest, SecondOverlappingSignedContractIsAConflict) {
  auto body = Engagement();
  body["signed_on"] = "2026-03-01";
  body["status"] = "signe";
  CreateByApi(body);
  body["starts_on"] = "2026-08-01";
  body["ends_on"] = "2027-01-31";
  auto r = Api(referent, "POST", PersonContracts(), body.dump());
  ASSERT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(Json(r)["code"], "contract.overlap");
  EXPECT_EQ(Json(Api(referent, "GET", PersonContracts()))["total"], 1);
}

TEST_F(ContractsHttpTest, RenewalCreatesTheNextContractOnce) {
  auto body = Engagement();
  body["signed_on"] = "2026-03-01";
  body["status"] = "signe";
  auto first = CreateByApi(body);
  const std::string path = "/api/v1/contracts/" + std::to_string(first["id"].get<int>());
  auto renewed = Api(referent, "POST", path + "/renewal",
                     R"({"duration_months": 6, "signed_on": "2026-05-30", "status": "signe"})");
  ASSERT_EQ(renewed.status, 201) << renewed.body;
  auto next = Json(renewed);
  EXPECT_EQ(next["renews_contract_id"], first["id"]);
  EXPECT_EQ(next["starts_on"], "2026-09-01");
  EXPECT_EQ(next["ends_on"], "2027-02-28");
  EXPECT_EQ(next["actions"][0]["label"], "Atelier CV");
  auto previous = Json(Api(referent, "GET", path));
  EXPECT_EQ(previous["status"], "termine");
  EXPECT_EQ(previous["closed_on"], "2026-08-31");
  EXPECT_EQ(previous["renewed_by_id"], next["id"]);
  auto again = Api(referent, "POST", path + "/renewal", R"({"duration_months": 3})");
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(Json(again)["code"], "contract.already_renewed");
  EXPECT_EQ(Api(referent, "POST", path + "/renewal", R"({"version": 1})").status, 422);
}

}  // namespace
}  // namespace pacte::testing
