// The permission matrix of docs/permissions.md, checked against the running application:
// the document lists exactly the routes of web::BuildRouter() with their access level, and
// every role gets, on every route a role decides, the answer its cell says (oui: not
// refused; non: 403 or 404). One server, one agent, session and API token per role.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <set>
#include <string>

#include "app/accounts/manage_agents.hpp"
#include "app/organisations/institutions.hpp"
#include "app/organisations/structures.hpp"
#include "app/pact/manage_pact.hpp"
#include "app/pact/pilot_updates.hpp"
#include "storage/sql_unit_of_work.hpp"
#include "support/parcours_helpers.hpp"
#include "support/offer_helpers.hpp"
#include "app/territory/import_territory.hpp"
#include "app/territory/territory_queries.hpp"
#include "http/permission_matrix.hpp"
#include "support/auth_helpers.hpp"
#include "support/test_server.hpp"
#include "web/routes.hpp"
#include "web/server/http.hpp"

namespace pacte::testing {
namespace {

const std::string kDocument = std::string(PACTE_SOURCE_DIR) + "/docs/permissions.md";

PermissionMatrix LoadMatrix() { return ParsePermissionMatrix(ReadTextFile(kDocument)); }

std::string AccessName(web::Access access) {
  switch (access) {
    case web::Access::kPublic: return "public";
    case web::Access::kPageHalfAuth: return "connexion";
    case web::Access::kPage: return "session";
    case web::Access::kApi: return "jeton";
  }
  return "?";
}

std::string Where(const MatrixRow& row) {
  return "docs/permissions.md ligne " + std::to_string(row.line) + " (" + row.Key() + ")";
}

TEST(PermissionMatrixDocument, ParsesWithoutDefects) {
  auto matrix = LoadMatrix();
  for (const auto& e : matrix.errors) ADD_FAILURE() << e;
  EXPECT_FALSE(matrix.rows.empty());
}

TEST(PermissionMatrixDocument, ListsExactlyTheRoutesOfTheRouterWithTheirAccess) {
  auto matrix = LoadMatrix();
  web::Router router = web::BuildRouter();  // kept alive: routes() refers into it
  std::map<std::string, web::Access> routes;
  for (const auto& r : router.routes()) routes[r.method + " " + r.pattern] = r.access;
  std::set<std::string> listed;
  for (const auto& row : matrix.rows) {
    EXPECT_TRUE(listed.insert(row.Key()).second) << Where(row) << " : route listée deux fois.";
    auto it = routes.find(row.Key());
    if (it == routes.end()) {
      ADD_FAILURE() << Where(row) << " : cette route n'existe pas dans web::BuildRouter().";
      continue;
    }
    EXPECT_EQ(row.access, AccessName(it->second)) << Where(row) << " : niveau d'accès.";
  }
  for (const auto& [key, access] : routes) {
    EXPECT_TRUE(listed.count(key)) << "route « " << key << " » (accès " << AccessName(access)
                                   << ") absente de docs/permissions.md.";
  }
}

TEST(PermissionMatrixDocument, RolesDecideExactlyTheSignedInRoutes) {
  for (const auto& row : LoadMatrix().rows) {
    for (const auto& [role, cell] : row.cells) {
      EXPECT_EQ(cell == Cell::kNotApplicable, !row.DecidedByRole())
          << Where(row) << ", rôle " << RoleCode(role)
          << " : « — » pour les routes public/connexion, oui ou non pour les autres.";
    }
  }
}

TEST(PermissionMatrixParser, ReadsCellsAndReportsDefectsByLine) {
  std::string doc =
      "Intro\n\n| Route | accès | admin | referent |\n|---|---|---|---|\n"
      "| `GET /x/{id}` | session | oui[^n] | non |\n| `POST /y` | jeton | peut-être | non |\n";
  auto m = ParsePermissionMatrix(doc);
  ASSERT_EQ(m.rows.size(), 2u);
  EXPECT_EQ(m.rows[0].Key(), "GET /x/{id}");
  EXPECT_EQ(m.rows[0].cells.at(Role::kAdmin), Cell::kAllowed);
  EXPECT_EQ(m.rows[0].cells.at(Role::kReferent), Cell::kRefused);
  std::string all;
  for (const auto& e : m.errors) all += e + "\n";
  EXPECT_NE(all.find("ligne 6 : case « peut-être » (admin)"), std::string::npos) << all;
  EXPECT_NE(all.find("il manque la colonne du rôle « lecteur_stats »"), std::string::npos) << all;
}

// Anonymous GETs of the public routes: none asks to sign in.
TEST(PermissionMatrixPublic, PublicRoutesAnswerWithoutSignIn) {
  TestServer server;
  for (const auto& row : LoadMatrix().rows) {
    if (row.access != "public" || row.method != "GET") continue;  // POSTs: auth_http_test
    std::string path = row.pattern;
    if (auto at = path.find("{token}"); at != std::string::npos) {
      path.replace(at, 7, "jeton-inconnu");
    }
    auto r = server.Get(path);
    EXPECT_NE(r.status, 401) << Where(row);
    EXPECT_NE(r.Header("location").rfind("/connexion", 0), 0u) << Where(row);
    EXPECT_LT(r.status, 500) << Where(row);
  }
}

// ---------------------------------------------------------------------------------------
// Every role × every route a role decides.

struct Caller {
  std::int64_t agent_id = 0;
  SessionCookies session;
  std::string token;
};

// One server for the whole suite: an institution, a structure in a territory, a target agent,
// and one agent per role attached to the structure (the chargé d'orientation also to the
// territory), each signed in once and holding an API token.
struct World {
  TestServer server;
  PermissionMatrix matrix = LoadMatrix();
  std::int64_t territory_id = 0;
  std::int64_t institution_id = 0;
  std::int64_t structure_id = 0;
  std::int64_t target_agent_id = 0;
  std::map<Role, Caller> callers;
  // A person in D&D, oriented to the structure, whose référent is the referent caller, with a
  // draft contract and an appointment (raw rows: the matrix checks access, not the features).
  std::int64_t person_id = 0;
  std::int64_t contract_id = 0;
  std::int64_t appointment_id = 0;
  // The offer (raw rows too): see AddOffer().
  std::int64_t action_id = 0;
  std::int64_t session_id = 0;
  std::int64_t prescription_id = 0;
  std::int64_t programme_id = 0;
  std::int64_t catalogue_import_id = 0;
  // A finished spreadsheet dry run of the chargé d'orientation caller, with its mapping.
  std::int64_t intake_import_id = 0;
  std::int64_t import_mapping_id = 0;
  // The pact (issue 6): see AddPact().
  std::int64_t pact_objective_id = 0;
  std::int64_t pact_indicator_id = 0;
  std::int64_t pact_commitment_id = 0;

