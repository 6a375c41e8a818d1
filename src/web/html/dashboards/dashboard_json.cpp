#include "web/html/dashboards/dashboard_json.hpp"

#include <cmath>
#include <functional>

#include "web/api/v1/api_common.hpp"
#include "web/html/stats/disclosed_table.hpp"

namespace pacte::web {
namespace {

using app::CountSection;
using app::DashboardView;
using app::FigureTable;

// One section's table: either disclosed counts or derived figures.
struct SectionTable {
  const CountSection* counts = nullptr;
  const FigureTable* figures = nullptr;
};

SectionTable TableOf(const DashboardView& v, const std::string& id) {
  if (id == "etapes") return {&v.stages, nullptr};
  if (id == "entonnoir") return {nullptr, &v.funnel};
  if (id == "delais") return {nullptr, &v.delays};
  if (id == "delais_groupe") return {nullptr, &v.delays_by_group};
  if (id == "orientations") return {&v.orientation_mix, nullptr};
  if (id == "couverture") return {&v.coverage, nullptr};
  if (id == "couverture_part") return {nullptr, &v.coverage_rate};
  if (id == "prescriptions") return {&v.prescriptions, nullptr};
  if (id == "remplissage") return {nullptr, &v.fill_rates};
  if (id == "sorties") return {&v.exits, nullptr};
  if (id == "evolution") return {nullptr, &v.trend};
  if (id == "communes") return {&v.communes, nullptr};
  return {};
}

nlohmann::json FigureTableJson(const FigureTable& t) {
  nlohmann::json rows = nlohmann::json::array();
  for (std::size_t r = 0; r < t.cells.size(); ++r) {
    nlohmann::json cells = nlohmann::json::array();
    for (const auto& c : t.cells[r]) {
      cells.push_back({{"text", FigureText(c)}, {"hidden", !c.value && !c.absent}});
    }
    rows.push_back({{"label", t.row_labels[r]}, {"cells", cells}, {"with_totals", false}});
  }
  return {{"title", t.title},
          {"corner", t.corner},
          {"columns", t.column_labels},
          {"rows", rows},
          {"with_totals", false},
          {"hidden_title", stats::kHiddenCountTitle}};
}

nlohmann::json ApiValue(const app::FigureCell& c) {
  if (!c.value) return nullptr;
  if (c.kind == app::FigureKind::kCount) return std::llround(*c.value);
  return *c.value;
}

nlohmann::json FigureTableApiJson(const FigureTable& t) {
  nlohmann::json rows = nlohmann::json::array();
  for (std::size_t r = 0; r < t.cells.size(); ++r) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& c : t.cells[r]) values.push_back(ApiValue(c));
    rows.push_back({{"label", t.row_labels[r]}, {"values", values}});
  }
  return {{"title", t.title}, {"columns", t.column_labels}, {"rows", rows},
          {"hidden_marker", stats::kHiddenCountText}};
}

app::Table FigureTableDownload(const FigureTable& t, const std::string& sheet) {
  app::Table out;
  out.sheet_name = sheet;
  out.headers.push_back(t.corner);
  for (const auto& c : t.column_labels) out.headers.push_back(c);
  for (std::size_t r = 0; r < t.cells.size(); ++r) {
    std::vector<app::TableCell> row{t.row_labels[r]};
    for (const auto& c : t.cells[r]) {
      if (!c.value) {
        row.emplace_back(std::string(c.absent ? "" : stats::kHiddenCountText));
      } else if (c.kind == app::FigureKind::kCount) {
        row.emplace_back(static_cast<long long>(std::llround(*c.value)));
      } else {
        // Rates as percentages, delays in days, one decimal.
        const double scale = c.kind == app::FigureKind::kRate ? 100.0 : 1.0;
        row.emplace_back(std::round(*c.value * scale * 10) / 10);
      }
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

nlohmann::json ChartRows(const FigureTable& t) {
  nlohmann::json series = nlohmann::json::array();
  for (std::size_t r = 0; r < t.cells.size(); ++r) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& c : t.cells[r]) values.push_back(ApiValue(c));
    series.push_back({{"name", t.row_labels[r]}, {"values", values}});
  }
  return {{"categories", t.column_labels}, {"series", series}};
}

nlohmann::json ChartColumns(const FigureTable& t) {
  nlohmann::json series = nlohmann::json::array();
  for (std::size_t c = 0; c < t.column_labels.size(); ++c) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& row : t.cells) values.push_back(ApiValue(row[c]));
    series.push_back({{"name", t.column_labels[c]}, {"values", values}});
  }
  return {{"categories", t.row_labels}, {"series", series}};
}

