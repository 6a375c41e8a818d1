#include "web/server/pipeline.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>

#include <sodium.h>
#include <spdlog/spdlog.h>

#include "web/server/auth_gate.hpp"
#include "web/server/embedded_files.hpp"
#include "web/server/error_mapping.hpp"
#include "web/server/metrics.hpp"
#include "web/server/multipart.hpp"

namespace pacte::web {
namespace {

constexpr const char* kCsrfCookie = "pacte_csrf";

const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'";

std::string ContentTypeOf(const std::string& name) {
  auto ends = [&](const char* ext) {
    std::string e(ext);
    return name.size() >= e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  if (ends(".ico")) return "image/x-icon";
  if (ends(".json") || ends(".geojson")) return "application/json";
  if (ends(".woff2")) return "font/woff2";
  return "application/octet-stream";
}

bool ValidRequestId(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  }
  return true;
}

bool IsApi(const std::string& path) { return path.rfind("/api/", 0) == 0; }

// The routes that receive import files accept bodies up to max_upload_bytes.
bool IsUploadRoute(const HttpRequest& req) {
  return req.method == "POST" && (req.path == "/api/v1/imports" || req.path == "/imports");
}

std::size_t BodyLimit(const HttpRequest& req, const app::Settings& settings) {
  return IsUploadRoute(req) ? std::max(settings.max_upload_bytes, settings.max_body_bytes)
                            : settings.max_body_bytes;
}

void AddSecurityHeaders(HttpResponse& r, const std::string& request_id, bool is_asset) {
  r.Set("Content-Security-Policy", kContentSecurityPolicy);
  r.Set("X-Content-Type-Options", "nosniff");
  r.Set("X-Frame-Options", "DENY");
  r.Set("Referrer-Policy", "same-origin");
  r.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  r.Set("Cross-Origin-Opener-Policy", "same-origin");
  r.Set("X-Request-Id", request_id);
  if (!r.Get("Cache-Control")) r.Set("Cache-Control", is_asset ? "public, max-age=3600" : "no-store");
}

HttpResponse PlainError(const HttpRequest& req, int status, const char* code, const char* detail) {
  if (IsApi(req.path)) return ProblemResponse(status, code, detail);
  return HttpResponse::Html(std::string("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                                        "<title>Erreur</title></head><body><main><h1>") +
                                detail + "</h1></main></body></html>",
                            status);
}

}  // namespace

std::string RandomToken() {
  unsigned char buf[32];
  randombytes_buf(buf, sizeof buf);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, buf, sizeof buf);
  return std::string(hex);
}

std::optional<HttpResponse> ServeAsset(const std::string& path) {
  const std::string prefix = "/assets/";
  if (path.rfind(prefix, 0) != 0) return std::nullopt;
  std::string name = path.substr(1);
  const auto& files = EmbeddedFiles();
  auto it = files.find(name);
  if (it == files.end() || name.find("..") != std::string::npos) return std::nullopt;
  return HttpResponse::Text(std::string(it->second), ContentTypeOf(name));
}

Pipeline::Pipeline(Services& services, Router router)
    : services_(services), router_(std::move(router)) {}

HttpResponse Pipeline::Handle(HttpRequest req) {
  auto started = std::chrono::steady_clock::now();
  ++in_flight_;
  std::string request_id = req.Header("x-request-id");
  req.request_id = ValidRequestId(request_id) ? request_id : RandomToken().substr(0, 16);
  std::string route_name = "other";
  bool is_asset = false;
  HttpResponse resp;
  if (draining_) {
    resp = PlainError(req, 503, "server.draining", "Le service redémarre, réessayez dans un instant.");
    resp.Set("Connection", "close");
  } else if (req.body.size() > BodyLimit(req, services_.settings)) {
    resp = PlainError(req, 413, "request.too_large", "Le contenu envoyé est trop volumineux.");
  } else if (auto asset = ServeAsset(req.path)) {
    resp = std::move(*asset);
    route_name = "assets";
    is_asset = true;
  } else {
    auto match = router_.Find(req.method, req.path);
    if (match.route) {
      route_name = match.route->name;
      req.path_params = std::move(match.params);
      resp = Dispatch(req, match, route_name);
    } else if (match.method_mismatch) {
      resp = PlainError(req, 405, "request.method_not_allowed", "Méthode non autorisée.");
    } else if (req.path.rfind("/assets/", 0) == 0) {
      resp = PlainError(req, 404, "not_found", "Fichier introuvable.");
      route_name = "assets";
    } else {
      resp = PlainError(req, 404, "not_found", "Page introuvable.");
    }
  }
  AddSecurityHeaders(resp, req.request_id, is_asset);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  services_.metrics.Observe(route_name, resp.status, seconds);
  // No personal data in the access log: the route pattern, never the path or the query.
  spdlog::info("requete id={} methode={} route=\"{}\" statut={} duree_ms={:.2f}", req.request_id,
               req.method, route_name, resp.status, seconds * 1000.0);
  --in_flight_;
  return resp;
}

std::optional<HttpResponse> Pipeline::Authenticate(RequestContext& ctx, const Route& route) {
  const HttpRequest& req = ctx.req;
  if (route.access == Access::kPublic) return std::nullopt;
  if (route.access == Access::kApi) {
    auto actor = services_.auth ? services_.auth->ResolveApi(req) : std::nullopt;
    if (!actor) {
      auto r = ProblemResponse(401, "auth.token_required",
                               "Jeton d'accès manquant, inconnu ou révoqué.");
      r.Set("WWW-Authenticate", "Bearer");
      return r;
    }
    ctx.actor = std::move(actor);
    ctx.actor->client_addr = req.client_addr;
    ctx.actor->request_id = req.request_id;
    return std::nullopt;
  }
  auto session = services_.auth ? services_.auth->ResolvePage(req) : std::nullopt;
  std::string login = "/connexion";
  if (!session) {
    if (req.method == "GET" && !req.IsHtmx()) login += "?suite=" + UrlEncode(req.path);
    if (req.IsHtmx()) {
      HttpResponse r = HttpResponse::Text("", "text/plain", 401);
      r.Set("HX-Redirect", login);
      return r;
    }
    return HttpResponse::Redirect(login);
  }
  if (session->second_factor_pending && route.access == Access::kPage) {
    return HttpResponse::Redirect("/connexion/second-facteur");
  }
  ctx.actor = std::move(session->actor);
  ctx.actor->client_addr = req.client_addr;
  ctx.actor->request_id = req.request_id;
  ctx.csrf_token = session->csrf_token;
  ctx.set_cookies = std::move(session->set_cookies);
  return std::nullopt;
}

bool Pipeline::CsrfValid(const RequestContext& ctx) const {
  const HttpRequest& req = ctx.req;
  std::string provided = req.Header("x-csrf-token");
  if (provided.empty() && IsMultipart(req.Header("content-type"))) {
    auto parts = ParseMultipart(req.Header("content-type"), req.body);
    if (parts) provided = PartText(*parts, "_csrf").value_or("");
  } else if (provided.empty()) {
    provided = First(req.Form(), "_csrf").value_or("");
  }
  const std::string& expected = ctx.csrf_token;
  return !expected.empty() && provided.size() == expected.size() &&
         sodium_memcmp(provided.data(), expected.data(), expected.size()) == 0;
}

HttpResponse Pipeline::Dispatch(HttpRequest& req, const Router::Match& match,
                                std::string& route_name) {
  const Route& route = *match.route;
  RequestContext ctx{req, services_, std::nullopt, {}, {}};
  HttpResponse resp;
  try {
    if (auto denied = Authenticate(ctx, route)) {
      resp = std::move(*denied);
    } else {
      bool browser = route.access != Access::kApi;
      if (browser && ctx.csrf_token.empty()) {
        // Anonymous browser: double-submit cookie, issued on first visit.
        auto cookie = req.Cookie(kCsrfCookie);
        if (cookie && cookie->size() == 64) {
          ctx.csrf_token = *cookie;
        } else {
          ctx.csrf_token = RandomToken();
          ctx.set_cookies.push_back(CookieSpec{kCsrfCookie, ctx.csrf_token, true,
                                               services_.settings.secure_cookies, "Lax",
                                               std::nullopt}
                                        .Render());
        }
      }
      if (browser && req.IsStateChanging() && !CsrfValid(ctx)) {
        resp = ErrorPage(ctx, Error{ErrorKind::kForbidden, "csrf.invalid",
                                    "Jeton de sécurité absent ou invalide : rechargez la page "
                                    "puis recommencez.",
                                    {}});
      } else {
        resp = route.handler(ctx);
      }
    }
  } catch (const std::exception& e) {
    spdlog::error("requete id={} route=\"{}\" exception: {}", req.request_id, route_name,
                  e.what());
    resp = PlainError(req, 500, "server.error",
                      "Une erreur interne est survenue. Elle a été enregistrée.");
  }
  for (auto& c : ctx.set_cookies) resp.headers.emplace_back("Set-Cookie", std::move(c));
  return resp;
}

}  // namespace pacte::web