  World() {
    auto& store = server.db().store();
    auto& clock = server.clock();
    ImportTerritory();
    auto institution =
        app::CreateInstitution(store, clock, app::Actor::System("test"),
                               {"Ville de Nanterre", "commune", "", true});
    if (!institution) throw std::runtime_error(institution.error().message);
    institution_id = institution->id;
    StructureDraft d;
    d.institution_id = institution_id;
    d.name = "CCAS de Nanterre";
    d.commune_code = "92050";
    d.is_referent_body = true;
    d.is_action_operator = true;
    d.drees_category = "ccas_cias";
    auto structure = app::CreateStructure(store, clock, app::Actor::System("test"), d);
    if (!structure) throw std::runtime_error(structure.error().message);
    structure_id = structure->id;
    target_agent_id = CreateAgent(store, clock, server.settings(), "cible@cd92.fr",
                                  {Role::kReferent}, structure_id);
    for (Role role : AllRoles()) AddCaller(role);
    AddPerson();
    AddOffer();
    AddPact();
  }

  // A pact 2016-2020 signed by the institution, which pilots its one objective, with an
  // entered indicator and a commitment of the institution.
  void AddPact() {
    auto& store = server.db().store();
    auto& clock = server.clock();
    const auto system = app::Actor::System("test");
    auto pact = app::CreatePact(store, clock, system,
                                {"Pacte 2016-2020", {2016, 2020}, std::nullopt, PactStatus::kBrouillon});
    if (!pact) throw std::runtime_error(pact.error().message);
    app::SignatoryRecord s;
    s.pact_id = *pact;
    s.institution_id = institution_id;
    if (auto ok = app::SaveSignatory(store, clock, system, s); !ok) {
      throw std::runtime_error(ok.error().message);
    }
    auto orientation = app::AddOrientation(store, clock, system,
                                           {0, *pact, "freins_sante", "Santé", 1, 1});
    if (!orientation) throw std::runtime_error(orientation.error().message);
    app::ObjectiveRecord o;
    o.orientation_id = *orientation;
    o.title = "Objectif";
    o.period = {2016, 2020};
    auto objective = app::AddObjective(store, clock, system, o, {institution_id});
    if (!objective) throw std::runtime_error(objective.error().message);
    pact_objective_id = *objective;
    auto indicator = app::AddIndicator(store, clock, system, nullptr, *objective,
                                       {"Indicateur", "%", true, std::nullopt, {}, {}});
    if (!indicator) throw std::runtime_error(indicator.error().message);
    pact_indicator_id = *indicator;
    app::CommitmentInput c;
    c.objective_id = *objective;
    c.institution_id = institution_id;
    c.text = "Engagement";
    auto commitment = app::AddCommitment(store, clock, system, c);
    if (!commitment) throw std::runtime_error(commitment.error().message);
    pact_commitment_id = *commitment;
  }

