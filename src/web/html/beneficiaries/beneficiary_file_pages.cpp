// Pages about one beneficiary: creation, fiche, identity edition, journal.

#include "app/parcours/person_access.hpp"
#include "app/beneficiaries/beneficiary_file.hpp"
#include "app/beneficiaries/beneficiary_timeline.hpp"
#include "app/beneficiaries/manage_beneficiary.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/beneficiaries/beneficiary_form.hpp"
#include "web/html/beneficiaries/beneficiary_pages.hpp"
#include "web/html/beneficiaries/beneficiary_views.hpp"
#include "web/html/forms.hpp"
#include "web/html/organisations/organisation_views.hpp"
#include "web/html/organisations/structure_form.hpp"
#include "web/html/parcours/person_tabs.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

Error NotFound() { return app::PersonNotFound(); }

Date Today(const RequestContext& ctx) { return DateOf(ctx.services.clock.Now()); }

HttpResponse FormPage(RequestContext& ctx, const app::NewBeneficiary& in, const Error* error,
                      int status) {
  auto choices = LoadStructureChoices(ctx, false);
  if (!choices) return ErrorPage(ctx, choices.error());
  auto errors = error ? FieldErrorsJson(*error) : nlohmann::json::object();
  if (error && error->kind == ErrorKind::kConflict && errors.is_object()) {
    for (const auto& f : error->fields) errors[f.field] = f.message.empty() ? error->message : f.message;
  }
  nlohmann::json data{
      {"heading", "Nouveau bénéficiaire"},
      {"back_href", "/beneficiaires"},
      {"back_label", "Retour à la liste des bénéficiaires"},
      {"form", BeneficiaryFormJson(in, choices->communes, errors, "/beneficiaires/nouveau",
                                   std::nullopt)}};
  return ctx.Page("beneficiaries_form", "Nouveau bénéficiaire", data, status);
}

HttpResponse NewPage(RequestContext& ctx) {
  if (auto ok = app::AuthorizePersons(ctx.Who(), app::PersonAction::kCreate); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  return FormPage(ctx, {}, nullptr, 200);
}

HttpResponse Create(RequestContext& ctx) {
  if (auto ok = app::AuthorizePersons(ctx.Who(), app::PersonAction::kCreate); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  auto in = BeneficiaryFromForm(ctx.req.Form());
  auto created = app::CreateBeneficiary(ctx.services.store, ctx.services.clock, ctx.Who(), in);
  if (created) {
    return HttpResponse::Redirect("/beneficiaires/" + std::to_string(*created) + "?enregistre=1");
  }
  const Error& e = created.error();
  if (e.kind != ErrorKind::kInvalid && e.kind != ErrorKind::kConflict) return ErrorPage(ctx, e);
  return FormPage(ctx, in, &e, e.kind == ErrorKind::kConflict ? 409 : 422);
}

HttpResponse Show(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, NotFound());
  auto query = ctx.req.QueryParams();
  std::optional<Date> known_at;
  std::string typed = FormValue(query, "connu_au");
  if (!typed.empty()) {
    known_at = ParseIsoDate(typed);
    if (!known_at) {
      return ErrorPage(ctx, Error::Invalid("person.known_at_invalid",
                                           "Date « connu au » invalide : AAAA-MM-JJ attendu.",
                                           "connu_au"));
    }
  }
  auto file = app::GetBeneficiary(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                  known_at);
  if (!file) return ErrorPage(ctx, file.error());
  nlohmann::json data = FilePageJson(*file, Today(ctx));
  data["person_tabs"] = PersonTabsJson(ctx.Who(), *id, data["display_name"].get<std::string>(), "fiche");
  data["saved"] = First(query, "enregistre").has_value();
  return ctx.Page("beneficiaries_file", data["display_name"].get<std::string>(), data);
}

HttpResponse EditPage(RequestContext& ctx, std::int64_t id, const app::NewBeneficiary& in,
                      std::int64_t version, const std::string& name, bool nir_masked,
                      const Error* error, int status) {
  auto choices = LoadStructureChoices(ctx, false);
  if (!choices) return ErrorPage(ctx, choices.error());
  auto errors = error && error->kind != ErrorKind::kStale ? FieldErrorsJson(*error)
                                                          : nlohmann::json::object();
  if (error && error->kind == ErrorKind::kConflict) {
    for (const auto& f : error->fields) errors[f.field] = error->message;
  }
  const std::string path = "/beneficiaires/" + std::to_string(id);
  auto form = BeneficiaryFormJson(in, choices->communes, errors, path + "/modifier", version);
  if (nir_masked) {
    // The NIR is not shown to this agent: the form neither shows nor changes it.
    auto& fields = form["fields"];
    for (auto it = fields.begin(); it != fields.end(); ++it) {
      if (it->contains("text") && (*it)["text"]["id"] == "nir") {
        fields.erase(it);
        break;
      }
    }
  }
  nlohmann::json data{{"heading", "Modifier l'identité de " + name},
                      {"back_href", path},
                      {"back_label", "Retour à la fiche"},
                      {"person_tabs", PersonTabsJson(ctx.Who(), id, name, "fiche")},
                      {"form", form}};
  if (error && error->kind == ErrorKind::kStale) data["alert"] = error->message;
  return ctx.Page("beneficiaries_form", "Modifier l'identité", data, status);
}

HttpResponse Edit(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, NotFound());
  if (auto ok = app::CheckPersonAction(ctx.services.store, ctx.Who(), *id,
                                            app::PersonAction::kEdit);
      !ok) {
    return ErrorPage(ctx, ok.error());
  }
  auto file = app::GetBeneficiary(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!file) return ErrorPage(ctx, file.error());
  const auto& p = file->person.person;
  app::NewBeneficiary in;
  in.person = app::DraftOf(p);
  return EditPage(ctx, *id, in, file->person.version,
                  DisplayName(p.civility, p.first_name, p.last_name), file->nir_masked, nullptr,
                  200);
}

