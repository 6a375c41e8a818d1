#pragma once
// Serves a Pipeline over HTTP with RESTinio: one I/O thread, handlers on a worker pool (they
// block on the database), graceful shutdown on SIGTERM/SIGINT.

#include <functional>
#include <string>

#include "web/server/pipeline.hpp"

namespace pacte::web {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;
  std::size_t workers = 8;
  std::size_t max_body_bytes = 1024 * 1024;  // transport cap is above it; the pipeline answers 413
  std::chrono::seconds request_timeout{30};
  // Upload routes (imports) accept up to this; the transport cap is a quarter above it.
  std::size_t max_upload_bytes = 0;
};

class HttpServer {
 public:
  HttpServer(Pipeline& pipeline, ServerOptions options);
  ~HttpServer();
  // Starts listening; returns once the socket is bound. Throws on failure (port taken).
  void Start();
  // Stops accepting, waits up to `grace` for in-flight requests, then closes.
  void Stop(std::chrono::seconds grace = std::chrono::seconds{10});
  unsigned short port() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Blocks until SIGTERM or SIGINT is received (signals must be blocked in all threads first:
// call BlockShutdownSignals() before starting any thread).
void BlockShutdownSignals();
int WaitForShutdownSignal();

}  // namespace pacte::web