  // A published action of the structure with a session, the 2026 PDI programme, and a
  // pending prescription of the person to the action by the referent caller.
  void AddOffer() {
    auto& store = server.db().store();
    auto& clock = server.clock();
    action_id = CreateTestAction(store, clock, structure_id);
    session_id = CreateTestSession(store, clock, action_id);
    prescription_id = CreateTestPrescription(
        store, clock,
        {.person_id = person_id,
         .action_id = action_id,
         .session_id = session_id,
         .prescriber_agent_id = callers.at(Role::kReferent).agent_id});
    ExecuteForTest(store,
                   "INSERT INTO programmes (year, name, adopted_on, created_at, updated_at) "
                   "VALUES (2026, 'PDI-RE 2026', '2026-01-29', 'x', 'x')");
    programme_id = LastId("programmes");
    ExecuteForTest(store,
                   "INSERT INTO catalogue_imports (file_name, file_sha256, dry_run, applied, "
                   "records, imported_at) VALUES ('services.json', 'x', TRUE, FALSE, 0, 'x')");
    catalogue_import_id = LastId("catalogue_imports");
    AddIntakeImport();
  }

  void AddIntakeImport() {
    auto& store = server.db().store();
    ExecuteForTest(store,
                   "INSERT INTO import_mappings (name, columns, created_at, updated_at) "
                   "VALUES ('Liste FT', '{\"Nom\": \"last_name\"}', 'x', 'x')");
    import_mapping_id = LastId("import_mappings");
    ExecuteForTest(store,
                   "INSERT INTO imports (kind, dry_run, status, file_name, file_path, "
                   "file_sha256, mapping_id, created_by, created_at, updated_at) VALUES "
                   "('spreadsheet', TRUE, 'terminee', 'liste.csv', '/nulle-part/liste.csv', "
                   "'x', $1, $2, 'x', 'x')",
                   {std::to_string(import_mapping_id),
                    std::to_string(callers.at(Role::kChargeOrientation).agent_id)});
    intake_import_id = LastId("imports");
  }

