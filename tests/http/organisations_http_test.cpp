// Territory, institution and structure pages through a real server (roles via FakeAuthGate).

#include <regex>

#include "http/organisations_http_fixture.hpp"

namespace pacte::testing {
namespace {

int CountOf(const std::string& text, const std::string& needle) {
  int n = 0;
  for (auto pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) {
    ++n;
  }
  return n;
}

// Pages must not carry inline executable scripts nor style attributes (CSP).
void ExpectCspClean(const std::string& html) {
  std::regex script("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>");
  EXPECT_FALSE(std::regex_search(html, script)) << "inline script";
  EXPECT_EQ(html.find(" style="), std::string::npos);
  EXPECT_EQ(html.find("onclick="), std::string::npos);
  EXPECT_EQ(CountOf(html, "<h1"), 1);
}

TEST_F(OrganisationsHttpTest, TerritoryPageShowsMapAndTablesToEveryRole) {
  ImportHautsDeSeine();
  auto ccas = SeedInstitution("CCAS de Nanterre");
  SeedStructure(ccas, "Accueil Nanterre");
  for (const char* role : {"admin", "referent", "signataire", "lecteur_stats"}) {
    auto r = Page("/territoire", role);
    ASSERT_EQ(r.status, 200) << role;
    ExpectCspClean(r.body);
    EXPECT_NE(r.body.find("Hauts-de-Seine (92) : 36 communes réparties en 4 territoires."),
              std::string::npos);
    EXPECT_NE(r.body.find("<caption>Communes"), std::string::npos);
    EXPECT_NE(r.body.find("<th scope=\"row\">Nanterre</th><td>92050</td>"), std::string::npos);
    EXPECT_NE(r.body.find("<th scope=\"row\">Paris Ouest La Défense</th>"), std::string::npos);
    EXPECT_NE(r.body.find("<script type=\"application/json\" id=\"territory-data\">"),
              std::string::npos);
    EXPECT_NE(r.body.find("<script src=\"/assets/commune-map.js\" defer></script>\n"
                          "  <script src=\"/assets/territory-map.js\" defer></script>"),
              std::string::npos);
    EXPECT_NE(r.body.find("role=\"img\""), std::string::npos);
  }
}

TEST_F(OrganisationsHttpTest, TerritoryFiguresBlockIsValidJson) {
  ImportHautsDeSeine();
  auto ccas = SeedInstitution("CCAS");
  SeedStructure(ccas, "Accueil");
  // A hostile name in an imported file cannot break out of the JSON block.
  app::TerritoryImport hostile;
  hostile.departement_code = "974";
  hostile.territories = {{"X", "Est </script><script>alert(1)</script>", TerritoryKind::kCustom}};
  app::CommuneInput commune;
  commune.insee_code = "97401";
  commune.name = "Les Avirons</script><script>alert(2)</script>";
  commune.territory_code = "X";
  hostile.communes = {commune};
  ASSERT_TRUE(app::ImportTerritory(server.db().store(), clock, app::Actor::System(), hostile));
  auto r = Page("/territoire", "coordinateur");
  const std::string open = "id=\"territory-data\">";
  auto start = r.body.find(open);
  ASSERT_NE(start, std::string::npos);
  start += open.size();
  auto end = r.body.find("</script>", start);
  auto figures = nlohmann::json::parse(r.body.substr(start, end - start), nullptr, false);
  ASSERT_TRUE(figures.is_object());
  EXPECT_EQ(figures["communes"]["92050"]["structures"], 1);
  EXPECT_EQ(figures["communes"].size(), 37u);
  EXPECT_EQ(figures["territories"].size(), 5u);
  EXPECT_EQ(figures["communes"]["97401"]["name"], commune.name);
  EXPECT_EQ(r.body.find("<script>alert"), std::string::npos);
}

TEST_F(OrganisationsHttpTest, CommuneBoundariesForTheMap) {
  ImportHautsDeSeine();
  auto r = Page("/territoire/communes.geojson", "lecteur_stats");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.Header("content-type").find("geo+json"), std::string::npos);
  auto geo = nlohmann::json::parse(r.body, nullptr, false);
  ASSERT_TRUE(geo.is_object());
  EXPECT_EQ(geo["type"], "FeatureCollection");
  ASSERT_EQ(geo["features"].size(), 36u);
  EXPECT_EQ(geo["features"][0]["properties"]["code"], "92002");
  EXPECT_EQ(geo["features"][0]["properties"]["territory_name"], "Vallée Sud Grand Paris");
  EXPECT_EQ(geo["features"][0]["geometry"]["type"], "Polygon");
  EXPECT_EQ(server.Get("/assets/territory-map.js").status, 200);
}

TEST_F(OrganisationsHttpTest, EmptyTerritoryExplainsHowToImport) {
  auto r = Page("/territoire", "admin");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("pacte territory import"), std::string::npos);
  EXPECT_EQ(r.body.find("territory-map.js"), std::string::npos);
}

