#include "web/html/territory/territory_view.hpp"

#include <map>

namespace pacte::web {
namespace {

std::string Population(const std::optional<std::int64_t>& p) {
  return p ? FrenchNumber(*p) : "non renseignée";
}

nlohmann::json DepartementsJson(const app::TerritoryOverview& o) {
  std::map<std::string, std::int64_t> communes, territories;
  for (const auto& c : o.communes) ++communes[c.departement_code];
  for (const auto& t : o.territories) ++territories[t.territory.departement_code];
  nlohmann::json out = nlohmann::json::array();
  for (const auto& d : o.departements) {
    out.push_back({{"code", d.code},
                   {"name", d.name},
                   {"commune_count", communes[d.code]},
                   {"territory_count", territories[d.code]}});
  }
  return out;
}

nlohmann::json TerritoriesJson(const app::TerritoryOverview& o) {
  nlohmann::json out = nlohmann::json::array();
  for (std::size_t i = 0; i < o.territories.size(); ++i) {
    const auto& t = o.territories[i];
    out.push_back({{"name", t.territory.name},
                   {"code", t.territory.code},
                   {"kind_label", TerritoryKindLabel(t.territory.kind)},
                   {"commune_count", t.commune_count},
                   {"structure_count", t.structure_count},
                   {"population", Population(t.population)},
                   {"swatch", "swatch-" + std::to_string(i % kMapPaletteSize)}});
  }
  return out;
}

std::string PostalCodes(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) out += (out.empty() ? "" : ", ") + c;
  return out.empty() ? "—" : out;
}

nlohmann::json CommunesJson(const app::TerritoryOverview& o) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : o.communes) {
    out.push_back({{"name", c.name},
                   {"insee_code", c.insee_code},
                   {"postal_codes", PostalCodes(c.postal_codes)},
                   {"territory_name", c.territory_name.empty() ? "aucun" : c.territory_name},
                   {"population", Population(c.population)},
                   {"structure_count", c.structure_count}});
  }
  return out;
}

// What the map script needs: per commune, its territory's palette index and figures.
nlohmann::json MapData(const app::TerritoryOverview& o) {
  std::map<std::int64_t, std::size_t> index_of;
  nlohmann::json territories = nlohmann::json::array();
  for (std::size_t i = 0; i < o.territories.size(); ++i) {
    index_of[o.territories[i].territory.id] = i % kMapPaletteSize;
    territories.push_back(
        {{"name", o.territories[i].territory.name}, {"color_index", i % kMapPaletteSize}});
  }
  nlohmann::json communes = nlohmann::json::object();
  for (const auto& c : o.communes) {
    nlohmann::json entry{
        {"name", c.name}, {"territory", c.territory_name}, {"structures", c.structure_count}};
    if (c.territory_id && index_of.count(*c.territory_id)) {
      entry["color_index"] = index_of[*c.territory_id];
    }
    communes[c.insee_code] = entry;
  }
  return {{"territories", territories}, {"communes", communes}};
}

}  // namespace

std::string FrenchNumber(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += "\xE2\x80\xAF";
    out.push_back(digits[i]);
  }
  return n < 0 ? "-" + out : out;
}

std::string ScriptSafeJson(const nlohmann::json& value) {
  std::string text = value.dump();
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '<':
        out += "\\u003c";
        break;
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

nlohmann::json TerritoryPageJson(const app::TerritoryOverview& overview) {
  nlohmann::json data{{"departements", DepartementsJson(overview)},
                      {"territories", TerritoriesJson(overview)},
                      {"communes", CommunesJson(overview)},
                      {"has_communes", !overview.communes.empty()},
                      {"has_territories", !overview.territories.empty()},
                      {"commune_total", overview.communes.size()},
                      {"map_data", ScriptSafeJson(MapData(overview))}};
  if (overview.last_import) {
    data["last_import"] = {{"date", FormatFrenchDate(DateOf(overview.last_import->imported_at))},
                           {"source", overview.last_import->source_name}};
  }
  return data;
}

std::string CommuneFeatureCollection(const std::vector<app::CommuneShape>& shapes) {
  std::string out = R"({"type":"FeatureCollection","features":[)";
  for (std::size_t i = 0; i < shapes.size(); ++i) {
    const auto& s = shapes[i];
    nlohmann::json properties{{"code", s.insee_code},
                              {"name", s.name},
                              {"territory_code", s.territory_code},
                              {"territory_name", s.territory_name}};
    if (i > 0) out += ",";
    // Geometries are stored as serialised GeoJSON: spliced in without re-parsing.
    out += R"({"type":"Feature","properties":)" + properties.dump() + R"(,"geometry":)" +
           s.geometry + "}";
  }
  out += "]}";
  return out;
}

}  // namespace pacte::web
