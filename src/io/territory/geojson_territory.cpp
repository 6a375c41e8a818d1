#include "io/territory/geojson_territory.hpp"

#include <map>

#include <nlohmann/json.hpp>

#include "domain/territory/insee_code.hpp"
#include "io/territory/centroid.hpp"

namespace pacte::io {
namespace {

using nlohmann::json;

Error Malformed(std::string message) {
  return Error{ErrorKind::kMalformed, "territory.file_malformed", std::move(message), {}};
}

// A property as text: a string, or the first string of an array (Opendatasoft exports).
std::optional<std::string> TextProperty(const json& properties, const char* name) {
  auto it = properties.find(name);
  if (it == properties.end()) return std::nullopt;
  const json* v = &*it;
  if (v->is_array() && !v->empty()) v = &v->front();
  if (!v->is_string() || v->get_ref<const std::string&>().empty()) return std::nullopt;
  return v->get<std::string>();
}

std::optional<Ring> ReadRing(const json& coordinates) {
  if (!coordinates.is_array()) return std::nullopt;
  Ring ring;
  for (const auto& point : coordinates) {
    if (!point.is_array() || point.size() < 2 || !point[0].is_number() || !point[1].is_number()) {
      return std::nullopt;
    }
    ring.push_back({point[0].get<double>(), point[1].get<double>()});
  }
  if (ring.size() < 3) return std::nullopt;
  return ring;
}

std::optional<Polygon> ReadPolygon(const json& coordinates) {
  if (!coordinates.is_array() || coordinates.empty()) return std::nullopt;
  Polygon polygon;
  for (const auto& ring : coordinates) {
    auto r = ReadRing(ring);
    if (!r) return std::nullopt;
    polygon.push_back(std::move(*r));
  }
  return polygon;
}

// The surface of a Polygon or MultiPolygon geometry; nullopt when anything else.
std::optional<MultiPolygon> ReadSurface(const json& geometry) {
  if (!geometry.is_object()) return std::nullopt;
  auto type = geometry.value("type", std::string());
  auto coordinates = geometry.find("coordinates");
  if (coordinates == geometry.end()) return std::nullopt;
  MultiPolygon out;
  if (type == "Polygon") {
    auto p = ReadPolygon(*coordinates);
    if (!p) return std::nullopt;
    out.push_back(std::move(*p));
  } else if (type == "MultiPolygon" && coordinates->is_array() && !coordinates->empty()) {
    for (const auto& polygon : *coordinates) {
      auto p = ReadPolygon(polygon);
      if (!p) return std::nullopt;
      out.push_back(std::move(*p));
    }
  } else {
    return std::nullopt;
  }
  return out;
}

struct FeatureTerritory {
  std::optional<std::string> ept_code, ept_name, epci_code, epci_name;
};

struct Reader {
  app::TerritoryImport import;
  std::vector<FeatureTerritory> territory_of;  // per commune, resolved at the end

  Status ReadFeature(const json& feature, std::size_t index);
  void ResolveTerritories();
};

Status Reader::ReadFeature(const json& feature, std::size_t index) {
  std::string where = "élément n° " + std::to_string(index + 1);
  if (!feature.is_object() || feature.value("type", std::string()) != "Feature") {
    return Fail(Malformed(where + " : ce n'est pas un objet GeoJSON de type « Feature »."));
  }
  auto properties = feature.find("properties");
  if (properties == feature.end() || !properties->is_object()) {
    return Fail(Malformed(where + " : propriétés absentes."));
  }
  auto code = TextProperty(*properties, "com_code");
  if (!code) return Fail(Malformed(where + " : propriété com_code (code INSEE) absente."));
  where += " (commune " + *code + ")";
  auto name = TextProperty(*properties, "com_name");
  if (!name) return Fail(Malformed(where + " : propriété com_name (nom) absente."));
  auto geometry = feature.find("geometry");
  std::optional<MultiPolygon> surface;
  if (geometry != feature.end()) surface = ReadSurface(*geometry);
  if (!surface) {
    return Fail(Malformed(where + " : géométrie absente ou invalide (Polygon ou MultiPolygon "
                                  "attendu)."));
  }
  app::CommuneInput c;
  c.insee_code = *code;
  c.name = *name;
  c.geometry = geometry->dump();
  if (auto centre = Centroid(*surface)) {
    c.lon = centre->lon;
    c.lat = centre->lat;
  }
  if (import.departement_code.empty() && IsValidInseeCode(*code)) {
    import.departement_code = DepartementCodeOf(*code);
    import.departement_name = TextProperty(*properties, "dep_name");
  }
  import.communes.push_back(std::move(c));
  territory_of.push_back(
      {TextProperty(*properties, "ept_code"), TextProperty(*properties, "ept_name"),
       TextProperty(*properties, "epci_code"), TextProperty(*properties, "epci_name")});
  return {};
}

void Reader::ResolveTerritories() {
  bool use_ept = false;
  for (const auto& t : territory_of) use_ept = use_ept || t.ept_code.has_value();
  std::map<std::string, std::size_t> seen;
  for (std::size_t i = 0; i < territory_of.size(); ++i) {
    const auto& t = territory_of[i];
    const auto& code = use_ept ? t.ept_code : t.epci_code;
    if (!code) continue;
    const auto& name = use_ept ? t.ept_name : t.epci_name;
    import.communes[i].territory_code = *code;
    if (seen.emplace(*code, import.territories.size()).second) {
      import.territories.push_back(
          {*code, name.value_or(*code), use_ept ? TerritoryKind::kEpt : TerritoryKind::kCustom});
    }
  }
}

}  // namespace

Result<app::TerritoryImport> ParseTerritoryGeoJson(std::string_view content,
                                                   const std::string& source_name) {
  json doc;
  try {
    doc = json::parse(content);
  } catch (const json::parse_error& e) {
    return Fail(Malformed("Le fichier n'est pas un JSON valide (erreur près de l'octet " +
                          std::to_string(e.byte) + ") : est-il tronqué ?"));
  }
  if (!doc.is_object() || doc.value("type", std::string()) != "FeatureCollection") {
    return Fail(
        Malformed("Le fichier n'est pas une FeatureCollection GeoJSON (attendu : "
                  "{\"type\": \"FeatureCollection\", \"features\": […]})."));
  }
  auto features = doc.find("features");
  if (features == doc.end() || !features->is_array() || features->empty()) {
    return Fail(
        Malformed("Le fichier ne contient aucune commune (liste « features » vide "
                  "ou absente)."));
  }
  Reader reader;
  reader.import.source_name = source_name;
  for (std::size_t i = 0; i < features->size(); ++i) {
    if (auto ok = reader.ReadFeature((*features)[i], i); !ok) return Fail(ok.error());
  }
  if (reader.import.departement_code.empty()) {
    return Fail(Malformed("Aucun code INSEE valide dans le fichier (exemple attendu : 92050)."));
  }
  reader.ResolveTerritories();
  return std::move(reader.import);
}

}  // namespace pacte::io
