#include "web/html/organisations/institution_pages.hpp"

#include "app/organisations/institutions.hpp"
#include "app/organisations/structures.hpp"
#include "app/policies/organisation_policy.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/forms.hpp"
#include "web/html/organisations/form_fields.hpp"
#include "web/html/organisations/organisation_views.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

std::vector<Option> KindOptions() {
  std::vector<Option> out;
  for (auto k : AllInstitutionKinds()) {
    out.push_back({std::string(InstitutionKindCode(k)), std::string(InstitutionKindLabel(k))});
  }
  return out;
}

// The form's data: what was typed (or stored), the errors, where to post.
nlohmann::json FormJson(const InstitutionDraft& d, const nlohmann::json& errors,
                        const std::string& action, std::optional<std::int64_t> version) {
  nlohmann::json fields{
      {"name",
       TextField(
           FieldSpec("name", "Nom", d.name).Required().MaxLength(200).Autocomplete("organization"),
           errors)},
      {"kind", SelectField(FieldSpec("kind", "Type d'institution", d.kind).Required(),
                           KindOptions(), "Choisir un type", errors)},
      {"siret", TextField(FieldSpec("siret", "SIRET", d.siret)
                              .Hint("14 chiffres, facultatif (exemple : 443 061 841 00047).")
                              .MaxLength(20),
                          errors)}};
  nlohmann::json form{
      {"action", action},
      {"fields", fields},
      {"signatory", d.is_pact_signatory},
      {"version", version ? nlohmann::json(std::to_string(*version)) : nlohmann::json()},
      {"summary", errors.contains("_summary") ? errors["_summary"] : nlohmann::json()},
      {"submit_label", version ? "Enregistrer les modifications" : "Créer l'institution"}};
  return form;
}

InstitutionDraft DraftFromForm(const Params& form) {
  return InstitutionDraft{FormValue(form, "name"), FormValue(form, "kind"),
                          FormValue(form, "siret"), FormChecked(form, "is_pact_signatory")};
}

HttpResponse ListPage(RequestContext& ctx) {
  auto query = ctx.req.QueryParams();
  app::InstitutionFilter filter;
  filter.query = FormValue(query, "q");
  std::string kind = FormValue(query, "type");
  filter.kind = ParseInstitutionKind(kind);
  std::string signatory = FormValue(query, "signataire");
  if (signatory == "oui" || signatory == "non") filter.is_pact_signatory = signatory == "oui";
  auto page = PageFromQuery(query);
  auto result = app::ListInstitutions(ctx.services.store, ctx.Who(), filter, page);
  if (!result) return ErrorPage(ctx, result.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& i : result->items) rows.push_back(InstitutionRowJson(i));
  nlohmann::json data{
      {"q", filter.query},
      {"kind_options", FilterOptions(KindOptions(), filter.kind ? kind : "", "Tous les types")},
      {"signatory_options", FilterOptions({{"oui", "Signataires"}, {"non", "Non signataires"}},
                                          filter.is_pact_signatory ? signatory : "", "Toutes")},
      {"rows", rows},
      {"has_rows", !rows.empty()},
      {"total", result->total},
      {"pagination", PaginationJson("/institutions", query, result->total, page)},
      {"can_create", app::IsAllowed(ctx.Who(), app::OrganisationAction::kManageInstitutions)}};
  return ctx.Page("institutions_list", "Institutions", data);
}

