#include "support/audit_test_server.hpp"

#include "support/audit_fake_auth_gate.hpp"
#include "web/routes.hpp"
#include "web/server/metrics.hpp"
#include "web/server/restinio_server.hpp"
#include "web/server/templates.hpp"

namespace pacte::testing {

struct AuditTestServer::Impl {
  web::Templates templates;
  web::Metrics metrics;
  AuditFakeAuthGate gate;
  std::unique_ptr<web::Services> services;
  std::unique_ptr<web::Pipeline> pipeline;
  std::unique_ptr<web::HttpServer> server;
};

AuditTestServer::AuditTestServer()
    : settings_(TestSettings()),
      clock_(*ParseIsoTimestamp("2026-11-27T09:00:00Z")),
      impl_(std::make_unique<Impl>()) {
  settings_.database = db_.url();
  impl_->services = std::make_unique<web::Services>(web::Services{
      db_.store(), clock_, settings_, impl_->templates, impl_->metrics, &impl_->gate});
  impl_->pipeline = std::make_unique<web::Pipeline>(*impl_->services, web::BuildRouter());
  impl_->server = std::make_unique<web::HttpServer>(
      *impl_->pipeline, web::ServerOptions{"127.0.0.1", 0, settings_.workers,
                                           settings_.max_body_bytes, settings_.request_timeout});
  impl_->server->Start();
}

AuditTestServer::~AuditTestServer() { impl_->server->Stop(std::chrono::seconds{2}); }

unsigned short AuditTestServer::port() const { return impl_->server->port(); }

ClientResponse AuditTestServer::Get(const std::string& path, const std::string& role_code) {
  std::map<std::string, std::string> headers;
  if (!role_code.empty()) headers["X-Test-Agent"] = role_code;
  return Send(port(), ClientRequest{"GET", path, headers, ""});
}

ClientResponse AuditTestServer::PostForm(const std::string& path, const std::string& role_code,
                                         std::string body, bool with_csrf) {
  std::map<std::string, std::string> headers{
      {"Content-Type", "application/x-www-form-urlencoded"}};
  if (!role_code.empty()) headers["X-Test-Agent"] = role_code;
  if (with_csrf) body = "_csrf=" + kFakeCsrfToken + (body.empty() ? "" : "&" + body);
  return Send(port(), ClientRequest{"POST", path, headers, body});
}

}  // namespace pacte::testing
