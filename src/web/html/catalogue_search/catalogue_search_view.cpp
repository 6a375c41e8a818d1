#include "web/html/catalogue_search/catalogue_search_view.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "domain/offer/geo_distance.hpp"
#include "domain/offer/quality_score.hpp"
#include "domain/offer/objective.hpp"

namespace pacte::web {
namespace {

std::string Value(const Params& q, const std::string& name) { return First(q, name).value_or(""); }

std::vector<std::string> Barriers(const Params& q) {
  std::vector<std::string> out;
  auto [begin, end] = q.equal_range("barrier");
  for (auto it = begin; it != end; ++it) {
    std::istringstream in(it->second);
    for (std::string code; std::getline(in, code, ',');) {
      if (!code.empty()) out.push_back(code);
    }
  }
  return out;
}

std::string Encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

double Round1(double v) { return std::round(v * 10) / 10; }

nlohmann::json Quality(const app::ActionSearchItem& it, Date today) {
  QualityFacts f;
  f.on_site = std::find(it.modes_accueil.begin(), it.modes_accueil.end(), "en-presentiel") !=
              it.modes_accueil.end();
  f.has_address = it.has_address && it.commune_code.has_value();
  f.has_phone = it.has_phone;
  f.has_email = it.has_email;
  f.has_mobilisation_link = it.has_mobilisation_link;
  f.modes_mobilisation = it.modes_mobilisation;
  f.has_mobilisable_par = !it.mobilisable_par.empty();
  f.date_maj = ParseIsoDate(it.date_maj.substr(0, 10));
  f.has_thematique = !it.thematiques.empty();
  f.has_public = !it.publics.empty();
  f.description_length = static_cast<std::size_t>(it.description_length);
  f.frais = it.frais;
  f.has_frais_precisions = it.has_frais_precisions;
  const double score = ComputeQualityScore(f, today).score;
  return {{"score", std::round(score * 100) / 100},
          {"level", QualityLevel(score)},
          {"label", QualityLabel(score)}};
}

}  // namespace

const std::set<std::string>& ActionSearchParameters() {
  static const std::set<std::string> names{
      "q",      "objective", "thematique",       "barrier",          "commune",
      "radius_km", "public", "mode",             "weekly_hours_min", "weekly_hours_max",
      "has_places", "from",  "to"};
  return names;
}

app::ActionSearchCriteria CriteriaFromQuery(const Params& q) {
  app::ActionSearchCriteria c;
  c.q = Value(q, "q");
  c.objective = Value(q, "objective");
  c.thematique = Value(q, "thematique");
  c.barriers = Barriers(q);
  c.commune = Value(q, "commune");
  c.radius_km = Value(q, "radius_km");
  c.public_code = Value(q, "public");
  c.mode = Value(q, "mode");
  c.weekly_hours_min = Value(q, "weekly_hours_min");
  c.weekly_hours_max = Value(q, "weekly_hours_max");
  c.has_places = Value(q, "has_places");
  c.from = Value(q, "from");
  c.to = Value(q, "to");
  return c;
}

std::string QueryOfCriteria(const app::ActionSearchCriteria& c) {
  std::string out;
  auto add = [&](const char* name, const std::string& value) {
    if (value.empty()) return;
    out += (out.empty() ? "" : "&") + std::string(name) + "=" + Encode(value);
  };
  add("q", c.q);
  add("objective", c.objective);
  add("thematique", c.thematique);
  for (const auto& b : c.barriers) add("barrier", b);
  add("commune", c.commune);
  add("radius_km", c.radius_km);
  add("public", c.public_code);
  add("mode", c.mode);
  add("weekly_hours_min", c.weekly_hours_min);
  add("weekly_hours_max", c.weekly_hours_max);
  add("has_places", c.has_places);
  add("from", c.from);
  add("to", c.to);
  return out;
}

std::string FrenchDecimal(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", Round1(value));
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  for (char& ch : s) {
    if (ch == '.') ch = ',';
  }
  return s;
}

nlohmann::json ActionSearchItemJson(const app::ActionSearchItem& it, Date today,
                                    const std::optional<app::CommunePlace>& from) {
  auto opt = [](const auto& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
  nlohmann::json objective_label = nullptr;
  if (it.objective) {
    if (auto o = ParseObjective(*it.objective)) objective_label = std::string(ObjectiveLabel(*o));
  }
  nlohmann::json distance = nullptr;
  if (from && from->lat && from->lon && it.latitude && it.longitude) {
    distance = Round1(HaversineKm(*from->lat, *from->lon, *it.latitude, *it.longitude));
  }
  return {{"id", it.id},
          {"di_id", it.di_id},
          {"name", it.name},
          {"description_excerpt", it.description_excerpt},
          {"objective", opt(it.objective)},
          {"objective_label", objective_label},
          {"action_type", opt(it.action_type)},
          {"structure", {{"id", it.structure_id}, {"name", it.structure_name}}},
          {"commune_code", opt(it.commune_code)},
          {"commune_name", opt(it.commune_name)},
          {"latitude", opt(it.latitude)},
          {"longitude", opt(it.longitude)},
          {"distance_km", distance},
          {"weekly_hours", opt(it.weekly_hours)},
          {"free_places", opt(it.free_places)},
          {"open_sessions", it.open_sessions},
          {"next_session_id", opt(it.next_session_id)},
          {"relevance", it.relevance},
          {"quality", Quality(it, today)},
          {"thematiques", it.thematiques},
          {"publics", it.publics},
          {"modes_accueil", it.modes_accueil},
          {"barriers", it.barriers},
          {"date_maj", it.date_maj}};
}

}  // namespace pacte::web
