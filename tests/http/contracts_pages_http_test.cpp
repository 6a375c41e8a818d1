// The contract pages over a real server: the person's contracts tab (list, current contract,
// new-contract form with duration shortcuts and action rows), the detail page (transitions,
// draft edit, stale version), renewal, the printable contract, and access (coordinator sees
// without forms and gets 403 on posts; another structure's référent gets 404).

#include "http/contracts_http_fixture.hpp"

namespace pacte::testing {
namespace {

FormFields NewContractForm() {
  return {{"type", "contrat_engagement"}, {"starts_on", "2026-03-01"},
          {"duration_months", "6"},       {"ends_on", ""},
          {"weekly_hours", "17,5"},       {"exemption_reason", ""},
          {"objectives", "Retrouver un emploi."},
          {"actions_posted", "1"},        {"action_label_0", "Atelier CV"},
          {"action_type_0", "2"},         {"action_label_1", ""},
          {"action_type_1", ""},          {"action_label_2", "Permis B"},
          {"action_type_2", "8"},         {"status", "brouillon"},
          {"signed_on", ""}};
}

std::int64_t IdFromLocation(const ClientResponse& r) {
  auto loc = r.Header("location");
  auto start = std::string("/contrats/").size();
  return std::stoll(loc.substr(start, loc.find('?') - start));
}

class ContractPagesTest : public ContractsHttpTest {
 protected:
  std::int64_t CreateByForm(FormFields fields = NewContractForm()) {
    auto r = Post(referent, ContractsPage(), fields);
    EXPECT_EQ(r.status, 303) << r.body.substr(0, 2000);
    return IdFromLocation(r);
  }
};

TEST_F(ContractPagesTest, ContractsTabShowsTheFormWithShortcutsAndActionRows) {
  auto r = Page(referent, ContractsPage());
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("<h1>Contrats de Awa MARTIN</h1>"), std::string::npos);
  EXPECT_NE(r.body.find("aria-current=\"page\">Contrats</a>"), std::string::npos);
  EXPECT_NE(r.body.find("Aucun contrat signé n'est en cours de validité"),
            std::string::npos);
  EXPECT_NE(r.body.find("<option value=\"6\">6 mois</option>"), std::string::npos);
  EXPECT_NE(r.body.find("name=\"action_label_0\""), std::string::npos);
  EXPECT_NE(r.body.find("name=\"action_label_1\""), std::string::npos);
  EXPECT_NE(r.body.find("<script src=\"/assets/contracts.js\" defer></script>"), std::string::npos);
  EXPECT_EQ(r.body.find("style="), std::string::npos);
  EXPECT_EQ(r.body.find("onclick"), std::string::npos);
  auto js = server.Get("/assets/contracts.js");
  EXPECT_EQ(js.status, 200);
  EXPECT_NE(js.body.find("endAfterMonths"), std::string::npos);
}

TEST_F(ContractPagesTest, FormCreatesADraftSkippingBlankRows) {
  auto id = CreateByForm();
  auto r = Page(referent, "/contrats/" + std::to_string(id) + "?enregistre=1");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("Contrat enregistré."), std::string::npos);
  EXPECT_NE(r.body.find("du 01/03/2026 au 31/08/2026"), std::string::npos);
  EXPECT_NE(r.body.find("17,5 h"), std::string::npos);
  EXPECT_NE(r.body.find("<td>Permis B</td>"), std::string::npos);
  EXPECT_NE(r.body.find("8 – Actions facilitant la mobilité"), std::string::npos);
  EXPECT_NE(r.body.find("Modifier le brouillon"), std::string::npos);
  EXPECT_NE(r.body.find("Signer le contrat"), std::string::npos);
  auto api = Json(Api(referent, "GET", "/api/v1/contracts/" + std::to_string(id)));
  EXPECT_EQ(api["actions"].size(), 2u);
}