TEST_F(OrganisationsHttpTest, PagesNeedASignedInAgent) {
  for (const char* path : {"/territoire", "/institutions", "/structures", "/structures/nouvelle",
                           "/territoire/communes.geojson"}) {
    auto r = server.Get(path);
    EXPECT_EQ(r.status, 303) << path;
    EXPECT_EQ(r.Header("location").rfind("/connexion", 0), 0u) << path;
  }
}

TEST_F(OrganisationsHttpTest, SignatoriesSeeInstitutionsButNotStructures) {
  ImportHautsDeSeine();
  auto ccas = SeedInstitution("CCAS de Nanterre");
  SeedStructure(ccas, "Accueil Nanterre");
  auto list = Page("/institutions", "signataire");
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("CCAS de Nanterre"), std::string::npos);
  EXPECT_EQ(list.body.find("Ajouter une institution"), std::string::npos);
  auto detail = Page("/institutions/" + std::to_string(ccas), "signataire");
  ASSERT_EQ(detail.status, 200);
  EXPECT_EQ(detail.body.find("Accueil Nanterre"), std::string::npos);
  EXPECT_EQ(detail.body.find("<form method=\"post\" action=\"/institutions/"), std::string::npos);
  EXPECT_EQ(Page("/structures", "signataire").status, 403);
  EXPECT_EQ(Page("/structures", "lecteur_stats").status, 403);
  EXPECT_EQ(Page("/institutions/nouvelle", "referent").status, 403);
  auto partner = Page("/institutions/" + std::to_string(ccas), "referent");
  EXPECT_NE(partner.body.find("Accueil Nanterre"), std::string::npos);
}

TEST_F(OrganisationsHttpTest, CreateInstitutionThroughTheForm) {
  auto form = Page("/institutions/nouvelle", "coordinateur");
  ASSERT_EQ(form.status, 200);
  ExpectCspClean(form.body);
  EXPECT_NE(form.body.find("<label for=\"siret\">SIRET</label>"), std::string::npos);
  EXPECT_NE(form.body.find("name=\"_csrf\" value=\"" + kTestCsrfToken + "\""), std::string::npos);

  auto created = PostForm("/institutions/nouvelle", "coordinateur",
                          {{"name", "CAF des Hauts-de-Seine"},
                           {"kind", "caf"},
                           {"siret", "443 061 841 00047"},
                           {"is_pact_signatory", "1"}});
  ASSERT_EQ(created.status, 303) << created.body;
  auto location = created.Header("location");
  EXPECT_EQ(location.rfind("/institutions/", 0), 0u);
  auto shown = Page(location, "coordinateur");
  ASSERT_EQ(shown.status, 200);
  EXPECT_NE(shown.body.find("Institution enregistrée."), std::string::npos);
  EXPECT_NE(shown.body.find("value=\"44306184100047\""), std::string::npos);
  EXPECT_NE(
      shown.body.find("id=\"is_pact_signatory\" name=\"is_pact_signatory\" value=\"1\" checked"),
      std::string::npos);
  auto list = Page("/institutions?signataire=oui&type=caf", "lecteur_stats");
  EXPECT_NE(list.body.find("CAF des Hauts-de-Seine"), std::string::npos);
}

TEST_F(OrganisationsHttpTest, InstitutionFormShowsErrorsNextToFields) {
  auto r = PostForm("/institutions/nouvelle", "admin",
                    {{"name", "Mission locale"}, {"kind", ""}, {"siret", "73282932000075"}});
  ASSERT_EQ(r.status, 422);
  ExpectCspClean(r.body);
  EXPECT_NE(r.body.find("<p class=\"field-error\" id=\"siret-error\">SIRET invalide : la clé de "
                        "contrôle ne correspond pas"),
            std::string::npos);
  EXPECT_NE(r.body.find("aria-describedby=\"siret-hint siret-error\" aria-invalid=\"true\""),
            std::string::npos);
  EXPECT_NE(r.body.find("id=\"kind-error\""), std::string::npos);
  EXPECT_NE(r.body.find("value=\"Mission locale\""), std::string::npos);
  EXPECT_NE(r.body.find("role=\"alert\""), std::string::npos);
  EXPECT_EQ(app::ListInstitutions(server.db().store(), app::Actor::System(), {}, {})->total, 0);
}

