#pragma once
// What a handler receives: the request, who is acting, and the services it may call.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "app/ports/table_writer.hpp"
#include "domain/common/error.hpp"
#include "web/server/http.hpp"

namespace pacte::web {

class Templates;
class Metrics;
class AuthGate;
}  // namespace pacte::web

namespace pacte::app {
struct IntakeDeps;
class IndicatorSource;
class StatsService;
}

namespace pacte::web {

struct Services {
  app::Store& store;
  app::Clock& clock;
  const app::Settings& settings;
  const Templates& templates;
  Metrics& metrics;
  AuthGate* auth = nullptr;
  // Beneficiary imports (issue 5): readers, writers and files; nullptr when the server runs
  // without them (import routes then answer 503).
  const app::IntakeDeps* intake = nullptr;
  // Wakes the import worker after a run was queued (may be empty).
  std::function<void()> wake_imports{};
  // CSV / XLSX downloads (list exports, import reports); set by main/ and the test server.
  app::TableWriter* tables = nullptr;
  // Computed indicators of the pact (issue 6; app/stats implements it); nullptr: computed
  // indicators show "non calculable".
  app::IndicatorSource* indicators = nullptr;
  // The statistics engine of the live dashboards and open data (issue 6, app/stats); set by
  // main/ and the test server (the dashboard routes need it).
  app::StatsService* stats = nullptr;
};

struct RequestContext {
  const HttpRequest& req;
  Services& services;
  std::optional<app::Actor> actor;  // set for kPage / kApi routes
  std::string csrf_token;           // to embed in forms
  std::vector<std::string> set_cookies;

  // The actor; precondition: the route is not kPublic.
  const app::Actor& Who() const { return *actor; }
  std::string Param(const std::string& name) const;  // path parameter

  // Renders templates/<name>.mustache inside the layout (title, navigation for the actor's
  // roles, CSRF token). An htmx request gets the fragment alone.
  HttpResponse Page(const std::string& name, const std::string& title, nlohmann::json data,
                    int status = 200) const;
  // Renders a template without the layout (htmx fragments).
  HttpResponse Fragment(const std::string& name, const nlohmann::json& data,
                        int status = 200) const;
};

}  // namespace pacte::web
