#pragma once
// Shared set-up of the territory and organisation HTTP tests: a server whose requests are
// signed in by role through FakeAuthGate, the Hauts-de-Seine communes imported, and helpers to
// post forms (with the CSRF token) and call the API.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/organisations/institutions.hpp"
#include "app/organisations/structures.hpp"
#include "app/territory/import_territory.hpp"
#include "app/territory/territory_queries.hpp"
#include "io/territory/geojson_territory.hpp"
#include "support/fake_auth_gate.hpp"
#include "support/test_server.hpp"
#include "web/server/http.hpp"

namespace pacte::testing {

using Fields = std::vector<std::pair<std::string, std::string>>;

inline std::string FormBody(const Fields& fields) {
  std::string body;
  for (const auto& [k, v] : fields) {
    body += (body.empty() ? "" : "&") + web::UrlEncode(k) + "=" + web::UrlEncode(v);
  }
  return body;
}

// Text as kainjow mustache escapes it in pages (' → &apos;).
inline std::string Escaped(std::string text) {
  std::string out;
  for (char c : text) out += c == '\'' ? std::string("&apos;") : std::string(1, c);
  return out;
}

class OrganisationsHttpTest : public ::testing::Test {
 protected:
  FakeAuthGate gate;
  TestServer server{&gate};
  app::ManualClock clock{*ParseIsoTimestamp("2026-11-27T09:00:00Z")};

  void ImportHautsDeSeine() {
    auto path = std::filesystem::path(PACTE_SOURCE_DIR) / "data" / "geo" / "communes-92.geojson";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    auto parsed = io::ParseTerritoryGeoJson(content.str(), "communes-92.geojson");
    ASSERT_TRUE(parsed);
    ASSERT_TRUE(app::ImportTerritory(server.db().store(), clock, app::Actor::System(), *parsed));
  }

  std::int64_t SeedInstitution(const std::string& name, const std::string& kind = "ccas") {
    auto i = app::CreateInstitution(server.db().store(), clock, app::Actor::System(),
                                    {name, kind, "", false});
    EXPECT_TRUE(i);
    return i ? i->id : 0;
  }

  app::Structure SeedStructure(std::int64_t institution, const std::string& name,
                               const std::string& commune = "92050",
                               const std::string& category = "ccas_cias",
                               bool operator_too = false) {
    StructureDraft d;
    d.institution_id = institution;
    d.name = name;
    d.commune_code = commune;
    d.is_referent_body = true;
    d.is_action_operator = operator_too;
    d.drees_category = category;
    auto s = app::CreateStructure(server.db().store(), clock, app::Actor::System(), d);
    EXPECT_TRUE(s) << (s ? "" : s.error().message);
    return s ? *s : app::Structure{};
  }

  ClientResponse Page(const std::string& path, const std::string& role) {
    return server.Get(path, FakeAuthGate::As(role));
  }

  ClientResponse PostForm(const std::string& path, const std::string& role, Fields fields,
                          bool with_csrf = true) {
    if (with_csrf) fields.emplace_back("_csrf", kTestCsrfToken);
    auto headers = FakeAuthGate::As(role);
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    return Send(server.port(), ClientRequest{"POST", path, headers, FormBody(fields)});
  }

  ClientResponse Api(const std::string& method, const std::string& path, const std::string& role,
                     const std::string& body = "") {
    std::map<std::string, std::string> headers;
    if (!role.empty()) headers = FakeAuthGate::As(role);
    if (!body.empty()) headers["Content-Type"] = "application/json";
    return Send(server.port(), ClientRequest{method, path, headers, body});
  }

  static nlohmann::json Json(const ClientResponse& r) {
    return nlohmann::json::parse(r.body, nullptr, false);
  }

  // The field names of a 422 problem.
  static std::vector<std::string> ProblemFields(const ClientResponse& r) {
    std::vector<std::string> out;
    auto j = Json(r);
    if (j.is_object() && j.contains("errors")) {
      for (const auto& e : j["errors"]) out.push_back(e["field"].get<std::string>());
    }
    return out;
  }
};

}  // namespace pacte::testing