  void AddPerson() {
    auto& store = server.db().store();
    auto& clock = server.clock();
    person_id = CreateTestPerson(store, clock, {.dd_since = "2025-01-06"});
    OrientForTest(store, clock, person_id, structure_id, "social", "2025-02-03");
    AssignReferentForTest(store, clock, person_id, callers.at(Role::kReferent).agent_id,
                          structure_id, "2025-02-10");
    const std::string id = std::to_string(person_id);
    ExecuteForTest(store,
                   "INSERT INTO contracts (person_id, type, status, starts_on, ends_on, "
                   "created_at, updated_at) VALUES ($1, 'cer_social', 'brouillon', "
                   "'2025-03-01', '2025-08-31', 'x', 'x')",
                   {id});
    ExecuteForTest(store,
                   "INSERT INTO appointments (person_id, starts_at, mode, motive_code, status, "
                   "created_at, updated_at) VALUES ($1, '2025-03-01T09:00:00Z', 'sur_place', "
                   "'suivi', 'honore', 'x', 'x')",
                   {id});
    contract_id = LastId("contracts");
    appointment_id = LastId("appointments");
  }

  std::int64_t LastId(const std::string& table) {
    std::int64_t id = 0;
    server.db().store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      auto& conn = dynamic_cast<storage::SqlUnitOfWork&>(uow).connection();
      id = conn.Query("SELECT MAX(id) FROM " + table).rows.at(0).Int(0);
      return true;
    });
    return id;
  }

  void ImportTerritory() {
    app::TerritoryImport in;
    in.departement_code = "92";
    in.departement_name = "Hauts-de-Seine";
    in.territories = {{"T4", "Paris Ouest La Défense", TerritoryKind::kEpt}};
    app::CommuneInput nanterre;
    nanterre.insee_code = "92050";
    nanterre.name = "Nanterre";
    nanterre.territory_code = "T4";
    nanterre.lat = 48.89;
    nanterre.lon = 2.20;
    nanterre.geometry =
        R"({"type":"Polygon","coordinates":[[[2.19,48.88],[2.22,48.88],[2.22,48.90],[2.19,48.88]]]})";
    in.communes = {nanterre};
    in.source_name = "matrice.geojson";
    auto& store = server.db().store();
    auto done = app::ImportTerritory(store, server.clock(), app::Actor::System("test"), in);
    if (!done) throw std::runtime_error(done.error().message);
    auto territories = app::ListTerritories(store, app::Actor::System("test"), "92");
    if (!territories || territories->empty()) throw std::runtime_error("territoire absent");
    territory_id = territories->front().territory.id;
  }

  void AddCaller(Role role) {
    auto& store = server.db().store();
    std::string email = std::string(RoleCode(role)) + "@cd92.fr";
    Caller c;
    c.agent_id = CreateAgent(store, server.clock(), server.settings(), email, {role}, structure_id);
    if (role == Role::kChargeOrientation) ScopeToTerritory(c.agent_id);
    c.session = LoginSession(server, email);
    c.token = CreateApiToken(store, server.clock(), c.agent_id);
    callers[role] = c;
  }

  void ScopeToTerritory(std::int64_t agent_id) {
    auto& store = server.db().store();
    auto system = app::Actor::System("test");
    auto agent = app::GetAgent(store, server.clock(), system, agent_id);
    if (!agent) throw std::runtime_error(agent.error().message);
    app::AgentChanges changes;
    changes.id = agent_id;
    changes.version = agent->version;
    changes.territory_id = std::optional<std::int64_t>(territory_id);
    auto saved = app::UpdateAgent(store, server.clock(), system, changes);
    if (!saved) throw std::runtime_error(saved.error().message);
  }
};

