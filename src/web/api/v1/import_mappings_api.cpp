#include "web/api/v1/import_mappings_api.hpp"

#include "app/intake/import_mappings.hpp"
#include "app/intake/spreadsheet_preview.hpp"
#include "app/policies/intake_policy.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

namespace bridge = app;

// The mapping of a POST / PUT body; version (PUT) into *version.
Result<app::ImportMapping> ReadMapping(const HttpRequest& req, std::int64_t* version) {
  auto body = ParseJsonObject(req);
  if (!body) return Fail(body.error());
  std::set<std::string> allowed{"name", "source", "columns", "options"};
  if (version) allowed.insert("version");
  JsonFields f(*body, allowed);
  app::ImportMapping m;
  m.name = f.String("name", true).value_or("");
  m.source = f.String("source").value_or("");
  Validation extra;
  if (!body->contains("columns") || !(*body)["columns"].is_object()) {
    extra.Add("columns", "Objet attendu : en-tête de colonne → code de champ.");
  } else {
    m.columns = (*body)["columns"];
  }
  if (body->contains("options")) {
    if ((*body)["options"].is_object()) {
      m.options = (*body)["options"];
    } else {
      extra.Add("options", "Objet attendu.");
    }
  }
  if (version) *version = f.Int("version", true).value_or(0);
  if (auto ok = f.Finish(); !ok) return Fail(ok.error());
  if (!extra.Ok()) return Fail(extra.ToError("request.invalid_body"));
  return m;
}

HttpResponse List(RequestContext& ctx) {
  auto r = bridge::ListMappings(ctx.services.store, ctx.Who());
  if (!r) return ProblemResponse(r.error(), ctx.req.path);
  app::PageOf<app::StoredImportMapping> page{*r, static_cast<std::int64_t>(r->size()), 1,
                                             static_cast<int>(r->size())};
  return HttpResponse::Json(ListJson(page, MappingJson));
}

HttpResponse Create(RequestContext& ctx) {
  // Permission before reading the body.
  if (auto ok = app::Authorize(ctx.Who(), app::IntakeAction::kManageMappings); !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto m = ReadMapping(ctx.req, nullptr);
  if (!m) return ProblemResponse(m.error(), ctx.req.path);
  auto& s = ctx.services;
  auto saved = bridge::SaveMapping(s.store, s.clock, ctx.Who(), std::nullopt, 0, *m);
  if (!saved) return ProblemResponse(saved.error(), ctx.req.path);
  auto r = HttpResponse::Json(MappingJson(*saved), 201);
  r.Set("Location", "/api/v1/import-mappings/" + std::to_string(saved->id));
  return r;
}

HttpResponse Show(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto m = bridge::GetMapping(ctx.services.store, ctx.Who(), *id);
  if (!m) return ProblemResponse(m.error(), ctx.req.path);
  return HttpResponse::Json(MappingJson(*m));
}

HttpResponse Update(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  if (auto ok = app::Authorize(ctx.Who(), app::IntakeAction::kManageMappings); !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  std::int64_t version = 0;
  auto m = ReadMapping(ctx.req, &version);
  if (!m) return ProblemResponse(m.error(), ctx.req.path);
  auto& s = ctx.services;
  auto saved = bridge::SaveMapping(s.store, s.clock, ctx.Who(), *id, version, *m);
  if (!saved) return ProblemResponse(saved.error(), ctx.req.path);
  return HttpResponse::Json(MappingJson(*saved));
}

HttpResponse Delete(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto& s = ctx.services;
  auto done = bridge::DeleteMapping(s.store, s.clock, ctx.Who(), *id);
  if (!done) return ProblemResponse(done.error(), ctx.req.path);
  return HttpResponse::Text("", "text/plain", 204);
}

}  // namespace

nlohmann::json MappingJson(const app::StoredImportMapping& m) {
  return {{"id", m.id},
          {"name", m.mapping.name},
          {"source", m.mapping.source},
          {"columns", m.mapping.columns},
          {"options", m.mapping.options},
          {"version", m.version},
          {"created_at", IsoOrEmpty(m.created_at)},
          {"updated_at", IsoOrEmpty(m.updated_at)}};
}

void RegisterImportMappingsApi(Router& router) {
  router.Get("/api/v1/import-mappings", Access::kApi, List);
  router.Post("/api/v1/import-mappings", Access::kApi, Create);
  router.Get("/api/v1/import-mappings/{id}", Access::kApi, Show);
  router.Add("PUT", "/api/v1/import-mappings/{id}", Access::kApi, Update);
  router.Add("DELETE", "/api/v1/import-mappings/{id}", Access::kApi, Delete);
}

}  // namespace pacte::web
