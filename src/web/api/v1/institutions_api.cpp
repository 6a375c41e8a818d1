#include "web/api/v1/institutions_api.hpp"

#include "app/organisations/institutions.hpp"
#include "app/policies/organisation_policy.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

const std::set<std::string> kCreateFields{"name", "kind", "siret", "is_pact_signatory"};
const std::set<std::string> kPatchFields{"version", "name", "kind", "siret", "is_pact_signatory"};

HttpResponse List(RequestContext& ctx) {
  auto params = ctx.req.QueryParams();
  QueryReader q(params, {"q", "kind", "is_pact_signatory"});
  app::InstitutionFilter filter;
  filter.query = q.Text("q").value_or("");
  filter.kind = q.Code("kind", ParseInstitutionKind, "Type d'institution inconnu.");
  filter.is_pact_signatory = q.Bool("is_pact_signatory");
  auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto result = app::ListInstitutions(ctx.services.store, ctx.Who(), filter, page);
  if (!result) return ProblemResponse(result.error(), ctx.req.path);
  return HttpResponse::Json(ListJson(*result, InstitutionJson));
}

HttpResponse Create(RequestContext& ctx) {
  // Permission before parsing: a role that may not write gets 403, not a field report.
  if (auto allowed = app::Authorize(ctx.Who(), app::OrganisationAction::kManageInstitutions);
      !allowed) {
    return ProblemResponse(allowed.error(), ctx.req.path);
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, kCreateFields);
  InstitutionDraft draft;
  draft.name = fields.String("name", true).value_or("");
  draft.kind = fields.String("kind", true).value_or("");
  draft.siret = fields.String("siret").value_or("");
  draft.is_pact_signatory = fields.Bool("is_pact_signatory").value_or(false);
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto created = app::CreateInstitution(ctx.services.store, ctx.services.clock, ctx.Who(), draft);
  if (!created) return ProblemResponse(created.error(), ctx.req.path);
  auto r = HttpResponse::Json(InstitutionJson(*created), 201);
  r.Set("Location", "/api/v1/institutions/" + std::to_string(created->id));
  return r;
}

HttpResponse Get(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto found = app::GetInstitution(ctx.services.store, ctx.Who(), *id);
  if (!found) return ProblemResponse(found.error(), ctx.req.path);
  return HttpResponse::Json(InstitutionJson(*found));
}

HttpResponse Patch(RequestContext& ctx) {
  // Permission before parsing: a role that may not write gets 403, not a field report.
  if (auto allowed = app::Authorize(ctx.Who(), app::OrganisationAction::kManageInstitutions);
      !allowed) {
    return ProblemResponse(allowed.error(), ctx.req.path);
  }
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, kPatchFields);
  auto version = fields.Int("version", true);
  app::InstitutionChanges changes;
  changes.name = fields.String("name");
  changes.kind = fields.String("kind");
  changes.siret = fields.String("siret");
  if (fields.Has("siret") && (*body)["siret"].is_null()) changes.siret = "";
  changes.is_pact_signatory = fields.Bool("is_pact_signatory");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto updated = app::UpdateInstitution(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                        *version, changes);
  if (!updated) return ProblemResponse(updated.error(), ctx.req.path);
  return HttpResponse::Json(InstitutionJson(*updated));
}

}  // namespace

nlohmann::json InstitutionJson(const app::Institution& i) {
  return {{"id", i.id},
          {"name", i.fields.name},
          {"kind", InstitutionKindCode(i.fields.kind)},
          {"kind_label", InstitutionKindLabel(i.fields.kind)},
          {"siret", i.fields.siret ? nlohmann::json(*i.fields.siret) : nlohmann::json(nullptr)},
          {"is_pact_signatory", i.fields.is_pact_signatory},
          {"structure_count", i.structure_count},
          {"version", i.version},
          {"created_at", IsoOrEmpty(i.created_at)},
          {"updated_at", IsoOrEmpty(i.updated_at)}};
}

void RegisterInstitutionApi(Router& router) {
  router.Get("/api/v1/institutions", Access::kApi, List);
  router.Post("/api/v1/institutions", Access::kApi, Create);
  router.Get("/api/v1/institutions/{id}", Access::kApi, Get);
  router.Add("PATCH", "/api/v1/institutions/{id}", Access::kApi, Patch);
}

}  // namespace pacte::web