// What to put in a path parameter: the object the fixture created for the collection the
// parameter follows ("/structures/{id}" → the structure). "" when the test has no object for
// it: the route must then be taught to the test.
std::string ParamValue(const World& w, const std::string& collection, const std::string& name,
                       const std::string& pattern) {
  if (name == "token") return "jeton-inconnu";
  if (name == "kind") return "orientation_overdue";
  if (name == "year") return "2025";  // GET /api/v1/stats/oarsa/{year}
  if (name == "session_id" && collection == "sessions") return std::to_string(w.session_id);
  if (name != "id") return "";
  if (collection == "beneficiaires" || collection == "beneficiaries") {
    return std::to_string(w.person_id);
  }
  if (collection == "contrats" || collection == "contracts") {
    return std::to_string(w.contract_id);
  }
  if (collection == "rendez-vous" || collection == "appointments") {
    return std::to_string(w.appointment_id);
  }
  if (collection == "referents") return std::to_string(w.callers.at(Role::kReferent).agent_id);
  // No request exists: an allowed role is refused on its empty decision (422) first.
  if (collection == "reorientations" || collection == "reorientation-requests") return "999999";
  if (collection == "agents") return std::to_string(w.target_agent_id);
  if (collection == "institutions") return std::to_string(w.institution_id);
  if (collection == "structures") return std::to_string(w.structure_id);
  if (collection == "situations") return "1";  // seeded by migration 0012
  if (collection == "actions") return std::to_string(w.action_id);
  if (collection == "sessions") return std::to_string(w.session_id);
  if (collection == "prescriptions") return std::to_string(w.prescription_id);
  if (collection == "programmes") return std::to_string(w.programme_id);
  if (collection == "imports") {
    return std::to_string(pattern.rfind("/offre/", 0) == 0 ? w.catalogue_import_id
                                                           : w.intake_import_id);
  }
  if (collection == "objectifs" || collection == "objectives") {
    return std::to_string(w.pact_objective_id);
  }
  if (collection == "indicateurs" || collection == "indicators") {
    return std::to_string(w.pact_indicator_id);
  }
  if (collection == "engagements") return std::to_string(w.pact_commitment_id);
  if (collection == "correspondances" || collection == "import-mappings") {
    return std::to_string(w.import_mapping_id);
  }
  return "";
}

// The path with its parameters replaced; "" when one has no value.
std::string ConcretePath(const World& w, const std::string& pattern) {
  std::string path, previous;
  std::size_t pos = 1;
  while (pos <= pattern.size()) {
    auto slash = pattern.find('/', pos);
    if (slash == std::string::npos) slash = pattern.size();
    std::string segment = pattern.substr(pos, slash - pos);
    if (segment.size() > 2 && segment.front() == '{' && segment.back() == '}') {
      segment = ParamValue(w, previous, segment.substr(1, segment.size() - 2), pattern);
      if (segment.empty()) return "";
    } else {
      previous = segment;
    }
    path += "/" + segment;
    pos = slash + 1;
  }
  return path.empty() ? "/" : path;
}

// API writes. The organisation API checks a body's shape (422) before its policy, so these
// bodies are well formed, with values that fail validation (empty name, version 0): an allowed
// role gets 409 or 422 and nothing is written; a refused one gets 403. Others get "{}".
std::string ApiBody(const std::string& key) {
  static const std::map<std::string, std::string> kBodies{
      {"POST /api/v1/institutions", R"({"name": "", "kind": "ccas"})"},
      {"PATCH /api/v1/institutions/{id}", R"({"version": 0})"},
      {"POST /api/v1/structures",
       R"({"institution_id": 0, "name": "", "commune_code": "", "drees_category": ""})"},
      {"PATCH /api/v1/structures/{id}", R"({"version": 0})"},
  };
  auto it = kBodies.find(key);
  return it == kBodies.end() ? "{}" : it->second;
}

// Pages: the session cookie, and for a form the session's CSRF token (so that a 403 is the
// policy's, never the CSRF check's) and nothing else. API: the bearer token.
ClientRequest RequestFor(const MatrixRow& row, const Caller& caller, const std::string& path) {
  ClientRequest req{row.method, path, {}, ""};
  bool reads = row.method == "GET";
  if (row.access == "jeton") {
    req.headers["Authorization"] = "Bearer " + caller.token;
    if (!reads) {
      req.headers["Content-Type"] = "application/json";
      req.body = ApiBody(row.Key());
    }
    return req;
  }
  req.headers["Cookie"] = caller.session.cookie;
  if (!reads) {
    req.headers["Content-Type"] = "application/x-www-form-urlencoded";
    req.body = FormBody({{"_csrf", caller.session.csrf}});
  }
  return req;
}

