// "Nobody exposed": a signataire and a statistics reader crawl the whole application, by
// session and by API token: every GET route of the router and of docs/api/openapi.yaml with
// the ids of every seeded object, then every page and download reachable from "/" by
// following links and submitting the GET forms (each option of their lists). No response
// (status line, headers, body, XLSX cells) may hold a personal value of the seeded persons.
// Routes added later are covered without editing this test: it reads the router and the
// OpenAPI document and follows what the pages show.

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "support/auth_helpers.hpp"
#include "support/crawl_helpers.hpp"
#include "support/disclosure_crawl_world.hpp"
#include "support/test_server.hpp"
#include "web/routes.hpp"
#include "web/server/embedded_files.hpp"

namespace pacte::testing {
namespace {

constexpr std::size_t kMaxPagesPerCaller = 700;
constexpr std::size_t kMaxVariantsPerPath = 40;
constexpr std::size_t kMaxPathsPerRoute = 40;

// A route whose answer is about persons: refused to partners (403, or 404 for an object).
bool IsPersonRoute(const std::string& pattern) {
  for (const char* part : {"beneficiai", "beneficiari", "rendez-vous", "appointments",
                           "contrat", "contract", "worklist", "prescription", "/notes",
                           "diagnostic", "/referents"}) {
    if (pattern.find(part) != std::string::npos) return true;
  }
  return false;
}

bool IsSkipped(const std::string& path) {
  return path.rfind("/assets/", 0) == 0 || path.rfind("/deconnexion", 0) == 0;
}

class Crawl {
 public:
  Crawl(CrawlWorld& w, const CrawlCaller& caller) : w_(w), caller_(caller) {}

  // GET `path` with the caller's session (pages) or token (API); checks the answer.
  ClientResponse Fetch(const std::string& path, const std::string& why) {
    ClientRequest req;
    req.path = path;
    if (path.rfind("/api/", 0) == 0) {
      req.headers["Authorization"] = "Bearer " + caller_.token;
    } else {
      req.headers["Cookie"] = caller_.session.cookie;
    }
    ClientResponse r = Send(w_.server.port(), req);
    ++fetched_;
    if (std::getenv("PACTE_CRAWL_TRACE")) std::printf("%d %s\n", r.status, path.c_str());
    const std::string where = caller_.name + " GET " + path + " (" + why + ")";
    for (const auto& label : w_.probe.FoundIn(ResponseText(r))) {
      leaks_.push_back(where + " : donnée personnelle exposée (" + label + "), statut " +
                       std::to_string(r.status));
    }
    EXPECT_LT(r.status, 500) << where << " : erreur serveur";
    return r;
  }

  // Every GET route of `patterns`, parameters replaced by the seeded ids (and years).
  void Routes(const std::set<std::string>& patterns, const std::string& why) {
    for (const auto& pattern : patterns) {
      auto values = [&](const std::string& name) { return w_.ParameterValues(name); };
      for (const auto& path : ExpandPattern(pattern, values, kMaxPathsPerRoute)) {
        if (IsSkipped(path)) continue;
        const ClientResponse r = Fetch(path, why + " " + pattern);
        if (IsPersonRoute(pattern) && r.status != 403 && r.status != 404) {
          open_person_routes_.push_back(path + " : statut " + std::to_string(r.status));
        }
        if (r.status == 200) Enqueue(path);
      }
    }
  }

  // Breadth-first from "/" (and the routes already answered), following same-origin links
  // and GET forms, at most `max_pages` pages; `complete`: the crawl must end before.
  void FollowLinks(std::size_t max_pages = kMaxPagesPerCaller, bool complete = true) {
    Enqueue("/");
    while (!queue_.empty() && visited_.size() < max_pages) {
      const std::string path = queue_.front();
      queue_.pop_front();
      if (!visited_.insert(path).second) continue;
      const ClientResponse r = Fetch(path, "lien");
      if (r.status != 200) continue;
      if (r.Header("content-type").find("text/html") == std::string::npos) continue;
      for (const auto& link : ExtractLinks(r.body)) Enqueue(link);
      // The forms of a page reached by a link are tried with each option of each list; the
      // forms of a page that is itself a form result are not, else the options of the
      // pilotage pages (dates × groupings × themes…) multiply without bound.
      if (path.find('?') != std::string::npos && form_results_.count(path)) continue;
      for (const auto& url : ExtractGetFormUrls(r.body, path)) {
        form_results_.insert(url);
        Enqueue(url);
      }
    }
    if (complete) {
      EXPECT_LT(visited_.size(), max_pages) << caller_.name << " : exploration tronquée";
    }
  }

  // One message per response holding a seeded personal value.
  const std::vector<std::string>& leaks() const { return leaks_; }
  // Person routes that answered neither 403 nor 404.
  const std::vector<std::string>& open_person_routes() const { return open_person_routes_; }
  std::size_t fetched() const { return fetched_; }
  std::size_t visited() const { return visited_.size(); }

 private:
  // The pilotage pages link every date to every theme or grouping: the query variants of one
  // path are capped (the first ones found breadth-first cover each option of each list).
  void Enqueue(const std::string& path) {
    if (IsSkipped(path) || visited_.count(path)) return;
    const std::string route = path.substr(0, path.find('?'));
    if (route != path && ++variants_[route] > kMaxVariantsPerPath) return;
    queue_.push_back(path);
  }

