#include "web/html/worklists/worklist_view.hpp"

#include <charconv>

#include "app/organisations/structures.hpp"
#include "app/territory/territory_queries.hpp"
#include "app/worklists/worklist_scope.hpp"
#include "domain/common/spreadsheet_safety.hpp"

namespace pacte::web {
namespace {

constexpr const char* kFilterNames[] = {"perimetre", "territoire", "structure", "referent"};

std::optional<std::int64_t> ReadId(const Params& q, const char* name, Validation& v) {
  auto text = First(q, name);
  if (!text || text->empty()) return std::nullopt;
  std::int64_t id = 0;
  auto [ptr, ec] = std::from_chars(text->data(), text->data() + text->size(), id);
  if (ec != std::errc() || ptr != text->data() + text->size() || id <= 0) {
    v.Add(name, "Choisissez une valeur de la liste (identifiant numérique attendu).");
    return std::nullopt;
  }
  return id;
}

std::string Selected(const Params& q, const char* name) { return First(q, name).value_or(""); }

nlohmann::json TerritoryChoices(RequestContext& ctx, const std::string& current) {
  nlohmann::json out = nlohmann::json::array();
  auto choices = app::ListTerritoryChoices(ctx.services.store, ctx.Who());
  if (!choices) return out;
  for (const auto& t : choices->territories) {
    const std::string id = std::to_string(t.id);
    out.push_back({{"id", id}, {"name", t.name}, {"selected", id == current}});
  }
  return out;
}

nlohmann::json StructureChoices(RequestContext& ctx, const std::string& current) {
  nlohmann::json out = nlohmann::json::array();
  app::StructureFilter filter;
  filter.kind = StructureKind::kReferentBody;
  auto page = app::ListStructures(ctx.services.store, ctx.Who(), filter, {1, 200});
  if (!page) return out;
  for (const auto& s : page->items) {
    const std::string id = std::to_string(s.id);
    out.push_back({{"id", id}, {"name", s.fields.name}, {"selected", id == current}});
  }
  return out;
}

}  // namespace

Result<app::WorklistQuery> WorklistQueryFromPage(const Params& query) {
  Validation v;
  app::WorklistQuery q;
  const std::string perimeter = Selected(query, "perimetre");
  if (perimeter == "mes-suivis") {
    q.perimeter = app::WorklistPerimeter::kMine;
  } else if (perimeter == "structure") {
    q.perimeter = app::WorklistPerimeter::kStructure;
  } else if (!perimeter.empty()) {
    v.Add("perimetre", "Périmètre inconnu : choisissez « Mes suivis » ou « Ma structure ».");
  }
  q.territory_id = ReadId(query, "territoire", v);
  q.structure_id = ReadId(query, "structure", v);
  q.referent_agent_id = ReadId(query, "referent", v);
  if (!v.Ok()) return Fail(v.ToError("worklist.invalid_filters"));
  return q;
}

nlohmann::json WorklistFiltersJson(RequestContext& ctx, const Params& query) {
  const bool own = app::DefaultsToOwnCaseload(ctx.Who());
  const std::string perimeter = Selected(query, "perimetre");
  nlohmann::json f{{"perimeter_switch", own},
                   {"mine", own && perimeter != "structure"},
                   {"structure_wide", own && perimeter == "structure"},
                   {"scope_filters", !own},
                   {"territoire", Selected(query, "territoire")},
                   {"structure", Selected(query, "structure")},
                   {"referent", Selected(query, "referent")}};
  if (!own) {
    f["territories"] = TerritoryChoices(ctx, Selected(query, "territoire"));
    f["structures"] = StructureChoices(ctx, Selected(query, "structure"));
  }
  return f;
}

std::string WorklistFilterQueryString(const Params& query) {
  std::string out;
  for (const char* name : kFilterNames) {
    auto value = First(query, name);
    if (!value || value->empty()) continue;
    out += (out.empty() ? "?" : "&") + std::string(name) + "=" + UrlEncode(*value);
  }
  return out;
}

nlohmann::json WorklistCountsJson(const app::WorklistCounts& counts, const std::string& suffix) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : counts.counts) {
    const std::string code(DueKindCode(c.kind));
    out.push_back({{"kind", code},
                   {"label", DueKindLabel(c.kind)},
                   {"count", c.count},
                   {"href", "/a-traiter/" + code + suffix}});
  }
  return out;
}

nlohmann::json WorklistRowJson(const app::WorklistRow& row) {
  const auto& e = row.entry;
  nlohmann::json j{{"person_id", e.person_id},
                   {"person_href", "/beneficiaires/" + std::to_string(e.person_id)},
                   {"since", FormatFrenchDate(e.item.since)},
                   {"since_iso", FormatIsoDate(e.item.since)},
                   {"due_on", FormatFrenchDate(e.item.due_on)},
                   {"due_iso", FormatIsoDate(e.item.due_on)},
                   {"late", e.item.overdue},
                   {"days_overdue", e.days_overdue},
                   {"regime", RegimeCode(e.item.rule_regime)}};
  if (row.label) {
    j["person_name"] = row.label->last_name + " " + row.label->first_name;
    j["referent"] = row.label->referent_name;
    j["has_referent"] = !row.label->referent_name.empty();
    j["structure"] = row.label->structure_name;
    j["has_structure"] = !row.label->structure_name.empty();
  } else {
    j["person_name"] = "Personne n° " + std::to_string(e.person_id);
  }
  return j;
}

std::string WorklistCsv(const app::WorklistPage& list) {
  std::string out = "\xEF\xBB\xBF";
  out += "Nom;Prénom;Identifiant;Depuis le;Échéance;Jours de retard;Référent;Structure;"
         "Règles\r\n";
  for (const auto& row : list.page.items) {
    const auto& e = row.entry;
    const app::WorklistPersonLabel label = row.label.value_or(app::WorklistPersonLabel{});
    out += CsvField(label.last_name) + ";" + CsvField(label.first_name) + ";" +
           std::to_string(e.person_id) + ";" + FormatFrenchDate(e.item.since) + ";" +
           FormatFrenchDate(e.item.due_on) + ";" + std::to_string(e.days_overdue) + ";" +
           CsvField(label.referent_name) + ";" + CsvField(label.structure_name) + ";" +
           std::string(RegimeCode(e.item.rule_regime)) + "\r\n";
  }
  return out;
}

}  // namespace pacte::web
