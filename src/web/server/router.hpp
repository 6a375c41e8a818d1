#pragma once
// Routes: method + pattern ("/api/v1/structures/{id}") → handler, with the access level the
// pipeline enforces before calling the handler. The route table is also what the OpenAPI
// test and the permission-matrix test enumerate.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "web/server/http.hpp"

namespace pacte::web {

struct RequestContext;

enum class Access {
  kPublic,         // anyone (login page, health checks, assets)
  kPage,           // a signed-in agent with a complete session (second factor done)
  kPageHalfAuth,   // signed in, second factor still pending (the second-factor pages)
  kApi,            // Authorization: Bearer <token>
};

using Handler = std::function<HttpResponse(RequestContext&)>;

struct Route {
  std::string method;
  std::string pattern;
  Access access = Access::kPage;
  Handler handler;
  std::string name;  // metrics label; defaults to "METHOD pattern"
};

class Router {
 public:
  void Add(std::string method, std::string pattern, Access access, Handler handler);
  void Get(std::string pattern, Access access, Handler handler) {
    Add("GET", std::move(pattern), access, std::move(handler));
  }
  void Post(std::string pattern, Access access, Handler handler) {
    Add("POST", std::move(pattern), access, std::move(handler));
  }

  struct Match {
    const Route* route = nullptr;
    std::map<std::string, std::string> params;
    bool method_mismatch = false;  // path known, method not allowed (405)
  };
  Match Find(const std::string& method, const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace pacte::web
