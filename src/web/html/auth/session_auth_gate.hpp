#pragma once
// AuthGate over the database sessions and API tokens of the accounts feature.

#include "app/config/settings.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "web/server/auth_gate.hpp"

namespace pacte::web {

class SessionAuthGate final : public AuthGate {
 public:
  SessionAuthGate(app::Store& store, app::Clock& clock, const app::Settings& settings)
      : store_(store), clock_(clock), settings_(settings) {}
  // The session of the `pacte_session` cookie (app::ResolveSession: idle and absolute
  // expiry, inactive agents, last-seen refresh).
  std::optional<PageSession> ResolvePage(const HttpRequest& req) override;
  // The agent of "Authorization: Bearer pacte_…" (app::ResolveApiToken).
  std::optional<app::Actor> ResolveApi(const HttpRequest& req) override;

 private:
  app::Store& store_;
  app::Clock& clock_;
  const app::Settings& settings_;
};

}  // namespace pacte::web
