#include "web/api/v1/beneficiary_export_api.hpp"

#include "app/beneficiaries/export_person_list.hpp"
#include "app/policies/intake_policy.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/beneficiaries_api.hpp"
#include "web/html/beneficiary_export/table_download.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

HttpResponse Export(RequestContext& ctx) {
  if (auto ok = app::Authorize(ctx.Who(), app::IntakeAction::kExportPersonList); !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto params = ctx.req.QueryParams();  // QueryReader keeps a reference
  auto allowed = BeneficiaryListParameters();
  allowed.insert("format");
  QueryReader q(params, allowed);
  auto search = ReadBeneficiarySearch(q);
  auto format = ParseTableFormat(q.Text("format"));
  if (!format) q.AddError("format", UnknownTableFormat().message);
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto table = app::ExportPersonList(ctx.services.store, ctx.services.clock, ctx.Who(), search);
  if (!table) return ProblemResponse(table.error(), ctx.req.path);
  auto download = TableDownload(ctx, *format, *table, "pacte-beneficiaires");
  if (!download) return ProblemResponse(download.error(), ctx.req.path);
  return std::move(*download);
}

}  // namespace

void RegisterBeneficiaryExportApi(Router& router) {
  router.Get("/api/v1/beneficiaries/export", Access::kApi, Export);
}

}  // namespace pacte::web
