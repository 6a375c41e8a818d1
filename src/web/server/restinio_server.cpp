#include "web/server/restinio_server.hpp"

#include <algorithm>
#include <csignal>
#include <thread>

#include <restinio/all.hpp>
#include <spdlog/spdlog.h>

namespace pacte::web {
namespace {

HttpRequest Convert(const restinio::request_handle_t& req) {
  HttpRequest r;
  r.method = std::string(req->header().method().c_str());
  r.path = UrlDecode(std::string(req->header().path()), false);
  r.query = std::string(req->header().query());
  req->header().for_each_field([&](const restinio::http_header_field_t& f) {
    std::string name = f.name();
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto [it, inserted] = r.headers.emplace(name, f.value());
    if (!inserted) it->second += (name == "cookie" ? "; " : ", ") + f.value();
  });
  r.body = req->body();
  r.client_addr = req->remote_endpoint().address().to_string();
  return r;
}

}  // namespace

struct HttpServer::Impl {
  Pipeline& pipeline;
  ServerOptions options;
  asio::thread_pool workers;
  using Traits = restinio::traits_t<restinio::asio_timer_manager_t, restinio::null_logger_t>;
  restinio::running_server_handle_t<Traits> server;
  unsigned short bound_port = 0;

  Impl(Pipeline& p, ServerOptions o) : pipeline(p), options(std::move(o)), workers(options.workers) {}

  restinio::request_handling_status_t OnRequest(restinio::request_handle_t req) {
    asio::post(workers, [this, req = std::move(req)]() mutable {
      HttpResponse resp = pipeline.Handle(Convert(req));
      auto out = req->create_response(restinio::http_status_line_t{
          restinio::http_status_code_t{static_cast<std::uint16_t>(resp.status)}, ""});
      for (auto& [name, value] : resp.headers) out.append_header(name, value);
      if (resp.Get("Connection") == std::optional<std::string>("close")) out.connection_close();
      out.set_body(std::move(resp.body));
      out.done();
    });
    return restinio::request_accepted();
  }
};

HttpServer::HttpServer(Pipeline& pipeline, ServerOptions options)
    : impl_(std::make_unique<Impl>(pipeline, std::move(options))) {}

HttpServer::~HttpServer() {
  if (impl_->server) Stop(std::chrono::seconds{0});
}

void HttpServer::Start() {
  using Traits = Impl::Traits;
  auto& o = impl_->options;
  // The transport refuses bodies far above the limit outright; the pipeline answers 413
  // itself for anything over max_body_bytes (RESTinio would drop the connection silently).
  // Uploads get their own, larger limit (413 from the pipeline up to a quarter above it).
  std::size_t cap = std::max(o.max_body_bytes * 4, o.max_upload_bytes + o.max_upload_bytes / 4);
  auto limits = restinio::incoming_http_msg_limits_t{}.max_body_size(cap + 65536);
  auto settings = restinio::server_settings_t<Traits>{}
                      .port(o.port)
                      .address(o.address)
                      .incoming_http_msg_limits(limits)
                      .read_next_http_message_timelimit(std::chrono::seconds{60})
                      .write_http_response_timelimit(o.request_timeout)
                      .handle_request_timeout(o.request_timeout)
                      .request_handler([this](auto req) { return impl_->OnRequest(std::move(req)); });
  if (o.port == 0) {
    // Pick a free port ourselves so callers (tests) know where to connect.
    asio::io_context io;
    asio::ip::tcp::acceptor probe(io, asio::ip::tcp::endpoint(asio::ip::make_address(o.address), 0));
    o.port = probe.local_endpoint().port();
    probe.close();
    settings.port(o.port);
  }
  impl_->server = restinio::run_async(restinio::own_io_context(), std::move(settings), 1);
  impl_->bound_port = o.port;
  spdlog::info("serveur HTTP à l'écoute sur http://{}:{}", o.address, o.port);
}

void HttpServer::Stop(std::chrono::seconds grace) {
  if (!impl_->server) return;
  impl_->pipeline.StartDraining();
  auto deadline = std::chrono::steady_clock::now() + grace;
  while (impl_->pipeline.InFlight() > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds{20});
  }
  impl_->server->stop();
  impl_->server->wait();
  impl_->server.reset();
  impl_->workers.join();
  spdlog::info("serveur HTTP arrêté");
}

unsigned short HttpServer::port() const { return impl_->bound_port; }

void BlockShutdownSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

int WaitForShutdownSignal() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  int sig = 0;
  sigwait(&set, &sig);
  return sig;
}

}  // namespace pacte::web
