#include "web/api/v1/diagnostics_api.hpp"

#include <map>

#include "app/parcours/person_access.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

const std::set<std::string> kFields{"made_on",
                                    "items",
                                    "driving_licence",
                                    "vehicle",
                                    "qualification_level",
                                    "professional_project",
                                    "rome_code",
                                    "comment"};
const std::set<std::string> kItemFields{"theme", "situation_code", "impact"};

template <class T>
nlohmann::json OptJson(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

std::string ItemText(const nlohmann::json& item, const std::string& prefix, const char* name,
                     Validation& errors) {
  if (!item.contains(name) || item[name].is_null()) {
    errors.Add(prefix + "." + name, "Champ obligatoire.");
    return "";
  }
  if (!item[name].is_string()) {
    errors.Add(prefix + "." + name, "Doit être une chaîne de caractères.");
    return "";
  }
  return item[name].get<std::string>();
}

// items: an array of {theme, situation_code, impact} objects, each field named items[i].x.
std::vector<DiagnosticItemDraft> ReadItems(const nlohmann::json& body, Validation& errors) {
  std::vector<DiagnosticItemDraft> out;
  if (!body.contains("items") || body["items"].is_null()) return out;
  if (!body["items"].is_array()) {
    errors.Add("items", "Doit être une liste d'objets {theme, situation_code, impact}.");
    return out;
  }
  std::size_t i = 0;
  for (const auto& item : body["items"]) {
    const std::string p = "items[" + std::to_string(i++) + "]";
    if (!item.is_object()) {
      errors.Add(p, "Doit être un objet {theme, situation_code, impact}.");
      continue;
    }
    for (const auto& [key, value] : item.items()) {
      if (!kItemFields.count(key)) errors.Add(p + "." + key, "Champ inconnu.");
    }
    out.push_back({ItemText(item, p, "theme", errors), ItemText(item, p, "situation_code", errors),
                   ItemText(item, p, "impact", errors)});
  }
  return out;
}

// The body's draft; kInvalid listing every field problem (items included).
Result<DiagnosticDraft> ReadDraft(const nlohmann::json& body) {
  JsonFields fields(body, kFields);
  DiagnosticDraft d;
  d.made_on = fields.String("made_on", true).value_or("");
  d.driving_licence = fields.Bool("driving_licence");
  d.vehicle = fields.Bool("vehicle");
  d.qualification_level = fields.String("qualification_level").value_or("");
  d.professional_project = fields.String("professional_project").value_or("");
  d.rome_code = fields.String("rome_code").value_or("");
  d.comment = fields.String("comment").value_or("");
  Validation errors;
  d.items = ReadItems(body, errors);
  auto shape = fields.Finish();
  if (shape && errors.Ok()) return d;
  if (!shape) {
    for (const auto& f : shape.error().fields) {
      if (f.field != "items") errors.Add(f.field, f.message);
    }
  }
  return Fail(errors.ToError("request.invalid_body"));
}

HttpResponse List(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto params = ctx.req.QueryParams();
  QueryReader q(params, {});
  auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto found = app::ListDiagnostics(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!found) return ProblemResponse(found.error(), ctx.req.path);
  app::PageOf<app::StoredDiagnostic> out;
  out.number = page.number;
  out.size = page.size;
  out.total = static_cast<std::int64_t>(found->versions.size());
  const auto size = static_cast<std::size_t>(page.size);
  for (auto i = static_cast<std::size_t>(page.Offset());
       i < found->versions.size() && out.items.size() < size; ++i) {
    out.items.push_back(found->versions[i]);
  }
  auto json = ListJson(out, [&](const app::StoredDiagnostic& d) {
    return DiagnosticJson(d, found->situations, found->health_hidden);
  });
  json["health_hidden"] = found->health_hidden;
  return HttpResponse::Json(json);
}

HttpResponse Create(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  // Permission before parsing: a role that may not write gets 403/404, not a field report.
  if (auto ok = app::CheckPersonAction(ctx.services.store, ctx.Who(), *id,
                                       app::PersonAction::kEdit);
      !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  auto draft = ReadDraft(*body);
  if (!draft) return ProblemResponse(draft.error(), ctx.req.path);
  auto created =
      app::CreateDiagnostic(ctx.services.store, ctx.services.clock, ctx.Who(), *id, *draft);
  if (!created) return ProblemResponse(created.error(), ctx.req.path);
  std::vector<app::StoredSituation> none;
  auto r =
      HttpResponse::Json(DiagnosticJson(created->diagnostic, none, created->health_hidden), 201);
  r.Set("Location", "/api/v1/beneficiaries/" + std::to_string(*id) + "/diagnostics");
  return r;
}

}  // namespace

nlohmann::json DiagnosticJson(const app::StoredDiagnostic& s,
                              const std::vector<app::StoredSituation>& situations,
                              bool health_hidden) {
  std::map<std::string, std::string> labels;
  for (const auto& sit : situations) labels[sit.code] = sit.label;
  const auto& d = s.diagnostic;
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : d.items) {
    auto label = labels.find(item.situation_code);
    items.push_back({{"theme", BarrierThemeCode(item.theme)},
                     {"situation_code", item.situation_code},
                     {"situation_label", label == labels.end() ? nlohmann::json(nullptr)
                                                               : nlohmann::json(label->second)},
                     {"impact", BarrierImpactCode(item.impact)}});
  }
  const auto& a = d.assets;
  nlohmann::json qualification = nullptr;
  if (a.qualification_level) qualification = QualificationLevelCode(*a.qualification_level);
  return {
      {"id", s.id},
      {"person_id", s.person_id},
      {"made_on", FormatIsoDate(d.made_on)},
      {"agent_id", OptJson(s.agent_id)},
      {"agent_name", s.agent_name.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.agent_name)},
      {"structure_id", OptJson(s.structure_id)},
      {"items", items},
      {"health_hidden", health_hidden},
      {"driving_licence", OptJson(a.driving_licence)},
      {"vehicle", OptJson(a.vehicle)},
      {"qualification_level", qualification},
      {"professional_project", OptJson(a.professional_project)},
      {"rome_code", OptJson(a.rome_code)},
      {"comment", OptJson(d.comment)},
      {"created_at", IsoOrEmpty(s.created_at)}};
}

void RegisterDiagnosticApi(Router& router) {
  router.Get("/api/v1/beneficiaries/{id}/diagnostics", Access::kApi, List);
  router.Post("/api/v1/beneficiaries/{id}/diagnostics", Access::kApi, Create);
}

}  // namespace pacte::web