HttpResponse Update(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, NotFound());
  if (auto ok = app::CheckPersonAction(ctx.services.store, ctx.Who(), *id,
                                            app::PersonAction::kEdit);
      !ok) {
    return ErrorPage(ctx, ok.error());
  }
  auto form = ctx.req.Form();
  auto in = BeneficiaryFromForm(form);
  auto version = ParseVersion(FormValue(form, "version"));
  auto changes = ChangesOf(in.person);
  if (!First(form, "nir")) changes.nir.reset();  // masked NIR: not in the form
  auto updated = app::UpdateBeneficiary(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                        version, changes);
  if (updated) {
    return HttpResponse::Redirect("/beneficiaires/" + std::to_string(*id) + "?enregistre=1");
  }
  const Error& e = updated.error();
  if (e.kind != ErrorKind::kInvalid && e.kind != ErrorKind::kConflict &&
      e.kind != ErrorKind::kStale) {
    return ErrorPage(ctx, e);
  }
  auto file = app::GetBeneficiary(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!file) return ErrorPage(ctx, file.error());
  const auto& p = file->person.person;
  const auto name = DisplayName(p.civility, p.first_name, p.last_name);
  if (e.kind == ErrorKind::kStale) {
    app::NewBeneficiary current;
    current.person = app::DraftOf(p);
    return EditPage(ctx, *id, current, file->person.version, name, file->nir_masked, &e, 409);
  }
  return EditPage(ctx, *id, in, version, name, file->nir_masked, &e,
                  e.kind == ErrorKind::kConflict ? 409 : 422);
}

HttpResponse Journal(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, NotFound());
  auto query = ctx.req.QueryParams();
  auto page = PageFromQuery(query);
  Person person;
  auto events =
      app::GetTimeline(ctx.services.store, ctx.services.clock, ctx.Who(), *id, page, &person);
  if (!events) return ErrorPage(ctx, events.error());
  auto name = DisplayName(person.civility, person.first_name, person.last_name);
  nlohmann::json data{
      {"display_name", name},
      {"person_tabs", PersonTabsJson(ctx.Who(), *id, name, "journal")},
      {"events", TimelineRowsJson(*id, events->items)},
      {"has_events", !events->items.empty()},
      {"total", events->total},
      {"page", events->number},
      {"pages", events->PageCount()},
      {"pagination", PaginationJson("/beneficiaires/" + std::to_string(*id) + "/journal", query,
                                    events->total, page)}};
  return ctx.Page("beneficiaries_journal", "Journal de " + name, data);
}

}  // namespace

void RegisterBeneficiaryFilePages(Router& router) {
  router.Get("/beneficiaires/nouveau", Access::kPage, NewPage);
  router.Post("/beneficiaires/nouveau", Access::kPage, Create);
  router.Get("/beneficiaires/{id}", Access::kPage, Show);
  router.Get("/beneficiaires/{id}/modifier", Access::kPage, Edit);
  router.Post("/beneficiaires/{id}/modifier", Access::kPage, Update);
  router.Get("/beneficiaires/{id}/journal", Access::kPage, Journal);
}

}  // namespace pacte::web
