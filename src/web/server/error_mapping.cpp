#include "web/server/error_mapping.hpp"

#include <nlohmann/json.hpp>

namespace pacte::web {
namespace {

const char* TitleOf(int status) {
  switch (status) {
    case 400: return "Requête mal formée";
    case 401: return "Authentification requise";
    case 403: return "Accès refusé";
    case 404: return "Introuvable";
    case 405: return "Méthode non autorisée";
    case 409: return "Conflit";
    case 413: return "Contenu trop volumineux";
    case 422: return "Données invalides";
    case 429: return "Trop de tentatives";
    case 503: return "Service indisponible";
    default: return "Erreur interne";
  }
}

}  // namespace

int HttpStatusOf(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalid: return 422;
    case ErrorKind::kMalformed: return 400;
    case ErrorKind::kUnauthenticated: return 401;
    case ErrorKind::kForbidden: return 403;
    case ErrorKind::kNotFound: return 404;
    case ErrorKind::kConflict:
    case ErrorKind::kStale: return 409;
    case ErrorKind::kLocked: return 429;
    case ErrorKind::kTooLarge: return 413;
  }
  return 500;
}

HttpResponse ProblemResponse(const Error& error, const std::string& instance) {
  int status = HttpStatusOf(error.kind);
  nlohmann::json body{{"type", "https://pacte.example/problemes/" + error.code},
                      {"title", TitleOf(status)},
                      {"status", status},
                      {"code", error.code},
                      {"detail", error.message}};
  if (!instance.empty()) body["instance"] = instance;
  if (!error.fields.empty()) {
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& f : error.fields) {
      errors.push_back({{"field", f.field}, {"detail", f.message}});
    }
    body["errors"] = errors;
  }
  auto r = HttpResponse::Json(body, status);
  r.Set("Content-Type", "application/problem+json");
  return r;
}

HttpResponse ProblemResponse(int status, std::string code, std::string detail) {
  ErrorKind kind = ErrorKind::kMalformed;
  for (auto k : {ErrorKind::kInvalid, ErrorKind::kMalformed, ErrorKind::kUnauthenticated,
                 ErrorKind::kForbidden, ErrorKind::kNotFound, ErrorKind::kConflict,
                 ErrorKind::kLocked, ErrorKind::kTooLarge}) {
    if (HttpStatusOf(k) == status) kind = k;
  }
  auto r = ProblemResponse(Error{kind, std::move(code), std::move(detail), {}});
  r.status = status;
  return r;
}

HttpResponse ErrorPage(const RequestContext& ctx, const Error& error) {
  int status = HttpStatusOf(error.kind);
  if (ctx.req.path.rfind("/api/", 0) == 0) return ProblemResponse(error, ctx.req.path);
  nlohmann::json data{{"status", status}, {"title", TitleOf(status)}, {"message", error.message}};
  return ctx.Page("error_page", TitleOf(status), data, status);
}

}  // namespace pacte::web
