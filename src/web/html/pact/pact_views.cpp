#include "web/html/pact/pact_views.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace pacte::web {
namespace {

constexpr double kWidth = 120;
constexpr double kHeight = 32;

std::string Coord(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

struct Scale {
  double lo = 0, hi = 1;
  int first = 0, last = 1;
  std::string Point(int year, double v) const {
    const double x = last == first ? kWidth / 2
                                   : (year - first) * (kWidth - 4) / (last - first) + 2;
    const double y = hi == lo ? kHeight / 2 : kHeight - 2 - (v - lo) * (kHeight - 4) / (hi - lo);
    return Coord(x) + "," + Coord(y);
  }
};

Scale ScaleOf(const app::IndicatorView& i) {
  Scale s;
  s.first = i.years.empty() ? 0 : i.years.front().year;
  s.last = i.years.empty() ? 1 : i.years.back().year;
  bool any = false;
  for (const auto& y : i.years) {
    for (const auto& v : {y.value, y.expected}) {
      if (!v) continue;
      s.lo = any ? std::min(s.lo, *v) : *v;
      s.hi = any ? std::max(s.hi, *v) : *v;
      any = true;
    }
  }
  return s;
}

std::string Unit(const app::IndicatorView& i) {
  return i.record.fields.unit.empty() ? "" : " " + i.record.fields.unit;
}

nlohmann::json StatusJson(IndicatorStatus s) {
  return {{"code", IndicatorStatusCode(s)}, {"label", IndicatorStatusLabel(s)}};
}

nlohmann::json YearsJson(const app::IndicatorView& i) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& y : i.years) {
    nlohmann::json row{{"year", y.year},
                       {"target", PactNumber(y.target)},
                       {"expected", PactNumber(y.expected)},
                       {"value", PactNumber(y.value)},
                       {"note", y.note}};
    if (y.measurement) {
      row["source"] = y.measurement->source;
      row["comment"] = y.measurement->comment;
    }
    out.push_back(std::move(row));
  }
  return out;
}

nlohmann::json MeasureFormJson(const app::IndicatorView& i, const app::PactView& pact,
                               const nlohmann::json& errors, const std::string& back) {
  const std::string id = std::to_string(i.record.id);
  nlohmann::json years = nlohmann::json::array();
  const int last = std::min(pact.pact.fields.period.end, pact.current_year);
  const int chosen = errors.is_object() && errors.contains("_year") ? errors["_year"].get<int>()
                                                                     : last;
  for (int y = pact.pact.fields.period.start; y <= last; ++y) {
    years.push_back({{"value", y}, {"selected", y == chosen}});
  }
  nlohmann::json e = errors.is_object() ? errors : nlohmann::json::object();
  return {{"action", "/pilotage/pacte/indicateurs/" + id + "/mesures"},
          {"prefix", "mesure-" + id},
          {"years", years},
          {"back", back},
          {"value", e.value("_value", "")},
          {"comment", e.value("_comment", "")},
          {"source", e.value("_source", "")},
          {"year_error", e.value("year", "")},
          {"value_error", e.value("value", "")},
          {"comment_error", e.value("comment", "")},
          {"source_error", e.value("source", "")},
          {"summary", e.value("_summary", "")}};
}

}  // namespace

std::string PactNumber(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return "—";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.2f", std::round(*v * 100) / 100);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  std::replace(s.begin(), s.end(), '.', ',');
  return s == "-0" ? "0" : s;
}

std::string ObjectiveHref(std::int64_t id) {
  return "/pilotage/pacte/objectifs/" + std::to_string(id);
}

nlohmann::json SparklineJson(const app::IndicatorView& i) {
  const Scale s = ScaleOf(i);
  std::string points, target, label;
  for (const auto& y : i.years) {
    if (y.value) points += (points.empty() ? "" : " ") + s.Point(y.year, *y.value);
    if (y.expected) target += (target.empty() ? "" : " ") + s.Point(y.year, *y.expected);
    label += (label.empty() ? "" : " ; ") + std::to_string(y.year) + " : " +
             (y.value ? PactNumber(y.value) + Unit(i) : "pas de valeur");
  }
  return {{"points", points},
          {"target_points", target},
          {"has_points", !points.empty() || !target.empty()},
          {"width", static_cast<int>(kWidth)},
          {"height", static_cast<int>(kHeight)},
          {"label", "Évolution de « " + i.record.fields.name + " » — " + label +
                        ". Trajectoire cible en pointillés."}};
}

