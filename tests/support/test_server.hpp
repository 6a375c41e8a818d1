#pragma once
// A real pacte server on a free loopback port over a fresh test database, and a minimal
// HTTP/1.1 client to talk to it.

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/config/settings.hpp"
#include "app/intake/imports.hpp"
#include "app/ports/clock.hpp"
#include "support/test_database.hpp"

namespace pacte::web {
class AuthGate;
}

namespace pacte::testing {

struct ClientResponse {
  int status = 0;
  std::multimap<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string Header(const std::string& name) const;
  std::vector<std::string> SetCookies() const;
};

struct ClientRequest {
  std::string method = "GET";
  std::string path = "/";
  std::map<std::string, std::string> headers;
  std::string body;
};

// Sends one request with Connection: close and reads the whole answer.
ClientResponse Send(unsigned short port, const ClientRequest& req);

// Settings suitable for tests: fast password hashes, a fixed secret key.
app::Settings TestSettings();

// Builds the import runners of a test server (default: those of `pacte serve`).
using ImportRunnersFactory =
    std::function<app::ImportRunners(app::Store&, const app::Clock&, const app::IntakeDeps&)>;

class TestServer {
 public:
  explicit TestServer(app::Settings settings = TestSettings());
  // The import worker runs with `runners` (tests/support/fake_import_runners.hpp).
  TestServer(ImportRunnersFactory runners, app::Settings settings = TestSettings());
  // Uses `auth` (owned by the caller, outliving the server) instead of the session gate.
  explicit TestServer(web::AuthGate* auth, app::Settings settings = TestSettings());
  ~TestServer();
  unsigned short port() const;
  TestDatabase& db() { return db_; }
  app::ManualClock& clock() { return clock_; }
  const app::Settings& settings() const { return settings_; }
  // The intake deps of the server (import folder under a fresh temporary directory).
  const app::IntakeDeps& intake() const;
  ClientResponse Get(const std::string& path, std::map<std::string, std::string> headers = {});

 private:
  void Init(web::AuthGate* auth, const ImportRunnersFactory& runners);
  struct Impl;
  TestDatabase db_;
  app::Settings settings_;
  app::ManualClock clock_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace pacte::testing
