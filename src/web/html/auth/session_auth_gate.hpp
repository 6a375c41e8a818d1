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
  std::optional<PageSession> ResolvePage(const HttpRequest& req) override;
  std::optional<app::Actor> ResolveApi(const HttpRequest& req) override;

 private:
  [[maybe_unused]] app::Store& store_;
  [[maybe_unused]] app::Clock& clock_;
  [[maybe_unused]] const app::Settings& settings_;
};

}  // namespace pacte::web
