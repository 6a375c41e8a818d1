#include "support/fake_auth_gate.hpp"

namespace pacte::testing {

std::int64_t TestAgentId(Role role) { return 1000 + static_cast<std::int64_t>(role); }

std::optional<app::Actor> FakeAuthGate::ActorOf(const web::HttpRequest& req) {
  auto role = ParseRole(req.Header("x-test-agent"));
  if (!role) return std::nullopt;
  app::Actor actor;
  actor.agent_id = TestAgentId(*role);
  actor.display_name = "Agent de test (" + std::string(RoleCode(*role)) + ")";
  actor.roles = {*role};
  return actor;
}

std::optional<web::PageSession> FakeAuthGate::ResolvePage(const web::HttpRequest& req) {
  auto actor = ActorOf(req);
  if (!actor) return std::nullopt;
  web::PageSession session;
  session.actor = std::move(*actor);
  session.csrf_token = kTestCsrfToken;
  return session;
}

std::optional<app::Actor> FakeAuthGate::ResolveApi(const web::HttpRequest& req) {
  return ActorOf(req);
}

std::map<std::string, std::string> FakeAuthGate::As(const std::string& role_code) {
  return {{"X-Test-Agent", role_code}};
}

}  // namespace pacte::testing
