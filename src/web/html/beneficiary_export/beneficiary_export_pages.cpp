#include "web/html/beneficiary_export/beneficiary_export_pages.hpp"

#include "app/beneficiaries/export_person_list.hpp"
#include "app/policies/intake_policy.hpp"
#include "web/html/beneficiaries/beneficiary_pages.hpp"
#include "web/html/beneficiary_export/table_download.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

constexpr const char* kPath = "/beneficiaires/export";

std::string ExportHref(const Params& query, std::string_view format) {
  std::string href = std::string(kPath) + "?format=" + std::string(format);
  for (const auto& [name, value] : query) {
    if (name == "page" || name == "taille" || name == "format" || value.empty()) continue;
    href += "&" + UrlEncode(name) + "=" + UrlEncode(value);
  }
  return href;
}

HttpResponse Export(RequestContext& ctx) {
  if (auto ok = app::Authorize(ctx.Who(), app::IntakeAction::kExportPersonList); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  auto query = ctx.req.QueryParams();
  auto format = ParseTableFormat(First(query, "format"));
  if (!format) return ErrorPage(ctx, UnknownTableFormat());
  auto table = app::ExportPersonList(ctx.services.store, ctx.services.clock, ctx.Who(),
                                     BeneficiarySearchFromPage(query));
  if (!table) return ErrorPage(ctx, table.error());
  auto download = TableDownload(ctx, *format, *table, "pacte-beneficiaires");
  if (!download) return ErrorPage(ctx, download.error());
  return std::move(*download);
}

}  // namespace

nlohmann::json BeneficiaryExportLinksJson(const app::Actor& actor, const Params& query,
                                          std::int64_t total) {
  if (!app::IsAllowed(actor, app::IntakeAction::kExportPersonList)) return nullptr;
  nlohmann::json links{{"csv", ExportHref(query, "csv")}, {"xlsx", ExportHref(query, "xlsx")}};
  if (total > app::kPersonListExportMaxRows) {
    links["too_large"] =
        "L'export est limité à 50 000 personnes : affinez la recherche pour exporter la liste.";
    static_assert(app::kPersonListExportMaxRows == 50000, "the sentence above gives the cap");
  }
  return links;
}

void RegisterBeneficiaryExportPages(Router& router) { router.Get(kPath, Access::kPage, Export); }

}  // namespace pacte::web
