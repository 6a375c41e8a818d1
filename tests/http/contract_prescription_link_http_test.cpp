// Issue 4 over a real server: a contract action linked to a prescription of the person (API
// and form, with the French error for another person's prescription and nothing written).

#include "http/contracts_http_fixture.hpp"
#include "support/offer_helpers.hpp"

namespace pacte::testing {
namespace {

bool Has(const std::string& html, const std::string& text) {
  return html.find(text) != std::string::npos;
}

class ContractPrescriptionLinkHttp : public ContractsHttpTest {
 protected:
  TestOrganisation operator_org;
  std::int64_t action_id = 0;
  std::int64_t mine = 0;
  std::int64_t theirs = 0;

  void SetUp() override {
    ContractsHttpTest::SetUp();
    auto& store = server.db().store();
    operator_org = CreateTestStructure(store, server.clock(), "Association Mobilité 92");
    action_id = CreateTestAction(store, server.clock(), operator_org.structure_id);
    mine = CreateTestPrescription(store, server.clock(),
                                  {.person_id = person_id,
                                   .action_id = action_id,
                                   .status = "acceptee",
                                   .prescribed_at = "2026-05-04T10:00:00Z"});
    auto someone = CreateTestPerson(store, server.clock(), {.last_name = "Durand", .dd_since = "2025-01-06"});
    theirs = CreateTestPrescription(store, server.clock(),
                                    {.person_id = someone, .action_id = action_id});
  }

  static nlohmann::json WithPrescription(const nlohmann::json& id) {
    auto body = Engagement();
    body["actions"] = {{{"label", "Atelier mobilité"}, {"action_type", 7}, {"prescription_id", id}}};
    return body;
  }

  static FormFields Form(const std::string& prescription) {
    return {{"type", "contrat_engagement"}, {"starts_on", "2026-03-01"},
            {"duration_months", "6"},       {"ends_on", ""},
            {"weekly_hours", "15"},         {"exemption_reason", ""},
            {"objectives", ""},             {"actions_posted", "1"},
            {"action_label_0", "Atelier mobilité"},
            {"action_type_0", "7"},         {"action_catalogue_0", ""},
            {"action_prescription_0", prescription},
            {"status", "brouillon"},        {"signed_on", ""}};
  }
};

TEST_F(ContractPrescriptionLinkHttp, ApiStoresTheLinkAndFillsTheCatalogueAction) {
  auto c = CreateByApi(WithPrescription(mine));
  ASSERT_TRUE(c.is_object());
  EXPECT_EQ(c["actions"][0]["prescription_id"], mine);
  EXPECT_EQ(c["actions"][0]["catalogue_action_id"], action_id);
  auto read = Api(referent, "GET", "/api/v1/contracts/" + std::to_string(c["id"].get<int>()));
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(Json(read)["actions"][0]["prescription_id"], mine);

  auto unlinked = CreateByApi(Engagement());
  EXPECT_TRUE(unlinked["actions"][0]["prescription_id"].is_null());
}

TEST_F(ContractPrescriptionLinkHttp, ApiRefusesAnotherPersonsPrescriptionAndWritesNothing) {
  auto r = Api(referent, "POST", PersonContracts(), WithPrescription(theirs).dump());
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(ProblemField(r, "actions[0].prescription_id"),
            "Cette prescription concerne une autre personne.");
  EXPECT_EQ(Json(Api(referent, "GET", PersonContracts()))["total"], 0);

  auto bad = Api(referent, "POST", PersonContracts(), WithPrescription("12").dump());
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(ProblemField(bad, "actions[0].prescription_id"), "Doit être un identifiant positif.");
}

TEST_F(ContractPrescriptionLinkHttp, TheFormOffersThePersonsPrescriptionsAndLinksOne) {
  auto page = Page(referent, ContractsPage());
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(Has(page.body, "<label for=\"action_prescription_0\">Action 1 : prescription réalisée</label>"));
  EXPECT_TRUE(Has(page.body, "<option value=\"" + std::to_string(mine) +
                                 "\">Atelier mobilité – Acceptée (prescrite le 04/05/2026)</option>"));
  EXPECT_FALSE(Has(page.body, "\">Atelier mobilité – En attente de réponse"))
      << "another person's (pending) prescription is never offered";

  auto saved = Post(referent, ContractsPage(), Form(std::to_string(mine)));
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 2000);
  auto list = Json(Api(referent, "GET", PersonContracts()));
  ASSERT_EQ(list["total"], 1);
  EXPECT_EQ(list["items"][0]["actions"][0]["prescription_id"], mine);
  EXPECT_EQ(list["items"][0]["actions"][0]["catalogue_action_id"], action_id);

  auto detail = Page(referent, saved.Header("location"));
  ASSERT_EQ(detail.status, 200) << detail.body;
  EXPECT_TRUE(Has(detail.body, "<option value=\"" + std::to_string(mine) + "\" selected>"))
      << "the draft's edit form shows the linked prescription";
}

TEST_F(ContractPrescriptionLinkHttp, TheFormShowsTheErrorNextToTheSelectAndWritesNothing) {
  auto r = Post(referent, ContractsPage(), Form(std::to_string(theirs)));
  ASSERT_EQ(r.status, 422) << r.body.substr(0, 2000);
  EXPECT_TRUE(Has(r.body, "<p class=\"field-error\" id=\"action_prescription_0-error\">Cette "
                          "prescription concerne une autre personne.</p>"));
  EXPECT_TRUE(Has(r.body, "aria-describedby=\"action_prescription_0-error\""));
  EXPECT_EQ(Json(Api(referent, "GET", PersonContracts()))["total"], 0);
}

}  // namespace
}  // namespace pacte::testing
