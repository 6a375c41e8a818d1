// The column mapping pages: list, editor (built from a kept upload's preview), save, delete.
#include <filesystem>
#include <regex>

#include "app/intake/imports.hpp"
#include "app/intake/import_mappings.hpp"
#include "app/intake/spreadsheet_preview.hpp"
#include "app/policies/intake_policy.hpp"
#include "domain/common/text.hpp"
#include "domain/intake/field_suggestion.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/forms.hpp"
#include "web/html/imports/import_pages.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

using Json = nlohmann::json;
namespace bridge = app;

// A kept upload named in the editor's URL: only the random names of the import folder
// (32 hex digits + ".upload"), so that the parameter can never point elsewhere.
struct KeptFile {
  std::string token;
  std::string name;   // shown name
  std::string sheet;  // XLSX sheet, "" = first
  std::string Path(const app::Settings& s) const {
    return (std::filesystem::path(s.import_dir) / token).string();
  }
};

std::optional<KeptFile> KeptFileOf(const Params& p) {
  static const std::regex kToken("^[0-9a-f]{32}\\.upload$");
  auto token = First(p, "fichier").value_or("");
  if (!std::regex_match(token, kToken)) return std::nullopt;
  return KeptFile{token, Trim(First(p, "nom").value_or("fichier")),
                  Trim(First(p, "feuille").value_or(""))};
}

Json FieldOptions(const std::string& selected) {
  Json out = Json::array({{{"code", ""}, {"label", "— Ne pas importer —"}, {"selected", selected.empty()}}});
  for (const auto& f : intake::IntakeFields()) {
    out.push_back({{"code", std::string(f.code)},
                   {"label", std::string(f.label)},
                   {"selected", f.code == selected}});
  }
  return out;
}

// One row of the editor per header, pre-selected with the saved field, else the suggestion.
Json ColumnsView(const std::vector<std::string>& headers, const std::vector<std::string>& suggested,
                 const Json& saved) {
  Json out = Json::array();
  for (std::size_t i = 0; i < headers.size(); ++i) {
    std::string field = i < suggested.size() ? suggested[i] : "";
    if (saved.is_object() && saved.contains(headers[i]) && saved[headers[i]].is_string()) {
      field = saved[headers[i]].get<std::string>();
    }
    out.push_back({{"index", i}, {"header", headers[i]}, {"options", FieldOptions(field)}});
  }
  return out;
}

struct EditorState {
  std::optional<std::int64_t> id;
  std::int64_t version = 0;
  std::string name, source;
  Json columns = Json::object();
  std::optional<KeptFile> file;
  Json errors = Json::object();
};

HttpResponse EditorPage(RequestContext& ctx, const EditorState& st, int status = 200) {
  std::vector<std::string> headers;
  std::vector<std::string> suggested;
  Json samples = Json::array();
  Json data{{"name", st.name}, {"source", st.source}, {"errors", st.errors}};
  if (st.file) {
    app::PreviewOptions options;
    options.read.sheet = st.file->sheet;
    auto preview = app::PreviewSpreadsheet(ctx.services.store, *ctx.services.intake, ctx.Who(),
                                           st.file->Path(ctx.services.settings), options);
    if (!preview) {
      data["file_error"] = preview.error().message;
    } else {
      headers = preview->info.headers;
      suggested = preview->suggestions;
      for (const auto& row : preview->rows) samples.push_back({{"cells", row.cells}});
    }
    data["file"] = {{"token", st.file->token}, {"name", st.file->name}, {"sheet", st.file->sheet}};
  } else {
    for (const auto& [header, field] : st.columns.items()) headers.push_back(header);
  }
  data["columns"] = ColumnsView(headers, suggested, st.columns);
  data["has_columns"] = !headers.empty();
  data["headers"] = headers;
  data["samples"] = samples;
  data["has_samples"] = !samples.empty();
  data["action"] = st.id ? "/imports/correspondances/" + std::to_string(*st.id)
                         : std::string("/imports/correspondances/nouvelle");
  if (st.id) data["id"] = *st.id;
  data["version"] = st.version;
  std::string title = st.id ? "Correspondance « " + st.name + " »" : "Nouvelle correspondance";
  data["title"] = title;
  return ctx.Page("imports_mapping_editor", title, std::move(data), status);
}

HttpResponse ListPage(RequestContext& ctx) {
  auto list = bridge::ListMappings(ctx.services.store, ctx.Who());
  if (!list) return ErrorPage(ctx, list.error());
  Json rows = Json::array();
  for (const auto& m : *list) {
    rows.push_back({{"id", m.id},
                    {"name", m.mapping.name},
                    {"source", m.mapping.source},
                    {"columns", m.mapping.columns.size()},
                    {"updated_at", FormatFrenchTimestamp(m.updated_at)}});
  }
  return ctx.Page("imports_mappings", "Correspondances de colonnes",
                  {{"mappings", rows}, {"has_mappings", !rows.empty()}});
}