  CrawlWorld& w_;
  const CrawlCaller& caller_;
  std::deque<std::string> queue_;
  std::set<std::string> visited_;
  std::set<std::string> form_results_;
  std::map<std::string, std::size_t> variants_;
  std::size_t fetched_ = 0;
  std::vector<std::string> leaks_;
  std::vector<std::string> open_person_routes_;
};

void ExpectNone(const std::vector<std::string>& messages) {
  for (const auto& m : messages) ADD_FAILURE() << m;
}

std::set<std::string> RouterGetPatterns() {
  const web::Router router = web::BuildRouter();
  std::set<std::string> out;
  for (const auto& r : router.routes()) {
    if (r.method == "GET") out.insert(r.pattern);
  }
  return out;
}

std::set<std::string> OpenApiPatterns() {
  const auto& files = web::EmbeddedFiles();
  auto it = files.find("api/openapi.yaml");
  if (it == files.end()) {
    ADD_FAILURE() << "api/openapi.yaml absent des fichiers embarqués";
    return {};
  }
  std::set<std::string> out;
  for (const auto& p : OpenApiGetPaths(std::string(it->second))) out.insert(p);
  return out;
}

// One seeded server for the suite (seeding and signing in cost more than a test).
class DisclosureCrawl : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world_ = std::make_unique<CrawlWorld>(); }
  static void TearDownTestSuite() { world_.reset(); }
  static CrawlWorld& World() { return *world_; }

 private:
  static std::unique_ptr<CrawlWorld> world_;
};

std::unique_ptr<CrawlWorld> DisclosureCrawl::world_;

TEST_F(DisclosureCrawl, TheProbeFindsTheSeededValuesInEveryForm) {
  auto& w = World();
  EXPECT_GE(w.probe.size(), 20u);
  EXPECT_FALSE(w.probe.FoundIn("Zorglubinette").empty());
  EXPECT_FALSE(w.probe.FoundIn("<td>BÉRÉNIXA</td>").empty());
  EXPECT_FALSE(w.probe.FoundIn("nir: 2 83 07 92 050 123 45").empty());
  EXPECT_FALSE(w.probe.FoundIn("\"nir\":\"283079205012345\"").empty());
  EXPECT_FALSE(w.probe.FoundIn("né le 29/07/1983").empty());
  EXPECT_TRUE(w.probe.FoundIn("Nanterre, 92050, 2026, lecteur_stats").empty());
  // An agent entitled to persons sees them: the seeded data is really served.
  const auto page = w.server.Get("/beneficiaires/" + std::to_string(w.person_ids.at(0)),
                                 {{"Cookie", w.referent.session.cookie}});
  EXPECT_EQ(page.status, 200);
  EXPECT_FALSE(w.probe.FoundIn(ResponseText(page)).empty());
  // Downloads are searched inside: an XLSX is compressed, its cells are read back.
  const auto xlsx = w.server.Get("/beneficiaires/export?format=xlsx",
                                 {{"Cookie", w.referent.session.cookie}});
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_TRUE(w.probe.FoundIn(xlsx.body).empty());
  EXPECT_FALSE(w.probe.FoundIn(ResponseText(xlsx)).empty());
}

TEST_F(DisclosureCrawl, RoutesOfTheRouterAndOfOpenApiExposeNobody) {
  auto& w = World();
  std::set<std::string> patterns = RouterGetPatterns();
  for (const auto& p : OpenApiPatterns()) patterns.insert(p);
  ASSERT_GT(patterns.size(), 30u);
  for (const CrawlCaller* caller : {&w.signataire, &w.lecteur}) {
    Crawl crawl(w, *caller);
    crawl.Routes(patterns, "route");
    EXPECT_GT(crawl.fetched(), patterns.size());
    ExpectNone(crawl.leaks());
    ExpectNone(crawl.open_person_routes());
  }
}

TEST_F(DisclosureCrawl, PagesAndDownloadsReachableByLinksExposeNobody) {
  auto& w = World();
  for (const CrawlCaller* caller : {&w.signataire, &w.lecteur}) {
    Crawl crawl(w, *caller);
    crawl.FollowLinks();
    EXPECT_GE(crawl.visited(), 3u) << caller->name;  // "/", the account, the territory…
    ExpectNone(crawl.leaks());
  }
}

// The crawl does find persons where they are shown: as their référent, following links from
// "/" reaches their pages, and the routes expanded with the seeded ids serve them.
TEST_F(DisclosureCrawl, TheSameCrawlAsTheirReferentFindsThePersons) {
  auto& w = World();
  Crawl links(w, w.referent);
  links.FollowLinks(120, false);
  EXPECT_FALSE(links.leaks().empty());
  Crawl routes(w, w.referent);
  routes.Routes(RouterGetPatterns(), "route");
  EXPECT_FALSE(routes.leaks().empty());
  EXPECT_FALSE(routes.open_person_routes().empty());
}

TEST_F(DisclosureCrawl, KnownPersonPagesAreRefusedToPartners) {
  auto& w = World();
  for (const CrawlCaller* caller : {&w.signataire, &w.lecteur}) {
    Crawl crawl(w, *caller);
    for (auto id : w.person_ids) {
      const std::string s = std::to_string(id);
      const std::vector<std::string> paths{
          "/beneficiaires/" + s,
          "/beneficiaires/" + s + "/donnees.json",
          "/api/v1/beneficiaries/" + s,
          "/api/v1/beneficiaries/" + s + "/personal-data",
          "/beneficiaires?nom=zorglubinette",
          "/api/v1/beneficiaries?name=Zorglubinette",
          "/api/v1/beneficiaries?nir=283079205012345",
          "/beneficiaires/export?format=xlsx",
          "/api/v1/beneficiaries/export?format=csv"};
      for (const std::string& path : paths) {
        const ClientResponse r = crawl.Fetch(path, "fiche connue");
        EXPECT_TRUE(r.status == 403 || r.status == 404)
            << caller->name << " " << path << " : statut " << r.status;
      }
    }
    ExpectNone(crawl.leaks());
  }
}

}  // namespace
}  // namespace pacte::testing
