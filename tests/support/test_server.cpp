#include "support/test_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <cstdlib>
#include <sstream>
#include <stdexcept>

#include <spdlog/spdlog.h>

#include "app/stats/indicator_library.hpp"
#include "app/stats/stats_service.hpp"
#include "jobs/import_worker.hpp"
#include "main/intake_runtime.hpp"
#include "web/html/auth/session_auth_gate.hpp"
#include "web/routes.hpp"
#include "web/server/metrics.hpp"
#include "web/server/restinio_server.hpp"
#include "web/server/templates.hpp"

namespace pacte::testing {

std::string ClientResponse::Header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

std::vector<std::string> ClientResponse::SetCookies() const {
  std::vector<std::string> out;
  auto [b, e] = headers.equal_range("set-cookie");
  for (auto it = b; it != e; ++it) out.push_back(it->second);
  return out;
}

ClientResponse Send(unsigned short port, const ClientRequest& req) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    throw std::runtime_error("connexion au serveur de test impossible");
  }
  std::ostringstream out;
  out << req.method << " " << req.path << " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
  for (const auto& [k, v] : req.headers) out << k << ": " << v << "\r\n";
  if (!req.body.empty() || req.method == "POST" || req.method == "PATCH" || req.method == "PUT") {
    out << "Content-Length: " << req.body.size() << "\r\n";
  }
  out << "\r\n" << req.body;
  std::string data = out.str();
  for (std::size_t sent = 0; sent < data.size();) {
    auto n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  std::string raw;
  char buf[65536];
  for (;;) {
    auto n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    raw.append(buf, static_cast<std::size_t>(n));
  }
  close(fd);
  ClientResponse resp;
  auto header_end = raw.find("\r\n\r\n");
  if (header_end == std::string::npos) return resp;
  std::istringstream head(raw.substr(0, header_end));
  std::string line;
  std::getline(head, line);
  if (line.size() >= 12) resp.status = std::stoi(line.substr(9, 3));
  while (std::getline(head, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string name = line.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    std::string value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.erase(0, 1);
    resp.headers.emplace(name, value);
  }
  resp.body = raw.substr(header_end + 4);
  if (resp.Header("transfer-encoding") == "chunked") {
    std::string decoded;
    std::size_t pos = 0;
    while (pos < resp.body.size()) {
      auto eol = resp.body.find("\r\n", pos);
      std::size_t len = std::stoul(resp.body.substr(pos, eol - pos), nullptr, 16);
      if (len == 0) break;
      decoded += resp.body.substr(eol + 2, len);
      pos = eol + 2 + len + 2;
    }
    resp.body = decoded;
  }
  return resp;
}

app::Settings TestSettings() {
  app::Settings s;
  s.secret_key = "test-secret-key-test-secret-key-0123456789";
  s.password_hash_cost = "min";
  s.listen_port = 0;
  s.workers = 4;
  return s;
}

struct TestServer::Impl {
  web::Templates templates;
  web::Metrics metrics;
  std::unique_ptr<web::SessionAuthGate> gate;
  std::unique_ptr<main::IntakeRuntime> intake;
  std::unique_ptr<jobs::ImportWorker> imports;
  std::string import_dir;
  std::unique_ptr<web::Services> services;
  std::unique_ptr<web::Pipeline> pipeline;
  std::unique_ptr<app::StatsService> stats;
  std::unique_ptr<app::IndicatorLibrary> indicators;
  std::unique_ptr<web::HttpServer> server;
};

TestServer::TestServer(app::Settings settings)
    : TestServer(static_cast<web::AuthGate*>(nullptr), std::move(settings)) {}

namespace {

std::string FreshImportDir() {
  auto base = std::filesystem::temp_directory_path() / "pacte-tests";
  std::filesystem::create_directories(base);
  std::string pattern = (base / "imports-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp");
  return pattern;
}

}  // namespace

TestServer::TestServer(ImportRunnersFactory runners, app::Settings settings)
    : settings_(std::move(settings)),
      clock_(*ParseIsoTimestamp("2026-11-27T09:00:00Z")),
      impl_(std::make_unique<Impl>()) {
  Init(nullptr, std::move(runners));
}

TestServer::TestServer(web::AuthGate* auth, app::Settings settings)
    : settings_(std::move(settings)),
      clock_(*ParseIsoTimestamp("2026-11-27T09:00:00Z")),
      impl_(std::make_unique<Impl>()) {
  Init(auth, nullptr);
}

void TestServer::Init(web::AuthGate* auth, const ImportRunnersFactory& runners) {
  settings_.database = db_.url();
  if (!std::getenv("PACTE_TEST_LOG")) spdlog::set_level(spdlog::level::warn);
  impl_->gate = std::make_unique<web::SessionAuthGate>(db_.store(), clock_, settings_);
  web::AuthGate* gate = auth ? auth : impl_->gate.get();
  impl_->import_dir = FreshImportDir();
  settings_.import_dir = impl_->import_dir;
  impl_->intake = main::MakeIntakeRuntime(settings_, db_.store(), clock_, "test-server");
  if (runners) impl_->intake->runners = runners(db_.store(), clock_, impl_->intake->deps);
  impl_->imports = std::make_unique<jobs::ImportWorker>(
      db_.store(), clock_, impl_->intake->deps, impl_->intake->runners,
      std::chrono::milliseconds{200});
  jobs::ImportWorker* worker = impl_->imports.get();
  impl_->services = std::make_unique<web::Services>(
      web::Services{db_.store(), clock_, settings_, impl_->templates, impl_->metrics, gate,
                    &impl_->intake->deps, [worker] { worker->Wake(); }});
  impl_->services->tables = impl_->intake->deps.tables;
  impl_->stats = std::make_unique<app::StatsService>(db_.store(), clock_, settings_);
  impl_->indicators = std::make_unique<app::IndicatorLibrary>(db_.store(), clock_, settings_);
  impl_->services->stats = impl_->stats.get();
  impl_->services->indicators = impl_->indicators.get();
  impl_->pipeline = std::make_unique<web::Pipeline>(*impl_->services, web::BuildRouter());
  impl_->server = std::make_unique<web::HttpServer>(
      *impl_->pipeline,
      web::ServerOptions{"127.0.0.1", 0, settings_.workers, settings_.max_body_bytes,
                         settings_.request_timeout, settings_.max_upload_bytes});
  impl_->server->Start();
  impl_->imports->Start();
}

TestServer::~TestServer() {
  impl_->server->Stop(std::chrono::seconds{2});
  impl_->imports->Stop();
  std::error_code ec;
  std::filesystem::remove_all(impl_->import_dir, ec);
}

const app::IntakeDeps& TestServer::intake() const { return impl_->intake->deps; }

unsigned short TestServer::port() const { return impl_->server->port(); }

ClientResponse TestServer::Get(const std::string& path, std::map<std::string, std::string> headers) {
  return Send(port(), ClientRequest{"GET", path, std::move(headers), ""});
}

}  // namespace pacte::testing
