// The catalogue pages over HTTP for what used to be API only: the eligibility zone by
// territories and communes, the funders, and editing or cancelling a session.

#include "http/catalogue_http_fixture.hpp"
#include "support/offer_helpers.hpp"

namespace pacte::testing {
namespace {

class CatalogueEdit : public CatalogueHttpTest {
 protected:
  static bool Has(const ClientResponse& r, const std::string& text) {
    return r.body.find(text) != std::string::npos;
  }

  nlohmann::json ApiAction(std::int64_t id) {
    auto r = Api(op, "GET", "/api/v1/actions/" + std::to_string(id));
    EXPECT_EQ(r.status, 200) << r.body;
    return nlohmann::json::parse(r.body);
  }

  static std::int64_t IdOfLocation(const ClientResponse& r) {
    std::string loc = r.Header("location");
    loc = loc.substr(0, loc.find('?'));
    return std::stoll(loc.substr(loc.rfind('/') + 1));
  }
};

TEST_F(CatalogueEdit, TerritoriesAndCommunesCheckedAreTheZone) {
  auto form = Page(op, "/offre/actions/nouvelle");
  ASSERT_EQ(form.status, 200);
  const std::string territory = std::to_string(org.territory_id);
  EXPECT_TRUE(Has(form, "<legend>Zone d&apos;éligibilité</legend>") ||
              Has(form, "<legend>Zone d'éligibilité</legend>"));
  EXPECT_TRUE(Has(form, "Rien de coché : tout le département."));
  EXPECT_TRUE(Has(form, "name=\"zone_territories\" value=\"" + territory + "\""));
  EXPECT_TRUE(Has(form, "Territoire de test</label>"));
  EXPECT_TRUE(Has(form, "name=\"zone_eligibilite\" value=\"92050\""));
  EXPECT_TRUE(Has(form, "Nanterre</label>"));
  EXPECT_FALSE(Has(form, "type=\"text\" id=\"zone_eligibilite\""));
  auto created = Post(op, "/offre/actions/nouvelle",
                      {{"name", "Atelier mobilité"},
                       {"zone_territories", territory},
                       {"zone_eligibilite", "92050"}});
  ASSERT_EQ(created.status, 303) << created.body;
  const auto id = IdOfLocation(created);
  auto stored = ApiAction(id);
  EXPECT_EQ(stored["zone_territories"], nlohmann::json::array({org.territory_id}));
  EXPECT_EQ(stored["zone_eligibilite"], nlohmann::json::array({"92050"}));
  auto edit = Page(op, "/offre/actions/" + std::to_string(id) + "/modifier");
  ASSERT_EQ(edit.status, 200);
  EXPECT_TRUE(Has(edit, "value=\"" + territory + "\" checked"));
  EXPECT_TRUE(Has(edit, "value=\"92050\" checked"));
  // Nothing checked: the whole département.
  auto cleared = Post(op, "/offre/actions/" + std::to_string(id) + "/modifier",
                      {{"name", "Atelier mobilité"},
                       {"version", std::to_string(stored["version"].get<int>())}});
  ASSERT_EQ(cleared.status, 303) << cleared.body;
  auto after = ApiAction(id);
  EXPECT_TRUE(after["zone_territories"].empty());
  EXPECT_TRUE(after["zone_eligibilite"].empty());
}

TEST_F(CatalogueEdit, AnUnknownTerritoryIsNamedNextToItsField) {
  auto bad = Post(op, "/offre/actions/nouvelle",
                  {{"name", "Atelier mobilité"}, {"zone_territories", "999999"}});
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad, "id=\"zone_territories-error\""));
  EXPECT_TRUE(Has(bad, "Territoire inconnu"));
}

TEST_F(CatalogueEdit, AnEditKeepsAZoneCodeThatIsNotACommune) {
  auto body = PublishableBody();
  body["zone_eligibilite"] = {"92"};
  auto a = CreateAction(op, body);
  const std::string href = "/offre/actions/" + std::to_string(a["id"].get<std::int64_t>());
  auto edit = Page(op, href + "/modifier");
  ASSERT_EQ(edit.status, 200);
  EXPECT_TRUE(Has(edit, "name=\"zone_eligibilite\" value=\"92\" checked"));
}

TEST_F(CatalogueEdit, FundersCheckedAreStored) {
  auto form = Page(op, "/offre/actions/nouvelle");
  ASSERT_EQ(form.status, 200);
  const std::string institution = std::to_string(org.institution_id);
  EXPECT_TRUE(Has(form, "<legend>Financeurs</legend>"));
  EXPECT_TRUE(Has(form, "name=\"funders\" value=\"" + institution + "\""));
  auto created = Post(op, "/offre/actions/nouvelle",
                      {{"name", "Atelier mobilité"}, {"funders", institution}});
  ASSERT_EQ(created.status, 303) << created.body;
  const auto id = IdOfLocation(created);
  EXPECT_EQ(ApiAction(id)["funders"], nlohmann::json::array({org.institution_id}));
  auto edit = Page(op, "/offre/actions/" + std::to_string(id) + "/modifier");
  EXPECT_TRUE(Has(edit, "name=\"funders\" value=\"" + institution + "\" checked"));
  auto bad = Post(op, "/offre/actions/nouvelle",
                  {{"name", "Atelier mobilité"}, {"funders", "999999"}});
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad, "id=\"funders-error\""));
}