HttpResponse NewPage(RequestContext& ctx) {
  if (auto ok = app::Authorize(ctx.Who(), app::OrganisationAction::kManageInstitutions); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  InstitutionDraft empty;
  return ctx.Page("institutions_new", "Nouvelle institution",
                  {{"form", FormJson(empty, nlohmann::json::object(), "/institutions/nouvelle",
                                     std::nullopt)}});
}

HttpResponse Create(RequestContext& ctx) {
  auto draft = DraftFromForm(ctx.req.Form());
  auto created = app::CreateInstitution(ctx.services.store, ctx.services.clock, ctx.Who(), draft);
  if (created)
    return HttpResponse::Redirect("/institutions/" + std::to_string(created->id) + "?enregistre=1");
  if (created.error().kind != ErrorKind::kInvalid && created.error().kind != ErrorKind::kConflict) {
    return ErrorPage(ctx, created.error());
  }
  auto form =
      FormJson(draft, FieldErrorsJson(created.error()), "/institutions/nouvelle", std::nullopt);
  return ctx.Page("institutions_new", "Nouvelle institution", {{"form", form}},
                  HttpStatusOf(created.error().kind));
}

// The institution page: its form (managers) or its description, and its structures.
HttpResponse DetailPage(RequestContext& ctx, const app::Institution& inst, nlohmann::json form,
                        nlohmann::json alert, int status) {
  const auto& who = ctx.Who();
  nlohmann::json data = InstitutionDetailJson(inst);
  data["can_edit"] = app::IsAllowed(who, app::OrganisationAction::kManageInstitutions);
  data["form"] = std::move(form);
  data["alert"] = std::move(alert);
  data["saved"] = First(ctx.req.QueryParams(), "enregistre").has_value() && status == 200;
  if (app::IsAllowed(who, app::OrganisationAction::kReadStructures)) {
    app::StructureFilter filter;
    filter.institution_id = inst.id;
    auto structures = app::ListStructures(ctx.services.store, who, filter, {1, 200});
    if (!structures) return ErrorPage(ctx, structures.error());
    data["structures"] = StructureRowsJson(structures->items);
    data["has_structures"] = !structures->items.empty();
    data["structures_caption"] = "de l'institution";
    data["show_structures"] = true;
    data["can_add_structure"] = app::IsAllowed(who, app::OrganisationAction::kManageStructures);
  }
  return ctx.Page("institutions_detail", inst.fields.name, data, status);
}

HttpResponse Show(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("not_found", "Institution introuvable."));
  auto inst = app::GetInstitution(ctx.services.store, ctx.Who(), *id);
  if (!inst) return ErrorPage(ctx, inst.error());
  auto form = FormJson(DraftOf(inst->fields), nlohmann::json::object(),
                       "/institutions/" + std::to_string(inst->id), inst->version);
  return DetailPage(ctx, *inst, form, nullptr, 200);
}

HttpResponse Update(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("not_found", "Institution introuvable."));
  auto posted = ctx.req.Form();
  auto draft = DraftFromForm(posted);
  app::InstitutionChanges changes{draft.name, draft.kind, draft.siret, draft.is_pact_signatory};
  auto version = ParseVersion(FormValue(posted, "version"));
  auto updated = app::UpdateInstitution(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                        version, changes);
  if (updated)
    return HttpResponse::Redirect("/institutions/" + std::to_string(*id) + "?enregistre=1");
  const Error& e = updated.error();
  if (e.kind == ErrorKind::kStale) {
    auto current = app::GetInstitution(ctx.services.store, ctx.Who(), *id);
    if (!current) return ErrorPage(ctx, current.error());
    auto form = FormJson(DraftOf(current->fields), nlohmann::json::object(),
                         "/institutions/" + std::to_string(*id), current->version);
    return DetailPage(ctx, *current, form, e.message, 409);
  }
  if (e.kind != ErrorKind::kInvalid && e.kind != ErrorKind::kConflict) return ErrorPage(ctx, e);
  auto current = app::GetInstitution(ctx.services.store, ctx.Who(), *id);
  if (!current) return ErrorPage(ctx, current.error());
  auto form = FormJson(draft, FieldErrorsJson(e), "/institutions/" + std::to_string(*id), version);
  return DetailPage(ctx, *current, form, nullptr, HttpStatusOf(e.kind));
}

}  // namespace

void RegisterInstitutionPages(Router& router) {
  router.Get("/institutions", Access::kPage, ListPage);
  router.Get("/institutions/nouvelle", Access::kPage, NewPage);
  router.Post("/institutions/nouvelle", Access::kPage, Create);
  router.Get("/institutions/{id}", Access::kPage, Show);
  router.Post("/institutions/{id}", Access::kPage, Update);
}

}  // namespace pacte::web