// Why the answer contradicts the cell; "" when it agrees.
std::string Contradiction(Cell cell, const ClientResponse& r) {
  int s = r.status;
  if (cell == Cell::kRefused) return s == 403 || s == 404 ? "" : "attendu : non (403 ou 404)";
  if (s == 401 || s == 403 || s == 404) return "attendu : oui, la réponse refuse";
  if (s == 0 || s == 405 || s >= 500) return "attendu : oui, réponse anormale";
  if (r.Header("location").rfind("/connexion", 0) == 0) {
    return "attendu : oui, renvoyé vers la connexion (session perdue)";
  }
  return "";
}

class PermissionMatrixHttp : public ::testing::TestWithParam<Role> {
 protected:
  static void SetUpTestSuite() {
    try {
      world_ = std::make_unique<World>();
    } catch (const std::exception& e) {
      setup_error_ = e.what();
    }
  }
  static void TearDownTestSuite() { world_.reset(); }

  void SetUp() override {
    ASSERT_TRUE(world_) << "préparation impossible : " << setup_error_;
    ASSERT_TRUE(world_->matrix.errors.empty()) << world_->matrix.errors.front();
  }

  static std::unique_ptr<World> world_;
  static std::string setup_error_;
};

std::unique_ptr<World> PermissionMatrixHttp::world_;
std::string PermissionMatrixHttp::setup_error_;

TEST_P(PermissionMatrixHttp, EveryRouteAnswersAsTheMatrixSays) {
  const Role role = GetParam();
  const World& w = *world_;
  const Caller& caller = w.callers.at(role);
  int checks = 0;
  for (const auto& row : w.matrix.rows) {
    if (!row.DecidedByRole()) continue;  // public and sign-in routes: no role decides them
    std::string path = ConcretePath(w, row.pattern);
    if (path.empty()) {
      ADD_FAILURE() << Where(row) << " : le test ne sait pas quel objet mettre dans ses "
                    << "paramètres ; ajoutez-le à ParamValue().";
      continue;
    }
    Cell expected = row.cells.at(role);
    if (expected == Cell::kNotApplicable) {
      ADD_FAILURE() << Where(row) << " : « — » sur une route décidée par les rôles.";
      continue;
    }
    auto r = Send(w.server.port(), RequestFor(row, caller, path));
    ++checks;
    std::string why = Contradiction(expected, r);
    EXPECT_TRUE(why.empty()) << Where(row) << ", rôle " << RoleCode(role) << " : " << why
                             << ", reçu " << r.status << " " << r.Header("location") << "\n"
                             << r.body.substr(0, 300);
  }
  RecordProperty("checks", checks);
  EXPECT_GT(checks, 0);
}

// The own-account scope: "non" on GET /api/v1/agents/{id} is for another agent's account.
TEST_P(PermissionMatrixHttp, EveryAgentReadsTheirOwnAccountThroughTheAgentsApi) {
  const World& w = *world_;
  const Caller& caller = w.callers.at(GetParam());
  ClientRequest req{"GET", "/api/v1/agents/" + std::to_string(caller.agent_id),
                    {{"Authorization", "Bearer " + caller.token}}, ""};
  auto r = Send(w.server.port(), req);
  ASSERT_EQ(r.status, 200) << r.body;
  auto body = nlohmann::json::parse(r.body, nullptr, false);
  ASSERT_TRUE(body.is_object()) << r.body;
  EXPECT_EQ(body.value("id", std::int64_t{0}), caller.agent_id);
}

INSTANTIATE_TEST_SUITE_P(Roles, PermissionMatrixHttp, ::testing::ValuesIn(AllRoles()),
                         [](const ::testing::TestParamInfo<Role>& role) {
                           return std::string(RoleCode(role.param));
                         });

}  // namespace
}  // namespace pacte::testing