nlohmann::json IndicatorJson(const app::IndicatorView& i, const app::PactView& pact,
                             bool can_update, const nlohmann::json& errors,
                             const std::string& back) {
  const auto& f = i.record.fields;
  nlohmann::json out{
      {"id", i.record.id},
      {"name", f.name},
      {"unit", f.unit},
      {"direction", f.higher_is_better ? "Plus c'est haut, mieux c'est"
                                       : "Plus c'est bas, mieux c'est"},
      {"computed", i.IsComputed()},
      {"computed_by", f.computed_by.value_or("")},
      {"baseline", f.baseline_value ? PactNumber(f.baseline_value) + Unit(i) : "—"},
      {"baseline_year", f.baseline_on ? std::to_string(YearOf(*f.baseline_on)) : ""},
      {"status", StatusJson(i.status)},
      {"status_note", i.status_note},
      {"latest", i.latest ? PactNumber(i.latest->value) + Unit(i) : "—"},
      {"latest_year", i.latest ? std::to_string(i.latest->year) : ""},
      {"years", YearsJson(i)},
      {"sparkline", SparklineJson(i)},
      {"can_update", can_update && !i.IsComputed()}};
  if (i.definition) {
    out["definition"] = {{"label", i.definition->label},
                         {"description", i.definition->description}};
  }
  if (can_update && !i.IsComputed()) out["form"] = MeasureFormJson(i, pact, errors, back);
  return out;
}

nlohmann::json ObjectiveJson(const app::ObjectiveView& o, const app::PactView& pact,
                             const std::string& back) {
  nlohmann::json pilots = nlohmann::json::array();
  for (const auto& p : o.record.pilots) pilots.push_back(p.name);
  std::string pilot_text;
  for (const auto& p : o.record.pilots) pilot_text += (pilot_text.empty() ? "" : ", ") + p.name;
  nlohmann::json indicators = nlohmann::json::array();
  for (const auto& i : o.indicators) {
    indicators.push_back(IndicatorJson(i, pact, o.can_update, nullptr, back));
  }
  nlohmann::json commitments = nlohmann::json::array();
  for (const auto& c : o.commitments) {
    commitments.push_back({{"id", c.id},
                           {"institution", c.institution_name},
                           {"text", c.text},
                           {"action", c.action_name},
                           {"programme", c.programme_name},
                           {"version", c.version}});
  }
  return {{"id", o.record.id},
          {"title", o.record.title},
          {"href", ObjectiveHref(o.record.id)},
          {"description", o.record.description},
          {"period", std::to_string(o.record.period.start) + " à " +
                         std::to_string(o.record.period.end)},
          {"pilots", pilots},
          {"pilot_text", pilot_text.empty() ? "aucune" : pilot_text},
          {"indicators", indicators},
          {"has_indicators", !indicators.empty()},
          {"commitments", commitments},
          {"has_commitments", !commitments.empty()},
          {"can_update", o.can_update}};
}

nlohmann::json PactJson(const app::PactView& view) {
  const auto& f = view.pact.fields;
  nlohmann::json signatories = nlohmann::json::array();
  for (const auto& s : view.signatories) {
    signatories.push_back({{"institution", s.institution_name},
                           {"signed_on", s.signed_on ? FormatFrenchDate(*s.signed_on) : "—"},
                           {"representative", s.representative.empty() ? "—" : s.representative}});
  }
  std::map<IndicatorStatus, int> counts;
  nlohmann::json orientations = nlohmann::json::array();
  for (const auto& o : view.orientations) {
    nlohmann::json objectives = nlohmann::json::array();
    for (const auto& obj : o.objectives) {
      for (const auto& i : obj.indicators) ++counts[i.status];
      objectives.push_back(ObjectiveJson(obj, view, "pacte"));
    }
    orientations.push_back({{"id", o.record.id},
                            {"code", o.record.code},
                            {"label", o.record.label},
                            {"objectives", objectives},
                            {"has_objectives", !objectives.empty()}});
  }
  nlohmann::json by_status = nlohmann::json::array();
  for (auto s : {IndicatorStatus::kEnAvance, IndicatorStatus::kDansLaTrajectoire,
                 IndicatorStatus::kASurveiller, IndicatorStatus::kEnRetard,
                 IndicatorStatus::kNonCalculable}) {
    by_status.push_back({{"status", StatusJson(s)}, {"count", counts[s]}});
  }
  return {{"id", view.pact.id},
          {"name", f.name},
          {"period", std::to_string(f.period.start) + " à " + std::to_string(f.period.end)},
          {"status", PactStatusLabel(f.status)},
          {"adopted_on", f.adopted_on ? FormatFrenchDate(*f.adopted_on) : ""},
          {"signatories", signatories},
          {"signatory_count", signatories.size()},
          {"orientations", orientations},
          {"by_status", by_status},
          {"can_manage", view.can_manage}};
}

nlohmann::json DropEmpty(nlohmann::json data) {
  if (data.is_object()) {
    for (auto it = data.begin(); it != data.end();) {
      if (it->is_string() && it->get_ref<const std::string&>().empty()) {
        it = data.erase(it);
      } else {
        *it = DropEmpty(std::move(*it));
        ++it;
      }
    }
  } else if (data.is_array()) {
    for (auto& item : data) item = DropEmpty(std::move(item));
  }
  return data;
}

}  // namespace pacte::web
