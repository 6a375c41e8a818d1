#include "web/api/v1/beneficiaries_api.hpp"

#include "app/parcours/person_access.hpp"
#include "app/beneficiaries/beneficiary_file.hpp"
#include "app/beneficiaries/beneficiary_timeline.hpp"
#include "app/beneficiaries/manage_beneficiary.hpp"
#include "app/beneficiaries/search_beneficiaries.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/html/beneficiaries/beneficiary_views.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

const std::set<std::string> kIdentity{"civility", "first_name", "last_name", "birth_name",
                                      "birth_date", "sex",      "nir",        "caf_number",
                                      "email",      "phone",    "address",    "commune_code"};

HttpResponse List(RequestContext& ctx) {
  // Permission before the query string: a role that may not list gets 403, not a report on
  // its parameters.
  if (auto ok = app::AuthorizePersons(ctx.Who(), app::PersonAction::kList); !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto params = ctx.req.QueryParams();
  QueryReader q(params, BeneficiaryListParameters());
  app::BeneficiarySearch s = ReadBeneficiarySearch(q);
  auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto found = app::SearchBeneficiaries(ctx.services.store, ctx.services.clock, ctx.Who(), s, page);
  if (!found) return ProblemResponse(found.error(), ctx.req.path);
  return HttpResponse::Json(ListJson(*found, PersonListItemJson));
}

// Reads the identity fields of a body into a draft; absent fields stay "".
PersonDraft DraftFrom(JsonFields& f, bool create) {
  PersonDraft d;
  d.civility = f.String("civility").value_or("");
  d.first_name = f.String("first_name", create).value_or("");
  d.last_name = f.String("last_name", create).value_or("");
  d.birth_name = f.String("birth_name").value_or("");
  d.birth_date = f.String("birth_date", create).value_or("");
  d.sex = f.String("sex").value_or("");
  d.nir = f.String("nir").value_or("");
  d.caf_number = f.String("caf_number").value_or("");
  d.email = f.String("email").value_or("");
  d.phone = f.String("phone").value_or("");
  d.address = f.String("address").value_or("");
  d.commune_code = f.String("commune_code").value_or("");
  return d;
}

HttpResponse Create(RequestContext& ctx) {
  // Permission before parsing: a role that may not create gets 403, not a field report.
  if (auto ok = app::AuthorizePersons(ctx.Who(), app::PersonAction::kCreate); !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  auto allowed = kIdentity;
  allowed.insert("dd_since");
  JsonFields fields(*body, allowed);
  app::NewBeneficiary in;
  in.person = DraftFrom(fields, true);
  in.dd_since = fields.String("dd_since").value_or("");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto id = app::CreateBeneficiary(ctx.services.store, ctx.services.clock, ctx.Who(), in);
  if (!id) return ProblemResponse(id.error(), ctx.req.path);
  auto file = app::GetBeneficiary(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  HttpResponse r =
      file ? HttpResponse::Json(BeneficiaryFileJson(*file, DateOf(ctx.services.clock.Now())), 201)
           : HttpResponse::Json({{"id", *id}}, 201);
  r.Set("Location", "/api/v1/beneficiaries/" + std::to_string(*id));
  return r;
}

HttpResponse Get(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto params = ctx.req.QueryParams();  // QueryReader keeps a reference
  QueryReader q(params, {"known_at"});
  std::optional<Date> known_at;
  if (auto text = q.Text("known_at")) {
    known_at = ParseIsoDate(*text);
    if (!known_at) q.AddError("known_at", "Date invalide : AAAA-MM-JJ attendu.");
  }
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto file =
      app::GetBeneficiary(ctx.services.store, ctx.services.clock, ctx.Who(), *id, known_at);
  if (!file) return ProblemResponse(file.error(), ctx.req.path);
  return HttpResponse::Json(BeneficiaryFileJson(*file, DateOf(ctx.services.clock.Now())));
}

// A clearable field of a PATCH: absent → nullopt, null → "".
std::optional<std::string> Clearable(JsonFields& fields, const nlohmann::json& body,
                                     const std::string& name) {
  if (fields.Has(name) && body[name].is_null()) return std::string();
  return fields.String(name);
}

HttpResponse Patch(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  // Permission before parsing: a role that may not edit gets 403/404, not a field report.
  if (auto ok = app::CheckPersonAction(ctx.services.store, ctx.Who(), *id,
                                            app::PersonAction::kEdit);
      !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  auto allowed = kIdentity;
  allowed.insert("version");
  JsonFields fields(*body, allowed);
  auto version = fields.Int("version", true);
  app::BeneficiaryChanges c;
  c.civility = Clearable(fields, *body, "civility");
  c.first_name = fields.String("first_name");
  c.last_name = fields.String("last_name");
  c.birth_name = Clearable(fields, *body, "birth_name");
  c.birth_date = fields.String("birth_date");
  c.sex = Clearable(fields, *body, "sex");
  c.nir = Clearable(fields, *body, "nir");
  c.caf_number = Clearable(fields, *body, "caf_number");
  c.email = Clearable(fields, *body, "email");
  c.phone = Clearable(fields, *body, "phone");
  c.address = Clearable(fields, *body, "address");
  c.commune_code = Clearable(fields, *body, "commune_code");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto updated = app::UpdateBeneficiary(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                        *version, c);
  if (!updated) return ProblemResponse(updated.error(), ctx.req.path);
  auto file = app::GetBeneficiary(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!file) return ProblemResponse(file.error(), ctx.req.path);
  return HttpResponse::Json(BeneficiaryFileJson(*file, DateOf(ctx.services.clock.Now())));
}

HttpResponse Timeline(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto params = ctx.req.QueryParams();  // QueryReader keeps a reference
  QueryReader q(params, {});
  auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto events = app::GetTimeline(ctx.services.store, ctx.services.clock, ctx.Who(), *id, page);
  if (!events) return ProblemResponse(events.error(), ctx.req.path);
  const std::int64_t person = *id;
  return HttpResponse::Json(ListJson(*events, [person](const app::TimelineEntry& e) {
    return TimelineEntryJson(person, e);
  }));
}

}  // namespace

const std::set<std::string>& BeneficiaryListParameters() {
  static const std::set<std::string> kNames{
      "name",         "nir",          "caf_number",        "birth_date", "territory_id",
      "commune_code", "structure_id", "referent_agent_id", "parcours",   "status",
      "sort",         "order"};
  return kNames;
}

app::BeneficiarySearch ReadBeneficiarySearch(QueryReader& q) {
  app::BeneficiarySearch s;
  s.name = q.Text("name").value_or("");
  s.nir = q.Text("nir").value_or("");
  s.caf_number = q.Text("caf_number").value_or("");
  s.birth_date = q.Text("birth_date").value_or("");
  s.territory_id = q.PositiveInt("territory_id");
  s.commune_code = q.Text("commune_code");
  s.structure_id = q.PositiveInt("structure_id");
  s.referent_agent_id = q.PositiveInt("referent_agent_id");
  s.parcours = q.Text("parcours");
  s.status = q.Code("status", app::ParsePersonStatusFilter,
                    "Situation inconnue : non_oriente, oriente_sans_referent, "
                    "sans_contrat_valide, contrat_expirant, sorti ou en_cours.");
  s.sort = q.Code("sort", app::ParsePersonSort,
                  "Tri inconnu : name, dd_since ou oriented_on.")
               .value_or(app::PersonSort::kName);
  auto order = q.Text("order");
  if (order && *order != "asc" && *order != "desc") {
    q.AddError("order", "Ordre inconnu : asc ou desc.");
  }
  s.descending = order == "desc";
  return s;
}

void RegisterBeneficiaryApi(Router& router) {
  router.Get("/api/v1/beneficiaries", Access::kApi, List);
  router.Post("/api/v1/beneficiaries", Access::kApi, Create);
  router.Get("/api/v1/beneficiaries/{id}", Access::kApi, Get);
  router.Add("PATCH", "/api/v1/beneficiaries/{id}", Access::kApi, Patch);
  router.Get("/api/v1/beneficiaries/{id}/timeline", Access::kApi, Timeline);
}

}  // namespace pacte::web
