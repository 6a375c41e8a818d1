// The beneficiary list links each person to what the actor may open (person policy): the file
// for whoever may view it, the prescriptions page for an operateur, who has only the limited
// view of the persons prescribed to its structure (issue 4).

#include "http/contracts_http_fixture.hpp"
#include "support/offer_helpers.hpp"

namespace pacte::testing {
namespace {

bool Has(const std::string& html, const std::string& text) {
  return html.find(text) != std::string::npos;
}

TEST_F(ContractsHttpTest, TheOperateursListLinksAPrescribedPersonToThePrescriptionsPage) {
  auto& store = server.db().store();
  auto operator_org = CreateTestStructure(store, server.clock(), "Association Mobilité 92");
  auto action = CreateTestAction(store, server.clock(), operator_org.structure_id);
  CreateTestPrescription(store, server.clock(), {.person_id = person_id, .action_id = action});
  auto op = Caller("op@asso92.fr", Role::kOperateur, operator_org.structure_id);
  const std::string file = "/beneficiaires/" + std::to_string(person_id);

  auto list = Page(op, "/beneficiaires");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_TRUE(Has(list.body, "<a href=\"" + file + "/prescriptions\">Awa MARTIN"))
      << list.body;
  EXPECT_FALSE(Has(list.body, "<a href=\"" + file + "\">"));
  EXPECT_EQ(Page(op, file + "/prescriptions").status, 200) << "the link opens";
  EXPECT_EQ(Page(op, file).status, 403) << "the file stays closed to the operateur";

  for (const auto* who : {&referent, &coordinator}) {
    auto seen = Page(*who, "/beneficiaires");
    ASSERT_EQ(seen.status, 200);
    EXPECT_TRUE(Has(seen.body, "<a href=\"" + file + "\">")) << "whoever sees the file opens it";
  }
}

}  // namespace
}  // namespace pacte::testing