TEST_F(OrganisationsHttpTest, FormsNeedTheCsrfTokenAndTheRight) {
  auto no_csrf =
      PostForm("/institutions/nouvelle", "admin", {{"name", "X"}, {"kind", "autre"}}, false);
  EXPECT_EQ(no_csrf.status, 403);
  auto referent =
      PostForm("/institutions/nouvelle", "referent", {{"name", "X"}, {"kind", "autre"}});
  EXPECT_EQ(referent.status, 403);
  EXPECT_NE(referent.body.find("coordinateurs du pacte"), std::string::npos);
  EXPECT_EQ(app::ListInstitutions(server.db().store(), app::Actor::System(), {}, {})->total, 0);
}

TEST_F(OrganisationsHttpTest, InstitutionEditIsVersioned) {
  auto id = SeedInstitution("CCAS");
  auto path = "/institutions/" + std::to_string(id);
  auto ok = PostForm(path, "coordinateur",
                     {{"name", "CCAS de Colombes"}, {"kind", "ccas"}, {"version", "1"}});
  ASSERT_EQ(ok.status, 303);
  auto stale =
      PostForm(path, "coordinateur", {{"name", "Autre nom"}, {"kind", "ccas"}, {"version", "1"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_NE(stale.body.find(Escaped("modifiée par quelqu'un d'autre")), std::string::npos);
  EXPECT_NE(stale.body.find("name=\"version\" value=\"2\""), std::string::npos);
  EXPECT_NE(stale.body.find("value=\"CCAS de Colombes\""), std::string::npos);
  EXPECT_EQ(app::GetInstitution(server.db().store(), app::Actor::System(), id)->fields.name,
            "CCAS de Colombes");
  EXPECT_EQ(Page("/institutions/999999", "admin").status, 404);
  EXPECT_EQ(Page("/institutions/abc", "admin").status, 404);
}

TEST_F(OrganisationsHttpTest, StructureFormReportsEachRuleInline) {
  ImportHautsDeSeine();
  auto ccas = SeedInstitution("CCAS de Nanterre");
  auto form = Page("/structures/nouvelle?institution_id=" + std::to_string(ccas), "coordinateur");
  ASSERT_EQ(form.status, 200);
  ExpectCspClean(form.body);
  EXPECT_NE(form.body.find("<option value=\"" + std::to_string(ccas) + "\" selected>"),
            std::string::npos);
  EXPECT_NE(form.body.find("<option value=\"92050\">Nanterre (92050)</option>"), std::string::npos);

  auto r = PostForm("/structures/nouvelle", "coordinateur",
                    {{"institution_id", std::to_string(ccas)},
                     {"name", " "},
                     {"commune_code", "92999"},
                     {"email", "accueil@"},
                     {"drees_category", "ccas_cias"}});
  ASSERT_EQ(r.status, 422);
  ExpectCspClean(r.body);
  EXPECT_NE(r.body.find("id=\"name-error\">Indiquez le nom de la structure."), std::string::npos);
  EXPECT_NE(r.body.find("id=\"commune_code-error\">Commune inconnue : « 92999 »"),
            std::string::npos);
  EXPECT_NE(r.body.find("id=\"email-error\">Adresse électronique invalide"), std::string::npos);
  EXPECT_NE(r.body.find("id=\"roles-error\">Cochez au moins un rôle"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"accueil@\""), std::string::npos);
  EXPECT_EQ(app::ListStructures(server.db().store(), app::Actor::System(), {}, {})->total, 0);

  auto ok = PostForm("/structures/nouvelle", "coordinateur",
                     {{"institution_id", std::to_string(ccas)},
                      {"name", "Accueil Nanterre"},
                      {"commune_code", "92050"},
                      {"email", "accueil@ccas.example.fr"},
                      {"is_referent_body", "1"},
                      {"drees_category", "ccas_cias"}});
  ASSERT_EQ(ok.status, 303) << ok.body;
  auto shown = Page(ok.Header("location"), "referent");
  ASSERT_EQ(shown.status, 200);
  EXPECT_NE(shown.body.find("accueil@ccas.example.fr"), std::string::npos);
  EXPECT_NE(shown.body.find("Paris Ouest La Défense"), std::string::npos);
  EXPECT_EQ(shown.body.find("<form method=\"post\" action=\"/structures/"), std::string::npos);
}

TEST_F(OrganisationsHttpTest, StructureEditIsVersioned) {
  ImportHautsDeSeine();
  auto ccas = SeedInstitution("CCAS");
  auto s = SeedStructure(ccas, "Accueil");
  auto path = "/structures/" + std::to_string(s.id);
  Fields fields{{"institution_id", std::to_string(ccas)},
                {"name", "Accueil central"},
                {"commune_code", "92025"},
                {"is_referent_body", "1"},
                {"is_action_operator", "1"},
                {"drees_category", "ccas_cias"},
                {"version", "1"}};
  auto ok = PostForm(path, "admin", fields);
  ASSERT_EQ(ok.status, 303) << ok.body;
  auto stale = PostForm(path, "admin", fields);
  EXPECT_EQ(stale.status, 409);
  EXPECT_NE(stale.body.find(Escaped("modifiée par quelqu'un d'autre")), std::string::npos);
  EXPECT_NE(stale.body.find("name=\"version\" value=\"2\""), std::string::npos);
  auto invalid = fields;
  invalid.back().second = "2";
  invalid[1].second = "";
  auto refused = PostForm(path, "admin", invalid);
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("id=\"name-error\""), std::string::npos);
  auto stored = app::GetStructure(server.db().store(), app::Actor::System(), s.id);
  EXPECT_EQ(stored->fields.name, "Accueil central");
  EXPECT_EQ(stored->fields.commune_code, "92025");
  EXPECT_EQ(PostForm(path, "operateur", fields).status, 403);
}

TEST_F(OrganisationsHttpTest, StructureListFiltersAndPages) {
  ImportHautsDeSeine();
  auto ccas = SeedInstitution("CCAS");
  for (int i = 0; i < 27; ++i) {
    SeedStructure(ccas, "Point accueil " + std::string(i < 10 ? "0" : "") + std::to_string(i));
  }
  SeedStructure(ccas, "Atelier Antony", "92002", "autre_spe", true);
  auto page1 = Page("/structures", "operateur");
  ASSERT_EQ(page1.status, 200);
  ExpectCspClean(page1.body);
  EXPECT_NE(page1.body.find("28 structure(s) trouvée(s)."), std::string::npos);
  EXPECT_EQ(CountOf(page1.body, "<tr><th scope=\"row\">"), 25);
  EXPECT_NE(page1.body.find("Page 1 sur 2"), std::string::npos);
  auto page2 = Page("/structures?page=2", "operateur");
  EXPECT_EQ(CountOf(page2.body, "<tr><th scope=\"row\">"), 3);
  EXPECT_NE(page2.body.find("Page précédente"), std::string::npos);

  for (const char* query :
       {"?commune=92002", "?type=referent_et_operateur", "?categorie=autre_spe", "?q=antony"}) {
    auto r = Page(std::string("/structures") + query, "referent");
    EXPECT_NE(r.body.find("1 structure(s) trouvée(s)."), std::string::npos) << query;
    EXPECT_NE(r.body.find(">Atelier Antony</a>"), std::string::npos) << query;
  }
  auto territories = app::ListTerritories(server.db().store(), app::Actor::System(), "92");
  auto south = std::find_if(territories->begin(), territories->end(), [](const auto& t) {
    return t.territory.name == "Vallée Sud Grand Paris";
  });
  auto r = Page("/structures?territoire=" + std::to_string(south->territory.id), "referent");
  EXPECT_NE(r.body.find("1 structure(s) trouvée(s)."), std::string::npos);
  EXPECT_NE(r.body.find("selected>Vallée Sud Grand Paris</option>"), std::string::npos);
}

TEST_F(OrganisationsHttpTest, SearchBoxesAreSafeWithSqlMetacharacters) {
  ImportHautsDeSeine();
  auto ccas = SeedInstitution("CCAS d'Antony");
  SeedStructure(ccas, "Alpha Beta");
  SeedStructure(ccas, "Axxb");
  struct Case {
    const char* q;
    const char* expected;
  };
  for (const Case& c :
       {Case{"%25", "2 structure(s)"}, Case{"a%25b", "1 structure(s)"},
        Case{"a_b", "1 structure(s)"}, Case{"%27", "2 structure(s)"}, Case{"%3B", "2 structure(s)"},
        Case{"x%27%3B%20DROP%20TABLE%20structures%3B%20--", "0 structure(s)"}}) {
    auto r = Page(std::string("/structures?q=") + c.q, "admin");
    EXPECT_EQ(r.status, 200) << c.q;
    EXPECT_NE(r.body.find(c.expected), std::string::npos) << c.q;
  }
  auto inst = Page("/institutions?q=%27%20OR%201%3D1%20--", "admin");
  EXPECT_NE(inst.body.find("0 institution(s)"), std::string::npos);
  auto apostrophe = Page("/institutions?q=d%27antony", "admin");
  EXPECT_NE(apostrophe.body.find("1 institution(s)"), std::string::npos);
  EXPECT_EQ(app::ListStructures(server.db().store(), app::Actor::System(), {}, {})->total, 2);
}

}  // namespace
}  // namespace pacte::testing
