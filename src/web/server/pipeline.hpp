#pragma once
// The request pipeline, independent of the HTTP library: request id, body limit, static
// assets, routing, authentication, CSRF, security headers, error handling, access log and
// metrics. restinio_server.cpp feeds it; HTTP tests can call Handle() directly.

#include <atomic>
#include <memory>

#include "web/server/context.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

class Pipeline {
 public:
  Pipeline(Services& services, Router router);
  HttpResponse Handle(HttpRequest req);
  const Router& router() const { return router_; }
  // While draining (graceful shutdown), new requests get 503.
  void StartDraining() { draining_ = true; }
  int InFlight() const { return in_flight_; }

 private:
  HttpResponse Dispatch(HttpRequest& req, const Router::Match& match, std::string& route_name);
  std::optional<HttpResponse> Authenticate(RequestContext& ctx, const Route& route);
  bool CsrfValid(const RequestContext& ctx) const;

  Services& services_;
  Router router_;
  std::atomic<bool> draining_{false};
  std::atomic<int> in_flight_{0};
};

// Static asset under /assets/<name> from the embedded files, or nullopt.
std::optional<HttpResponse> ServeAsset(const std::string& path);

// 32 random bytes as 64 hex characters (libsodium).
std::string RandomToken();

}  // namespace pacte::web
