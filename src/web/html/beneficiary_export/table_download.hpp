#pragma once
// Sending an app::Table as a file download (CSV or XLSX), for the pages and the API.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/ports/table_writer.hpp"
#include "domain/common/error.hpp"
#include "web/server/context.hpp"

namespace pacte::web {

// "csv" or "xlsx" (absent or empty: csv); nullopt for anything else.
std::optional<app::TableFormat> ParseTableFormat(const std::optional<std::string>& code);

// The kInvalid error (field "format") of an unknown format.
Error UnknownTableFormat();

// "csv" / "xlsx".
std::string_view TableFormatCode(app::TableFormat format);

// The bytes of `table` written by ctx.services.tables, with Content-Type (text/csv;
// charset=utf-8 or the XLSX media type), Content-Disposition attachment named
// "<stem>-YYYY-MM-DD.<csv|xlsx>" (the clock's day) and Cache-Control no-store. Errors: the
// writer's (table.too_large). Throws std::logic_error when Services has no TableWriter.
Result<HttpResponse> TableDownload(const RequestContext& ctx, app::TableFormat format,
                                   const app::Table& table, const std::string& stem);
// Several tables in one file: XLSX sheets, or CSV tables separated by an empty line.
Result<HttpResponse> TableDownload(const RequestContext& ctx, app::TableFormat format,
                                   const std::vector<app::Table>& tables,
                                   const std::string& stem);

}  // namespace pacte::web
