#include "support/audit_fake_auth_gate.hpp"

namespace pacte::testing {
namespace {

std::optional<app::Actor> ActorOf(const web::HttpRequest& req) {
  auto role = ParseRole(req.Header("x-test-agent"));
  if (!role) return std::nullopt;
  app::Actor actor;
  std::string id = req.Header("x-test-agent-id");
  actor.agent_id = id.empty() ? 1000 : std::stoll(id);
  actor.display_name = "Agent de test";
  actor.roles = {*role};
  return actor;
}

}  // namespace

std::optional<web::PageSession> AuditFakeAuthGate::ResolvePage(const web::HttpRequest& req) {
  auto actor = ActorOf(req);
  if (!actor) return std::nullopt;
  return web::PageSession{std::move(*actor), kFakeCsrfToken, false, {}};
}

std::optional<app::Actor> AuditFakeAuthGate::ResolveApi(const web::HttpRequest& req) {
  return ActorOf(req);
}

}  // namespace pacte::testing