TEST_F(ContractPagesTest, BadFormShowsErrorsNextToFieldsAndWritesNothing) {
  auto fields = NewContractForm();
  for (auto& [k, v] : fields) {
    if (k == "duration_months") v = "";
    if (k == "ends_on") v = "2026-02-01";
    if (k == "weekly_hours") v = "10";
    if (k == "action_type_2") v = "";
  }
  auto r = Post(referent, ContractsPage(), fields);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_NE(r.body.find("<p class=\"field-error\" id=\"ends_on-error\">La date de fin doit être "
                        "postérieure à la date de début.</p>"),
            std::string::npos);
  EXPECT_NE(r.body.find("id=\"weekly_hours-error\">Le contrat d" + Html("'") +
                        "engagement prévoit au moins 15 heures"),
            std::string::npos);
  // The second submitted action came from row 2: its error is shown on row 2.
  EXPECT_NE(r.body.find("id=\"action_type_2-error\">Type d" + Html("'") + "action inconnu"),
            std::string::npos);
  EXPECT_NE(r.body.find("aria-invalid=\"true\" aria-describedby=\"action_type_2-error\""),
            std::string::npos);
  EXPECT_NE(r.body.find("value=\"Permis B\""), std::string::npos);  // what was typed stays
  EXPECT_EQ(Json(Api(referent, "GET", PersonContracts()))["total"], 0);
}

TEST_F(ContractPagesTest, SigningFromTheDetailPageMakesTheContractCurrent) {
  auto id = CreateByForm();
  const std::string path = "/contrats/" + std::to_string(id);
  auto missing = Post(referent, path + "/statut", {{"status", "signe"}, {"version", "1"}, {"signed_on", ""}});
  ASSERT_EQ(missing.status, 422) << missing.body;
  EXPECT_NE(missing.body.find("id=\"signe-signed_on-error\">La date de signature est obligatoire"),
            std::string::npos);
  auto r = Post(referent, path + "/statut",
                {{"status", "signe"}, {"version", "1"}, {"signed_on", "2026-03-01"}});
  ASSERT_EQ(r.status, 303) << r.body;
  auto detail = Page(referent, path);
  EXPECT_NE(detail.body.find("Ce contrat est en cours de validité."), std::string::npos);
  EXPECT_NE(detail.body.find("Résilier le contrat"), std::string::npos);
  EXPECT_EQ(detail.body.find("Modifier le brouillon"), std::string::npos);
  auto list = Page(referent, ContractsPage());
  EXPECT_NE(list.body.find("<span class=\"badge\">En cours de validité</span>"), std::string::npos);
  EXPECT_NE(list.body.find("Contrat en cours de validité"), std::string::npos);
}

TEST_F(ContractPagesTest, StaleEditIsRefusedWithAMessage) {
  auto id = CreateByForm();
  const std::string path = "/contrats/" + std::to_string(id);
  auto fields = NewContractForm();
  fields.emplace_back("version", "1");
  ASSERT_EQ(Post(referent, path, fields).status, 303);
  auto stale = Post(referent, path, fields);
  ASSERT_EQ(stale.status, 409) << stale.body;
  EXPECT_NE(stale.body.find("modifiée par quelqu" + Html("'") + "un d" + Html("'") + "autre"),
            std::string::npos);
}

TEST_F(ContractPagesTest, CoordinatorSeesWithoutFormsAndIsRefusedOnPosts) {
  auto id = CreateByForm();
  auto list = Page(coordinator, ContractsPage());
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.body.find("Nouveau contrat"), std::string::npos);
  auto detail = Page(coordinator, "/contrats/" + std::to_string(id));
  ASSERT_EQ(detail.status, 200);
  EXPECT_EQ(detail.body.find("Signer le contrat"), std::string::npos);
  EXPECT_EQ(Post(coordinator, ContractsPage(), NewContractForm()).status, 403);
  EXPECT_EQ(Post(coordinator, "/contrats/" + std::to_string(id) + "/statut",
                 {{"status", "signe"}, {"version", "1"}, {"signed_on", "2026-03-01"}})
                .status,
            403);
  EXPECT_EQ(Page(coordinator, "/contrats/" + std::to_string(id) + "/renouvellement").status, 403);
}

