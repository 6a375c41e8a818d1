#include "web/html/beneficiary_export/table_download.hpp"

#include <stdexcept>

namespace pacte::web {

std::optional<app::TableFormat> ParseTableFormat(const std::optional<std::string>& code) {
  if (!code || code->empty() || *code == "csv") return app::TableFormat::kCsv;
  if (*code == "xlsx") return app::TableFormat::kXlsx;
  return std::nullopt;
}

Error UnknownTableFormat() {
  return Error::Invalid("export.format_unknown", "Format d'export inconnu : csv ou xlsx.",
                        "format");
}

std::string_view TableFormatCode(app::TableFormat format) {
  return format == app::TableFormat::kXlsx ? "xlsx" : "csv";
}

Result<HttpResponse> TableDownload(const RequestContext& ctx, app::TableFormat format,
                                   const app::Table& table, const std::string& stem) {
  return TableDownload(ctx, format, std::vector<app::Table>{table}, stem);
}

Result<HttpResponse> TableDownload(const RequestContext& ctx, app::TableFormat format,
                                   const std::vector<app::Table>& tables,
                                   const std::string& stem) {
  if (ctx.services.tables == nullptr) {
    throw std::logic_error("Services::tables n'est pas configuré (composition)");
  }
  auto bytes = ctx.services.tables->Write(format, tables);
  if (!bytes) return Fail(bytes.error());
  const bool xlsx = format == app::TableFormat::kXlsx;
  auto response = HttpResponse::Text(
      std::move(*bytes), xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                              : "text/csv; charset=utf-8");
  response.Set("Content-Disposition", "attachment; filename=\"" + stem + "-" +
                                          FormatIsoDate(DateOf(ctx.services.clock.Now())) + "." +
                                          std::string(TableFormatCode(format)) + "\"");
  response.Set("Cache-Control", "no-store");
  return response;
}

}  // namespace pacte::web
