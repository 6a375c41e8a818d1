// The HTTP plumbing against a real server on loopback.

#include <gtest/gtest.h>

#include "support/test_server.hpp"

namespace pacte::testing {
namespace {

TEST(Server, HealthAndReadiness) {
  TestServer server;
  auto health = server.Get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.body, "ok\n");
  EXPECT_EQ(server.Get("/readyz").status, 200);
}

TEST(Server, SecurityHeadersOnEveryAnswer) {
  TestServer server;
  for (const char* path : {"/healthz", "/nowhere", "/assets/app.css"}) {
    auto r = server.Get(path);
    EXPECT_NE(r.Header("content-security-policy").find("frame-ancestors 'none'"), std::string::npos) << path;
    EXPECT_EQ(r.Header("content-security-policy").find("unsafe-inline"), std::string::npos) << path;
    EXPECT_EQ(r.Header("x-content-type-options"), "nosniff") << path;
    EXPECT_FALSE(r.Header("referrer-policy").empty()) << path;
    EXPECT_FALSE(r.Header("x-request-id").empty()) << path;
  }
}

TEST(Server, StaticAssetsAndPathTraversal) {
  TestServer server;
  auto css = server.Get("/assets/app.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_NE(css.Header("content-type").find("text/css"), std::string::npos);
  EXPECT_EQ(server.Get("/assets/htmx.min.js").status, 200);
  for (const char* evil : {"/assets/../CMakeLists.txt", "/assets/%2e%2e/%2e%2e/etc/passwd",
                           "/assets/..%2fapi%2fopenapi.yaml", "/assets/"}) {
    EXPECT_EQ(server.Get(evil).status, 404) << evil;
  }
}

TEST(Server, MetricsInPrometheusFormat) {
  TestServer server;
  server.Get("/healthz");
  auto m = server.Get("/metrics");
  EXPECT_EQ(m.status, 200);
  EXPECT_NE(m.body.find("pacte_http_requests_total{route=\"GET /healthz\",status=\"200\"}"), std::string::npos);
  EXPECT_NE(m.body.find("pacte_http_request_duration_seconds_bucket{route=\"GET /healthz\",le=\"+Inf\"}"), std::string::npos);
  EXPECT_NE(m.body.find("pacte_db_pool_size"), std::string::npos);
}

TEST(Server, OversizedBodyGets413) {
  TestServer server;
  ClientRequest req{"POST", "/api/v1/structures", {{"Content-Type", "application/json"}},
                    std::string(server.settings().max_body_bytes + 10, 'x')};
  auto r = Send(server.port(), req);
  EXPECT_EQ(r.status, 413);
  EXPECT_NE(r.Header("content-type").find("application/problem+json"), std::string::npos);
}

TEST(Server, UnknownPageIs404) {
  TestServer server;
  EXPECT_EQ(server.Get("/nulle-part").status, 404);
}

}  // namespace
}  // namespace pacte::testing
