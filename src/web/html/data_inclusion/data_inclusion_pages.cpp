#include "web/html/data_inclusion/data_inclusion_pages.hpp"

#include "app/data_inclusion/exchange.hpp"
#include "app/policies/offer_policy.hpp"
#include "domain/common/text.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/data_inclusion_api.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

using Json = nlohmann::json;

std::string By(const app::CatalogueImport& j) {
  if (!j.imported_by) return "ligne de commande";
  return j.imported_by_name.empty() ? "agent n° " + std::to_string(*j.imported_by)
                                    : j.imported_by_name;
}

Json ImportsJson(RequestContext& ctx) {
  Json rows = Json::array();
  auto list = app::ListCatalogueImports(ctx.services.store, ctx.Who(), {1, 10});
  if (!list) return rows;
  for (const auto& j : list->items) {
    rows.push_back({{"id", j.id},
                    {"at", FormatFrenchTimestamp(j.imported_at)},
                    {"file_name", j.file_name},
                    {"kind", j.dry_run ? "vérification" : j.applied ? "import" : "import refusé"},
                    {"records", j.records},
                    {"rejected", j.rejected},
                    {"by", By(j)}});
  }
  return rows;
}

HttpResponse FormPage(RequestContext& ctx, Json data, int status = 200) {
  data["imports"] = ImportsJson(ctx);
  data["has_imports"] = !data["imports"].empty();
  data["max_kb"] = ctx.services.settings.max_body_bytes / 1024;
  return ctx.Page("data_inclusion_import", "Import data·inclusion", std::move(data), status);
}

HttpResponse ShowForm(RequestContext& ctx) {
  if (auto allowed = app::Authorize(ctx.Who(), app::OfferAction::kImportCatalogue); !allowed) {
    return ErrorPage(ctx, allowed.error());
  }
  return FormPage(ctx, Json::object());
}

HttpResponse Submit(RequestContext& ctx) {
  if (auto allowed = app::Authorize(ctx.Who(), app::OfferAction::kImportCatalogue); !allowed) {
    return ErrorPage(ctx, allowed.error());
  }
  auto form = ctx.req.Form();
  auto content = First(form, "content").value_or("");
  auto file_name = Trim(First(form, "file_name").value_or(""));
  bool apply = First(form, "mode").value_or("") == "appliquer";
  Json data{{"content", content}, {"file_name", file_name}};
  if (Trim(content).empty()) {
    data["content_error"] = "Choisissez un fichier ou collez son contenu.";
    return FormPage(ctx, std::move(data), 422);
  }
  auto& s = ctx.services;
  auto result = app::ImportCatalogue(s.store, s.clock, s.settings, ctx.Who(),
                                     {file_name.empty() ? "formulaire.json" : file_name, content,
                                      !apply});
  if (!result) return ErrorPage(ctx, result.error());
  const auto& j = result->journal;
  if (apply && !result->broken) return HttpResponse::Redirect("/offre/imports/" + std::to_string(j.id));
  data["result"] = {{"id", j.id},
                    {"summary", app::ImportSummary(j)},
                    {"verb", apply ? "l'import" : "la vérification"},
                    {"broken", result->broken ? Json(*result->broken) : Json(false)}};
  data["can_apply"] = !result->broken && j.rejected < j.records;
  return FormPage(ctx, std::move(data), result->broken ? 422 : 200);
}

Json IssuesJson(const Json& issues) {
  Json out = Json::array();
  for (const auto& i : issues) {
    out.push_back({{"field", i.value("field", "")}, {"message", i.value("message", "")}});
  }
  return out;
}

Json FindingsJson(const Json& report, bool dry_run) {
  static const std::map<std::string, app::RecordOutcome> kOutcomes{
      {"rejete", app::RecordOutcome::kRejected}, {"cree", app::RecordOutcome::kCreated},
      {"mis_a_jour", app::RecordOutcome::kUpdated}, {"inchange", app::RecordOutcome::kUnchanged}};
  Json rows = Json::array();
  if (!report.contains("records")) return rows;
  for (const auto& r : report["records"]) {
    auto outcome = kOutcomes.find(r.value("outcome", "rejete"));
    rows.push_back({{"index", r.value("index", 0)},
                    {"line", r.value("line", 0)},
                    {"kind", r.value("kind", "") == "service" ? "service"
                             : r.value("kind", "") == "structure" ? "structure" : "illisible"},
                    {"v0", r.value("v0", false)},
                    {"id", r.value("id", "")},
                    {"outcome", std::string(app::RecordOutcomeLabel(
                                    outcome == kOutcomes.end() ? app::RecordOutcome::kRejected
                                                               : outcome->second,
                                    dry_run))},
                    {"errors", IssuesJson(r.value("errors", Json::array()))},
                    {"warnings", IssuesJson(r.value("warnings", Json::array()))}});
  }
  return rows;
}

HttpResponse ShowReport(RequestContext& ctx) {
  if (auto allowed = app::Authorize(ctx.Who(), app::OfferAction::kImportCatalogue); !allowed) {
    return ErrorPage(ctx, allowed.error());
  }
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("catalogue_import.not_found", "Cet import n'existe pas."));
  auto found = app::GetCatalogueImport(ctx.services.store, ctx.Who(), *id);
  if (!found) return ErrorPage(ctx, found.error());
  const auto& j = *found;
  auto report = Json::parse(j.report, nullptr, false);
  if (!report.is_object()) report = Json::object();
  auto findings = FindingsJson(report, j.dry_run);
  std::string title = (j.dry_run ? "Vérification data·inclusion n° " : "Import data·inclusion n° ") +
                      std::to_string(j.id);
  Json data{{"title", title},
            {"file_name", j.file_name},
            {"sha256", j.file_sha256},
            {"at", FormatFrenchTimestamp(j.imported_at)},
            {"by", By(j)},
            {"summary", app::ImportSummary(j)},
            {"broken", j.broken ? Json(*j.broken) : Json(false)},
            {"findings", findings},
            {"has_findings", !findings.empty()}};
  return ctx.Page("data_inclusion_report", title, std::move(data));
}

}  // namespace

void RegisterDataInclusionRoutes(Router& router) {
  router.Get("/offre/import", Access::kPage, ShowForm);
  router.Post("/offre/import", Access::kPage, Submit);
  router.Get("/offre/imports/{id}", Access::kPage, ShowReport);
  RegisterDataInclusionApi(router);
}

}  // namespace pacte::web