class SessionEdit : public CatalogueEdit {
 protected:
  std::int64_t action_id = 0, session_id = 0;
  std::string href;

  void SetUp() override {
    CatalogueEdit::SetUp();
    auto& store = server.db().store();
    action_id = CreateTestAction(store, server.clock(), org.structure_id);
    session_id = CreateTestSession(store, server.clock(), action_id, {.places = 10});
    href = "/offre/actions/" + std::to_string(action_id) + "/sessions/" +
           std::to_string(session_id);
  }

  nlohmann::json Session() {
    auto a = ApiAction(action_id);
    for (const auto& s : a["sessions"]) {
      if (s["id"] == session_id) return s;
    }
    ADD_FAILURE() << "session absente";
    return {};
  }

  FormFields Fields(const std::string& places) {
    return {{"label", "Groupe de décembre"}, {"starts_on", "2026-12-01"},
            {"ends_on", "2027-02-26"},       {"places", places},
            {"version", std::to_string(Session()["version"].get<int>())}};
  }

  void TakePlaces(int n) {
    auto& store = server.db().store();
    for (int i = 0; i < n; ++i) {
      auto person = CreateTestPerson(store, server.clock());
      CreateTestPrescription(store, server.clock(),
                             {.person_id = person, .action_id = action_id,
                              .session_id = session_id, .status = "acceptee"});
    }
  }
};

TEST_F(SessionEdit, TheFicheLinksToAPrefilledFormWithDateInputs) {
  auto fiche = Page(op, "/offre/actions/" + std::to_string(action_id));
  ASSERT_EQ(fiche.status, 200);
  EXPECT_TRUE(Has(fiche, "href=\"" + href + "\""));
  EXPECT_TRUE(Has(fiche, "type=\"date\" id=\"starts_on\""));  // the add-session form
  EXPECT_FALSE(Has(Page(referent, "/offre/actions/" + std::to_string(action_id)),
                   "href=\"" + href + "\""));
  auto form = Page(op, href);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form, "type=\"date\" id=\"starts_on\" name=\"starts_on\" value=\"2026-12-01\""));
  EXPECT_TRUE(Has(form, "id=\"places\" name=\"places\" value=\"10\""));
  EXPECT_TRUE(Has(form, "Session annulée</label>"));
  EXPECT_EQ(Page(other_op, href).status, 403);
  EXPECT_EQ(Page(op, "/offre/actions/" + std::to_string(action_id) + "/sessions/999999").status,
            404);
}

TEST_F(SessionEdit, AnEditIsStored) {
  auto saved = Post(op, href, Fields("14"));
  ASSERT_EQ(saved.status, 303) << saved.body;
  auto s = Session();
  EXPECT_EQ(s["places"], 14);
  EXPECT_EQ(s["label"], "Groupe de décembre");
  EXPECT_EQ(s["cancelled"], false);
  EXPECT_EQ(Post(op, href, {{"places", "12"}, {"starts_on", "2026-12-01"},
                            {"ends_on", "2027-02-26"}, {"version", "1"}})
                .status,
            409);  // stale version
  EXPECT_EQ(Post(other_op, href, Fields("20")).status, 403);
  EXPECT_EQ(Session()["places"], 14);
}

TEST_F(SessionEdit, PlacesBelowPlacesTakenAreRefusedInFrench) {
  TakePlaces(3);
  auto refused = Post(op, href, Fields("2"));
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_TRUE(Has(refused, "id=\"places-error\""));
  EXPECT_TRUE(Has(refused, "aria-invalid=\"true\""));
  EXPECT_TRUE(Has(refused, "value=\"2\""));  // what was typed is shown again
  EXPECT_EQ(Session()["places"], 10);
}

TEST_F(SessionEdit, ACancelledSessionNoLongerCounts) {
  auto mine = Page(op, "/offre/mes-actions");
  EXPECT_TRUE(Has(mine, "<td>10</td>"));
  auto fields = Fields("10");
  fields.push_back({"cancelled", "1"});
  auto saved = Post(op, href, fields);
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(Session()["cancelled"], true);
  mine = Page(op, "/offre/mes-actions");
  EXPECT_FALSE(Has(mine, "<td>10</td>"));
  auto form = Page(op, href);
  EXPECT_TRUE(Has(form, "value=\"1\" checked"));
}

}  // namespace
}  // namespace pacte::testing