TEST_F(ContractPagesTest, AnotherStructuresReferentGetsNotFound) {
  auto id = CreateByForm();
  EXPECT_EQ(Page(stranger, ContractsPage()).status, 404);
  EXPECT_EQ(Page(stranger, "/contrats/" + std::to_string(id)).status, 404);
  EXPECT_EQ(Page(stranger, "/contrats/" + std::to_string(id) + "/imprimer").status, 404);
  EXPECT_EQ(Post(stranger, ContractsPage(), NewContractForm()).status, 404);
}

TEST_F(ContractPagesTest, RenewalPageIsPrefilledAndCreatesTheNextContract) {
  auto fields = NewContractForm();
  for (auto& [k, v] : fields) {
    if (k == "status") v = "signe";
    if (k == "signed_on") v = "2026-03-01";
  }
  auto id = CreateByForm(fields);
  const std::string path = "/contrats/" + std::to_string(id) + "/renouvellement";
  auto page = Page(referent, path);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("value=\"2026-09-01\""), std::string::npos);
  EXPECT_NE(page.body.find("value=\"Atelier CV\""), std::string::npos);
  auto renewal = NewContractForm();
  for (auto& [k, v] : renewal) {
    if (k == "starts_on") v = "2026-09-01";
  }
  auto r = Post(referent, path, renewal);
  ASSERT_EQ(r.status, 303) << r.body.substr(0, 2000);
  auto next = IdFromLocation(r);
  auto detail = Page(referent, "/contrats/" + std::to_string(next));
  EXPECT_NE(detail.body.find("le contrat n° " + std::to_string(id)), std::string::npos);
  auto again = Page(referent, path);
  EXPECT_EQ(again.status, 409);
  EXPECT_NE(again.body.find("Ce contrat a déjà été renouvelé"), std::string::npos);
}

TEST_F(ContractPagesTest, PrintableContractIsInFrench) {
  auto fields = NewContractForm();
  for (auto& [k, v] : fields) {
    if (k == "status") v = "signe";
    if (k == "signed_on") v = "2026-02-27";
  }
  auto id = CreateByForm(fields);
  auto r = Page(referent, "/contrats/" + std::to_string(id) + "/imprimer");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("<h1>Contrat d" + Html("'") + "engagement</h1>"), std::string::npos);
  EXPECT_NE(r.body.find("Awa MARTIN, née ou né le 12/04/1985"), std::string::npos);
  EXPECT_NE(r.body.find("Prénom ref"), std::string::npos);
  EXPECT_NE(r.body.find("CCAS de Nanterre"), std::string::npos);
  EXPECT_NE(r.body.find("prend effet le 01/03/2026 et se termine le 31/08/2026 inclus"),
            std::string::npos);
  EXPECT_NE(r.body.find("Il a été signé le 27/02/2026."), std::string::npos);
  EXPECT_NE(r.body.find("17,5 h d'activité par semaine"), std::string::npos);
  EXPECT_NE(r.body.find("2 – Orientation vers un parcours de recherche d" + Html("'") + "emploi"),
            std::string::npos);
  EXPECT_NE(r.body.find("<h2>Signatures</h2>"), std::string::npos);
  EXPECT_NE(r.body.find("<caption>Actions prévues au contrat"), std::string::npos);

  auto cer = NewContractForm();
  for (auto& [k, v] : cer) {
    if (k == "type") v = "cer_social";
    if (k == "starts_on") v = "2026-09-01";
  }
  auto cer_id = CreateByForm(cer);
  auto p = Page(referent, "/contrats/" + std::to_string(cer_id) + "/imprimer");
  EXPECT_NE(p.body.find("<h1>Contrat d" + Html("'") + "engagement réciproque</h1>"),
            std::string::npos);
  auto css = server.Get("/assets/app.css");
  EXPECT_NE(css.body.find("@media print"), std::string::npos);
}

}  // namespace
}  // namespace pacte::testing
