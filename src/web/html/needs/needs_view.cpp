#include "web/html/needs/needs_view.hpp"

#include <algorithm>
#include <cmath>

#include "domain/common/time.hpp"
#include "web/html/stats/disclosed_table.hpp"
#include "web/html/territory/territory_view.hpp"

namespace pacte::web {
namespace {

BarrierTheme ThemeAt(std::size_t i) { return AllBarrierThemes()[i]; }

nlohmann::json CountJson(const stats::ShownCount& c) {
  return c.value ? nlohmann::json(*c.value) : nlohmann::json(nullptr);
}

nlohmann::json OptJson(const std::optional<double>& v) {
  return v ? nlohmann::json(std::round(*v * 1000) / 1000) : nlohmann::json(nullptr);
}

nlohmann::json AreaApiJson(const app::NeedsArea& a) {
  nlohmann::json themes = nlohmann::json::array();
  for (std::size_t i = 0; i < needs::kThemeCount; ++i) {
    const auto& c = a.themes.at(i);
    themes.push_back({{"theme", BarrierThemeCode(ThemeAt(i))},
                      {"label", BarrierThemeLabel(ThemeAt(i))},
                      {"fort", CountJson(c.fort)},
                      {"moyen", CountJson(c.moyen)},
                      {"need", CountJson(c.need)},
                      {"places", std::round(c.places * 10) / 10},
                      {"actions", c.actions},
                      {"fill_rate", OptJson(c.fill_rate)},
                      {"gap_index", OptJson(c.gap)},
                      {"gap_hidden", c.gap_hidden}});
  }
  return {{"key", a.key}, {"label", a.label}, {"themes", themes}};
}

nlohmann::json CellTextJson(const stats::ShownCount& c) {
  return {{"text", CountText(c)}, {"hidden", c.Hidden()}};
}

nlohmann::json DetailRowJson(const app::NeedsArea& a, std::size_t theme) {
  const auto& c = a.themes.at(theme);
  return {{"label", a.label},
          {"key", a.key},
          {"fort", CellTextJson(c.fort)},
          {"moyen", CellTextJson(c.moyen)},
          {"need", CellTextJson(c.need)},
          {"places", PlacesText(c.places)},
          {"actions", c.actions},
          {"fill_rate", c.fill_rate ? RateText(c.fill_rate) : "—"},
          {"gap", GapText(c)},
          {"gap_hidden", c.gap_hidden},
          {"gap_value", c.gap ? nlohmann::json(*c.gap) : nlohmann::json(nullptr)}};
}

std::vector<app::TableCell> DetailRow(const app::NeedsArea& a, std::size_t i) {
  const auto& c = a.themes.at(i);
  return {a.label,          CountText(c.fort), CountText(c.moyen),
          CountText(c.need), PlacesText(c.places), std::to_string(c.actions),
          c.fill_rate ? RateText(c.fill_rate) : "", GapText(c)};
}

std::string Explanation(const app::NeedsCell& c) {
  if (c.gap_hidden) return "Effectif trop faible pour être publié (secret statistique).";
  if (!c.gap) return "Ni besoin repéré ni place offerte.";
  if (c.places <= 0) return "Aucune place offerte pour les personnes en besoin.";
  if (*c.gap <= 0) return "Les places offertes couvrent le nombre de personnes en besoin.";
  return "Les places offertes couvrent " + RateText(1 - *c.gap) + " du besoin.";
}

}  // namespace

const char* const kGapIndexExplanation =
    "L'indice d'écart est la part du besoin non couverte par l'offre : 1 − places / personnes "
    "en besoin, borné entre 0 % et 100 %. 100 % : aucune place pour les personnes en besoin ; "
    "0 % : au moins autant de places que de personnes en besoin. Il est « non calculable » "
    "quand il n'y a ni besoin ni place. Les personnes en besoin sont les personnes soumises aux "
    "droits et devoirs à la date dont le dernier diagnostic classe le frein en impact fort ou "
    "moyen ; les places sont celles offertes dans l'année par les actions publiées ou archivées "
    "qui traitent ce frein (frein déclaré, thématique ou objectif). Une action ouverte à tout le "
    "département ou à plusieurs communes partage ses places entre elles au prorata des "
    "personnes en besoin. Le taux de remplissage porte sur les actions accessibles depuis le "
    "territoire.";

std::string PlacesText(double places) {
  const long long tenths = std::llround(places * 10);
  std::string out = std::to_string(tenths / 10);
  if (tenths % 10 != 0) out += "," + std::to_string(tenths % 10);
  return out;
}

std::string GapText(const app::NeedsCell& c) {
  if (c.gap_hidden) return stats::kHiddenCountText;
  if (!c.gap) return "non calculable";
  return RateText(c.gap);
}

nlohmann::json NeedsApiJson(const app::NeedsReport& r) {
  nlohmann::json territories = nlohmann::json::array();
  for (const auto& a : r.territories) territories.push_back(AreaApiJson(a));
  nlohmann::json communes = nlohmann::json::array();
  for (const auto& a : r.communes) communes.push_back(AreaApiJson(a));
  return {{"date", FormatIsoDate(r.date)},
          {"year", r.year},
          {"exact", r.exact},
          {"territories", territories},
          {"departement", r.departement ? AreaApiJson(*r.departement) : nlohmann::json(nullptr)},
          {"territory", r.territory ? AreaApiJson(*r.territory) : nlohmann::json(nullptr)},
          {"communes", communes}};
}

nlohmann::json NeedsTablesJson(const std::vector<app::NeedsArea>& areas,
                               const std::optional<app::NeedsArea>& total, std::size_t theme,
                               const std::string& corner) {
  stats::DisclosedTable need;
  need.title = "Personnes en besoin (impact fort ou moyen) par frein";
  need.with_totals = false;
  for (BarrierTheme t : AllBarrierThemes()) need.column_labels.emplace_back(BarrierThemeLabel(t));
  std::vector<const app::NeedsArea*> rows;
  for (const auto& a : areas) rows.push_back(&a);
  if (total) rows.push_back(&*total);
  nlohmann::json detail = nlohmann::json::array();
  for (const auto* a : rows) {
    need.row_labels.push_back(a->label);
    std::vector<stats::ShownCount> cells;
    for (const auto& c : a->themes) cells.push_back(c.need);
    need.cells.push_back(std::move(cells));
    need.row_totals.push_back({});
    detail.push_back(DetailRowJson(*a, theme));
  }
  return {{"need_table", DisclosedTableJson(need, corner)},
          {"detail", detail},
          {"detail_caption", "Besoins et offre – " +
                                 std::string(BarrierThemeLabel(ThemeAt(theme)))},
          {"corner", corner},
          {"hidden_title", stats::kHiddenCountTitle}};
}

std::vector<app::Table> NeedsDownload(const std::vector<app::NeedsArea>& areas,
                                      const std::optional<app::NeedsArea>& total,
                                      const std::string& corner) {
  std::vector<app::Table> out;
  for (std::size_t i = 0; i < needs::kThemeCount; ++i) {
    app::Table t;
    t.sheet_name = std::string(BarrierThemeLabel(ThemeAt(i))).substr(0, 31);
    t.headers = {corner, "Impact fort", "Impact moyen", "Personnes en besoin",
                 "Places mobilisables", "Actions accessibles", "Taux de remplissage",
                 "Indice d'écart"};
    for (const auto& a : areas) t.rows.push_back(DetailRow(a, i));
    if (total) t.rows.push_back(DetailRow(*total, i));
    out.push_back(std::move(t));
  }
  return out;
}

std::string NeedsMapData(const std::vector<app::NeedsArea>& areas, std::size_t theme,
                         const std::string& by) {
  nlohmann::json out{{"by", by}, {"areas", nlohmann::json::object()}};
  for (const auto& a : areas) {
    if (a.key.empty()) continue;
    const auto& c = a.themes.at(theme);
    out["areas"][by == "commune" ? a.key : a.label] = {
        {"gap", c.gap ? nlohmann::json(*c.gap) : nlohmann::json(nullptr)},
        {"text", GapText(c)},
        {"need", CountText(c.need)}};
  }
  return ScriptSafeJson(out);
}

nlohmann::json IdentificationJson(const std::vector<app::NeedsArea>& areas) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : areas) {
    std::vector<std::size_t> order(needs::kThemeCount);
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto rank = [&](std::size_t i) { return a.themes.at(i).gap.value_or(-1.0); };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return rank(x) > rank(y); });
    nlohmann::json themes = nlohmann::json::array();
    for (std::size_t i : order) {
      const auto& c = a.themes.at(i);
      themes.push_back({{"label", BarrierThemeLabel(ThemeAt(i))},
                        {"need", CellTextJson(c.need)},
                        {"places", PlacesText(c.places)},
                        {"fill_rate", c.fill_rate ? RateText(c.fill_rate) : "—"},
                        {"gap", GapText(c)},
                        {"explanation", Explanation(c)}});
    }
    out.push_back({{"label", a.label}, {"themes", themes}});
  }
  return out;
}

}  // namespace pacte::web
