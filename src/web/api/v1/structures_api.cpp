#include "web/api/v1/structures_api.hpp"

#include "app/organisations/structures.hpp"
#include "app/policies/organisation_policy.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

const std::set<std::string> kFields{
    "institution_id", "name",  "address",          "commune_code",
    "phone",          "email", "is_referent_body", "is_action_operator",
    "drees_category"};

std::set<std::string> PatchFields() {
  auto f = kFields;
  f.insert("version");
  return f;
}

nlohmann::json OptJson(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

// A clearable text field of a PATCH: absent → nullopt, null → "".
std::optional<std::string> Clearable(JsonFields& fields, const nlohmann::json& body,
                                     const std::string& name) {
  auto v = fields.String(name);
  if (fields.Has(name) && body[name].is_null()) return std::string();
  return v;
}

HttpResponse List(RequestContext& ctx) {
  auto params = ctx.req.QueryParams();
  QueryReader q(params,
                {"q", "commune", "territory_id", "institution_id", "kind", "drees_category"});
  app::StructureFilter filter;
  filter.query = q.Text("q").value_or("");
  filter.commune_code = q.Text("commune");
  filter.territory_id = q.PositiveInt("territory_id");
  filter.institution_id = q.PositiveInt("institution_id");
  filter.kind = q.Code("kind", ParseStructureKind,
                       "Type inconnu : organisme_referent, operateur_actions ou "
                       "referent_et_operateur.");
  filter.drees_category = q.Code("drees_category", ParseDreesCategory, "Catégorie DREES inconnue.");
  auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto result = app::ListStructures(ctx.services.store, ctx.Who(), filter, page);
  if (!result) return ProblemResponse(result.error(), ctx.req.path);
  return HttpResponse::Json(ListJson(*result, StructureJson));
}

HttpResponse Create(RequestContext& ctx) {
  // Permission before parsing: a role that may not write gets 403, not a field report.
  if (auto allowed = app::Authorize(ctx.Who(), app::OrganisationAction::kManageStructures);
      !allowed) {
    return ProblemResponse(allowed.error(), ctx.req.path);
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, kFields);
  StructureDraft d;
  d.institution_id = fields.Int("institution_id", true).value_or(0);
  d.name = fields.String("name", true).value_or("");
  d.address = fields.String("address").value_or("");
  d.commune_code = fields.String("commune_code", true).value_or("");
  d.phone = fields.String("phone").value_or("");
  d.email = fields.String("email").value_or("");
  d.is_referent_body = fields.Bool("is_referent_body").value_or(false);
  d.is_action_operator = fields.Bool("is_action_operator").value_or(false);
  d.drees_category = fields.String("drees_category", true).value_or("");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto created = app::CreateStructure(ctx.services.store, ctx.services.clock, ctx.Who(), d);
  if (!created) return ProblemResponse(created.error(), ctx.req.path);
  auto r = HttpResponse::Json(StructureJson(*created), 201);
  r.Set("Location", "/api/v1/structures/" + std::to_string(created->id));
  return r;
}

HttpResponse Get(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto found = app::GetStructure(ctx.services.store, ctx.Who(), *id);
  if (!found) return ProblemResponse(found.error(), ctx.req.path);
  return HttpResponse::Json(StructureJson(*found));
}

HttpResponse Patch(RequestContext& ctx) {
  // Permission before parsing: a role that may not write gets 403, not a field report.
  if (auto allowed = app::Authorize(ctx.Who(), app::OrganisationAction::kManageStructures);
      !allowed) {
    return ProblemResponse(allowed.error(), ctx.req.path);
  }
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, PatchFields());
  auto version = fields.Int("version", true);
  app::StructureChanges c;
  c.institution_id = fields.Int("institution_id");
  c.name = fields.String("name");
  c.address = Clearable(fields, *body, "address");
  c.commune_code = fields.String("commune_code");
  c.phone = Clearable(fields, *body, "phone");
  c.email = Clearable(fields, *body, "email");
  c.is_referent_body = fields.Bool("is_referent_body");
  c.is_action_operator = fields.Bool("is_action_operator");
  c.drees_category = fields.String("drees_category");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto updated =
      app::UpdateStructure(ctx.services.store, ctx.services.clock, ctx.Who(), *id, *version, c);
  if (!updated) return ProblemResponse(updated.error(), ctx.req.path);
  return HttpResponse::Json(StructureJson(*updated));
}

}  // namespace

nlohmann::json StructureJson(const app::Structure& s) {
  const auto& f = s.fields;
  auto kind = StructureKindOf(f.is_referent_body, f.is_action_operator);
  return {{"id", s.id},
          {"institution_id", f.institution_id},
          {"institution_name", s.institution_name},
          {"name", f.name},
          {"address", OptJson(f.address)},
          {"commune_code", f.commune_code},
          {"commune_name", s.commune_name},
          {"territory_id", s.territory_id ? nlohmann::json(*s.territory_id) : nlohmann::json()},
          {"territory_name",
           s.territory_name.empty() ? nlohmann::json() : nlohmann::json(s.territory_name)},
          {"phone", OptJson(f.phone)},
          {"email", OptJson(f.email)},
          {"is_referent_body", f.is_referent_body},
          {"is_action_operator", f.is_action_operator},
          {"kind", kind ? nlohmann::json(StructureKindCode(*kind)) : nlohmann::json()},
          {"drees_category", DreesCategoryCode(f.drees_category)},
          {"drees_category_label", DreesCategoryLabel(f.drees_category)},
          {"version", s.version},
          {"created_at", IsoOrEmpty(s.created_at)},
          {"updated_at", IsoOrEmpty(s.updated_at)}};
}

void RegisterStructureApi(Router& router) {
  router.Get("/api/v1/structures", Access::kApi, List);
  router.Post("/api/v1/structures", Access::kApi, Create);
  router.Get("/api/v1/structures/{id}", Access::kApi, Get);
  router.Add("PATCH", "/api/v1/structures/{id}", Access::kApi, Patch);
}

}  // namespace pacte::web
