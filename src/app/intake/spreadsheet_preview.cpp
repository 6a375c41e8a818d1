#include "app/intake/spreadsheet_preview.hpp"

#include "app/intake/import_mappings.hpp"
#include "app/policies/intake_policy.hpp"
#include "domain/intake/field_suggestion.hpp"
#include "domain/intake/row_candidate.hpp"

namespace pacte::app {
namespace {

constexpr const char* kEnough = "preview.enough";

void CompareWithMapping(SpreadsheetPreview& p) {
  const auto columns = MappingColumns(p.mapping->mapping);
  const auto bound = intake::BindColumns(columns, p.info.headers);
  p.mapped_fields.assign(p.info.headers.size(), "");
  for (const auto& b : bound.bound) p.mapped_fields[b.column] = b.field;
  p.missing_headers = bound.missing_headers;
  p.unmapped_headers = bound.unmapped_headers;
}

}  // namespace

Result<SpreadsheetPreview> PreviewSpreadsheet(Store& store, const IntakeDeps& deps,
                                              const Actor& actor, const std::string& path,
                                              const PreviewOptions& options) {
  if (!IsAllowed(actor, IntakeAction::kImportSpreadsheet)) {
    if (auto ok = Authorize(actor, IntakeAction::kManageMappings); !ok) return Fail(ok.error());
  }
  SpreadsheetPreview out;
  if (options.mapping_id) {
    auto mapping = GetMapping(store, actor, *options.mapping_id);
    if (!mapping) return Fail(mapping.error());
    out.mapping = std::move(*mapping);
  }
  auto read = deps.spreadsheets->Read(
      path, options.read,
      [&](const SpreadsheetInfo& info) -> Status {
        out.info = info;
        return {};
      },
      [&](const SpreadsheetRow& row) -> Status {
        if (static_cast<int>(out.rows.size()) >= options.sample_rows) {
          out.more_rows = true;
          return Fail(Error::Invalid(kEnough, ""));
        }
        out.rows.push_back(row);
        return {};
      });
  if (!read && read.error().code != kEnough) return Fail(read.error());
  for (const auto& s : intake::SuggestFields(out.info.headers)) {
    out.suggestions.emplace_back(s ? std::string(*s) : std::string());
  }
  if (out.mapping) CompareWithMapping(out);
  return out;
}

ImportMapping MappingFromSuggestions(const SpreadsheetPreview& preview, std::string name,
                                     std::string source) {
  ImportMapping m;
  m.name = std::move(name);
  m.source = std::move(source);
  for (std::size_t i = 0; i < preview.info.headers.size() && i < preview.suggestions.size();
       ++i) {
    if (!preview.suggestions[i].empty() && !preview.info.headers[i].empty()) {
      m.columns[preview.info.headers[i]] = preview.suggestions[i];
    }
  }
  if (!preview.info.sheet.empty()) m.options["sheet"] = preview.info.sheet;
  return m;
}

}  // namespace pacte::app