HttpResponse NewEditor(RequestContext& ctx) {
  if (auto ok = app::Authorize(ctx.Who(), app::IntakeAction::kManageMappings); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  if (!ctx.services.intake) return ErrorPage(ctx, Error::NotFound("import.unavailable", "Imports indisponibles."));
  EditorState st;
  st.file = KeptFileOf(ctx.req.QueryParams());
  if (st.file) {
    auto stem = st.file->name.substr(0, st.file->name.find_last_of('.'));
    st.name = stem.empty() ? st.file->name : stem;
  }
  return EditorPage(ctx, st);
}

HttpResponse EditEditor(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("import_mapping.not_found", "Correspondance introuvable."));
  auto m = bridge::GetMapping(ctx.services.store, ctx.Who(), *id);
  if (!m) return ErrorPage(ctx, m.error());
  EditorState st{*id, m->version, m->mapping.name, m->mapping.source, m->mapping.columns,
                 KeptFileOf(ctx.req.QueryParams()), Json::object()};
  return EditorPage(ctx, st);
}

EditorState StateFromForm(const Params& form) {
  EditorState st;
  st.name = Trim(First(form, "name").value_or(""));
  st.source = Trim(First(form, "source").value_or(""));
  st.file = KeptFileOf(form);
  try {
    st.version = std::stoll(First(form, "version").value_or("0"));
  } catch (const std::exception&) {
    st.version = 0;
  }
  for (int i = 0; i < 500; ++i) {
    auto header = First(form, "header_" + std::to_string(i));
    if (!header) break;
    auto field = Trim(First(form, "field_" + std::to_string(i)).value_or(""));
    if (!field.empty()) st.columns[*header] = field;
  }
  return st;
}

// After saving from an upload: the dry run of that file with the new mapping.
HttpResponse StartDryRun(RequestContext& ctx, const KeptFile& file, std::int64_t mapping_id) {
  auto& s = ctx.services;
  auto described = s.intake->files->Describe(file.Path(s.settings));
  if (!described) return ErrorPage(ctx, described.error());
  app::IntakeImportRequest request;
  request.kind = app::kImportKindSpreadsheet;
  request.file = *described;
  request.file.name = file.name;
  request.mapping = std::to_string(mapping_id);
  request.dry_run = true;
  request.sheet = file.sheet;
  auto started = app::StartImport(s.store, s.clock, ctx.Who(), *s.intake, request);
  if (!started) return ErrorPage(ctx, started.error());
  if (s.wake_imports) s.wake_imports();
  return HttpResponse::Redirect("/imports/" + std::to_string(started->id));
}

HttpResponse Save(RequestContext& ctx, std::optional<std::int64_t> id) {
  auto& s = ctx.services;
  if (!s.intake) return ErrorPage(ctx, Error::NotFound("import.unavailable", "Imports indisponibles."));
  EditorState st = StateFromForm(ctx.req.Form());
  st.id = id;
  app::ImportMapping m{st.name, st.source, st.columns, Json::object()};
  if (st.file && !st.file->sheet.empty()) m.options["sheet"] = st.file->sheet;
  auto saved = bridge::SaveMapping(s.store, s.clock, ctx.Who(), id, st.version, m);
  if (!saved) {
    if (saved.error().kind != ErrorKind::kInvalid && saved.error().kind != ErrorKind::kConflict) {
      return ErrorPage(ctx, saved.error());
    }
    st.errors = FieldErrorsJson(saved.error());
    if (saved.error().fields.empty()) st.errors["name"] = saved.error().message;
    return EditorPage(ctx, st, 422);
  }
  if (st.file) return StartDryRun(ctx, *st.file, saved->id);
  return HttpResponse::Redirect("/imports/correspondances");
}

HttpResponse Delete(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("import_mapping.not_found", "Correspondance introuvable."));
  auto done = bridge::DeleteMapping(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!done) return ErrorPage(ctx, done.error());
  return HttpResponse::Redirect("/imports/correspondances");
}

}  // namespace

void RegisterImportMappingPages(Router& router) {
  router.Get("/imports/correspondances", Access::kPage, ListPage);
  router.Get("/imports/correspondances/nouvelle", Access::kPage, NewEditor);
  router.Post("/imports/correspondances/nouvelle", Access::kPage,
              [](RequestContext& ctx) { return Save(ctx, std::nullopt); });
  router.Get("/imports/correspondances/{id}", Access::kPage, EditEditor);
  router.Post("/imports/correspondances/{id}", Access::kPage,
              [](RequestContext& ctx) {
                auto id = PathId(ctx);
                if (!id) {
                  return ErrorPage(ctx, Error::NotFound("import_mapping.not_found",
                                                        "Correspondance introuvable."));
                }
                return Save(ctx, id);
              });
  router.Post("/imports/correspondances/{id}/supprimer", Access::kPage, Delete);
}

}  // namespace pacte::web