// Communes for the map: code → shown persons in D&D and shown share oriented.
nlohmann::json MapJson(const DashboardView& v) {
  nlohmann::json communes = nlohmann::json::object();
  const auto& t = v.communes.table;
  for (std::size_t r = 0; r < t.row_labels.size(); ++r) {
    const auto& label = t.row_labels[r];
    const auto open = label.rfind(" (");
    if (open == std::string::npos || label.back() != ')') continue;
    const std::string code = label.substr(open + 2, label.size() - open - 3);
    const auto& total = t.row_totals[r];
    const auto& oriented = t.cells[r][0];
    communes[code] = {{"name", label.substr(0, open)},
                      {"dd", total.value ? nlohmann::json(*total.value) : nlohmann::json()},
                      {"oriented", oriented.value ? nlohmann::json(*oriented.value)
                                                  : nlohmann::json()}};
  }
  return {{"communes", communes}};
}

}  // namespace

const std::vector<DashboardSection>& DashboardSections() {
  static const std::vector<DashboardSection> sections{
      {"entonnoir", "Entonnoir du parcours"},
      {"etapes", "Étape la plus avancée atteinte"},
      {"delais", "Délais du parcours"},
      {"delais_groupe", "Délai d'orientation par groupe"},
      {"orientations", "Orientations par parcours et catégorie d'organisme"},
      {"couverture", "Couverture par un contrat"},
      {"couverture_part", "Part des personnes orientées ayant un contrat valide"},
      {"prescriptions", "Prescriptions"},
      {"remplissage", "Places offertes et taux de remplissage"},
      {"sorties", "Sorties du parcours"},
      {"evolution", "Évolution mensuelle"},
      {"communes", "Carte et tableau par commune"},
  };
  return sections;
}

std::string FigureText(const app::FigureCell& c) {
  if (!c.value && c.absent) return "—";
  switch (c.kind) {
    case app::FigureKind::kRate: return RateText(c.value);
    case app::FigureKind::kDays: return DaysText(c.value);
    case app::FigureKind::kCount: break;
  }
  stats::ShownCount shown;
  if (c.value) shown.value = std::llround(*c.value);
  return CountText(shown);
}

nlohmann::json DashboardSectionsJson(const DashboardView& v) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : DashboardSections()) {
    const auto t = TableOf(v, s.id);
    nlohmann::json table = t.counts ? DisclosedTableJson(t.counts->table, t.counts->corner)
                                    : FigureTableJson(*t.figures);
    out.push_back({{"id", s.id},
                   {"heading", s.heading},
                   {"table", table},
                   {"chart", s.id == "entonnoir" || s.id == "evolution"},
                   {"map", s.id == "communes"}});
  }
  return out;
}

nlohmann::json DashboardChartsJson(const DashboardView& v) {
  auto map = MapJson(v);
  return {{"entonnoir", ChartRows(v.funnel)},
          {"evolution", ChartColumns(v.trend)},
          {"communes", map["communes"]}};
}

nlohmann::json DashboardApiJson(const DashboardView& v) {
  nlohmann::json tables = nlohmann::json::object();
  for (const auto& s : DashboardSections()) {
    const auto t = TableOf(v, s.id);
    tables[s.id] = t.counts ? DisclosedTableApiJson(t.counts->table)
                            : FigureTableApiJson(*t.figures);
  }
  return {{"as_of", FormatIsoDate(v.as_of)},
          {"group", stats::GroupByCode(v.group)},
          {"computed_at", IsoOrEmpty(v.computed_at)},
          {"exact", v.exact},
          {"territory_id", v.territory_id ? nlohmann::json(*v.territory_id) : nlohmann::json()},
          {"tables", tables}};
}

std::vector<app::Table> DashboardDownload(const DashboardView& v, const std::string& id) {
  std::vector<app::Table> out;
  for (const auto& s : DashboardSections()) {
    if (!id.empty() && s.id != id) continue;
    const auto t = TableOf(v, s.id);
    out.push_back(t.counts ? DisclosedTableDownload(t.counts->table, t.counts->corner, s.id)
                           : FigureTableDownload(*t.figures, s.id));
  }
  return out;
}

}  // namespace pacte::web
