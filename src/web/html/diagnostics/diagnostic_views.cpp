#include "web/html/diagnostics/diagnostic_views.hpp"

#include "web/server/http.hpp"

namespace pacte::web {
namespace {

constexpr const char* kReserved = "Information réservée";

std::map<std::string, std::string> LabelsOf(const app::PersonDiagnostics& p) {
  std::map<std::string, std::string> out;
  for (const auto& s : p.situations) out[s.code] = s.label;
  return out;
}

std::string TrendLabel(ThemeTrend t) {
  switch (t) {
    case ThemeTrend::kImproved:
      return "En amélioration";
    case ThemeTrend::kWorsened:
      return "En aggravation";
    case ThemeTrend::kUnchanged:
      return "Sans changement";
  }
  return "";
}

std::string YesNo(std::optional<bool> v) {
  if (!v) return "Non renseigné";
  return *v ? "Oui" : "Non";
}

nlohmann::json AssetsJson(const Diagnostic& d) {
  const auto& a = d.assets;
  auto text = [](const std::optional<std::string>& v) { return v.value_or("Non renseigné"); };
  std::string qualification = "Non renseigné";
  if (a.qualification_level) qualification = QualificationLevelLabel(*a.qualification_level);
  return nlohmann::json::array(
      {{{"label", "Permis de conduire"}, {"value", YesNo(a.driving_licence)}},
       {{"label", "Véhicule"}, {"value", YesNo(a.vehicle)}},
       {{"label", "Niveau de qualification"}, {"value", qualification}},
       {{"label", "Projet professionnel"}, {"value", text(a.professional_project)}},
       {{"label", "Code ROME"}, {"value", text(a.rome_code)}},
       {{"label", "Commentaire"}, {"value", text(d.comment)}}});
}

std::string ThemesMoving(const std::vector<DiagnosticItem>& before,
                         const std::vector<DiagnosticItem>& after, ThemeTrend wanted,
                         bool health_hidden) {
  std::string out;
  for (BarrierTheme t : AllBarrierThemes()) {
    if (health_hidden && t == BarrierTheme::kSante) continue;
    if (CompareTheme(before, after, t) != wanted) continue;
    out += (out.empty() ? "" : ", ") + std::string(BarrierThemeLabel(t));
  }
  return out.empty() ? "Aucun" : out;
}

nlohmann::json Options(const std::vector<std::pair<std::string, std::string>>& choices,
                       const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [value, label] : choices) {
    out.push_back({{"value", value}, {"label", label}, {"selected", value == selected}});
  }
  return out;
}

std::string BoolCode(std::optional<bool> v) { return v ? (*v ? "oui" : "non") : ""; }

nlohmann::json TextField(const std::string& id, const std::string& label, const std::string& value,
                         const nlohmann::json& errors) {
  nlohmann::json f{{"id", id}, {"label", label}, {"value", value}};
  if (errors.contains(id)) f["error"] = errors[id];
  return f;
}

nlohmann::json ThemeFormJson(const app::PersonDiagnostics& p, BarrierTheme theme,
                             const std::map<std::string, std::string>& chosen) {
  nlohmann::json situations = nlohmann::json::array();
  std::vector<std::pair<std::string, std::string>> impacts{{"", "Non concerné"}};
  for (BarrierImpact i : AllBarrierImpacts()) {
    impacts.emplace_back(std::string(BarrierImpactCode(i)), std::string(BarrierImpactLabel(i)));
  }
  const std::string theme_code(BarrierThemeCode(theme));
  for (const auto& s : p.situations) {
    if (s.theme != theme || !s.active) continue;
    auto it = chosen.find(s.code);
    situations.push_back({{"id", "item-" + s.code},
                          {"name", "item." + theme_code + "." + s.code},
                          {"label", s.label},
                          {"options", Options(impacts, it == chosen.end() ? "" : it->second)}});
  }
  bool reserved = theme == BarrierTheme::kSante && p.health_hidden;
  return {{"label", BarrierThemeLabel(theme)},
          {"reserved", reserved},
          {"situations", reserved ? nlohmann::json::array() : situations}};
}

}  // namespace

nlohmann::json LatestDiagnosticJson(const app::PersonDiagnostics& p) {
  if (p.versions.empty()) return nullptr;
  const auto& latest = p.versions.front();
  const std::vector<DiagnosticItem> none;
  const auto& previous = p.versions.size() > 1 ? p.versions[1].diagnostic.items : none;
  auto labels = LabelsOf(p);
  nlohmann::json themes = nlohmann::json::array();
  for (BarrierTheme t : AllBarrierThemes()) {
    nlohmann::json theme{{"label", BarrierThemeLabel(t)}};
    if (t == BarrierTheme::kSante && p.health_hidden) {
      theme["reserved"] = kReserved;
      themes.push_back(theme);
      continue;
    }
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : latest.diagnostic.items) {
      if (item.theme != t) continue;
      auto label = labels.find(item.situation_code);
      items.push_back({{"label", label == labels.end() ? item.situation_code : label->second},
                       {"impact", BarrierImpactLabel(item.impact)}});
    }
    theme["items"] = items;
    theme["none"] = items.empty();
    if (p.versions.size() > 1) {
      theme["trend"] = TrendLabel(CompareTheme(previous, latest.diagnostic.items, t));
    }
    themes.push_back(theme);
  }
  return {{"made_on", FormatFrenchDate(latest.diagnostic.made_on)},
          {"agent_name", latest.agent_name.empty() ? "—" : latest.agent_name},
          {"has_previous", p.versions.size() > 1},
          {"themes", themes},
          {"assets", AssetsJson(latest.diagnostic)}};
}

nlohmann::json DiagnosticHistoryJson(const app::PersonDiagnostics& p) {
  nlohmann::json rows = nlohmann::json::array();
  const std::vector<DiagnosticItem> none;
  for (std::size_t i = 0; i < p.versions.size(); ++i) {
    const auto& v = p.versions[i];
    const auto& before = i + 1 < p.versions.size() ? p.versions[i + 1].diagnostic.items : none;
    bool first = i + 1 == p.versions.size();
    rows.push_back({{"made_on", FormatFrenchDate(v.diagnostic.made_on)},
                    {"agent_name", v.agent_name.empty() ? "—" : v.agent_name},
                    {"improved", first ? "Premier diagnostic"
                                       : ThemesMoving(before, v.diagnostic.items,
                                                      ThemeTrend::kImproved, p.health_hidden)},
                    {"worsened", first ? "Premier diagnostic"
                                       : ThemesMoving(before, v.diagnostic.items,
                                                      ThemeTrend::kWorsened, p.health_hidden)}});
  }
  return rows;
}

nlohmann::json DiagnosticFormJson(const app::PersonDiagnostics& p, const DiagnosticDraft& draft,
                                  const nlohmann::json& errors) {
  std::map<std::string, std::string> chosen;
  for (const auto& item : draft.items) chosen[item.situation_code] = item.impact;
  nlohmann::json themes = nlohmann::json::array();
  for (BarrierTheme t : AllBarrierThemes()) themes.push_back(ThemeFormJson(p, t, chosen));
  std::vector<std::pair<std::string, std::string>> yes_no{
      {"", "Non renseigné"}, {"oui", "Oui"}, {"non", "Non"}};
  std::vector<std::pair<std::string, std::string>> levels{{"", "Non renseigné"}};
  for (auto q : AllQualificationLevels()) {
    levels.emplace_back(std::string(QualificationLevelCode(q)),
                        std::string(QualificationLevelLabel(q)));
  }
  nlohmann::json item_errors = nlohmann::json::array();
  for (const auto& [field, message] : errors.items()) {
    if (field.rfind("items[", 0) == 0) item_errors.push_back(message);
  }
  return {{"action", "/beneficiaires/" + std::to_string(p.person_id) + "/diagnostic"},
          {"summary", errors.contains("_summary") ? errors["_summary"] : nlohmann::json(nullptr)},
          {"item_errors", item_errors},
          {"has_item_errors", !item_errors.empty()},
          {"made_on", TextField("made_on", "Date du diagnostic", draft.made_on, errors)},
          {"themes", themes},
          {"licence_options", Options(yes_no, BoolCode(draft.driving_licence))},
          {"vehicle_options", Options(yes_no, BoolCode(draft.vehicle))},
          {"qualification_options", Options(levels, draft.qualification_level)},
          {"qualification_error", errors.value("qualification_level", "")},
          {"project", TextField("professional_project", "Projet professionnel",
                                draft.professional_project, errors)},
          {"rome", TextField("rome_code", "Code ROME du métier visé", draft.rome_code, errors)},
          {"comment", TextField("comment", "Commentaire", draft.comment, errors)}};
}

DiagnosticDraft DraftOfLatest(const app::PersonDiagnostics& p) {
  DiagnosticDraft d;
  if (p.versions.empty()) return d;
  const auto& latest = p.versions.front().diagnostic;
  for (const auto& item : latest.items) {
    d.items.push_back({std::string(BarrierThemeCode(item.theme)), item.situation_code,
                       std::string(BarrierImpactCode(item.impact))});
  }
  const auto& a = latest.assets;
  d.driving_licence = a.driving_licence;
  d.vehicle = a.vehicle;
  if (a.qualification_level) d.qualification_level = QualificationLevelCode(*a.qualification_level);
  d.professional_project = a.professional_project.value_or("");
  d.rome_code = a.rome_code.value_or("");
  d.comment = latest.comment.value_or("");
  return d;
}

DiagnosticDraft DiagnosticDraftFromForm(const std::multimap<std::string, std::string>& form) {
  DiagnosticDraft d;
  auto value = [&](const char* name) { return First(form, name).value_or(""); };
  auto yes_no = [&](const char* name) -> std::optional<bool> {
    auto v = value(name);
    if (v == "oui") return true;
    if (v == "non") return false;
    return std::nullopt;
  };
  d.made_on = value("made_on");
  d.driving_licence = yes_no("driving_licence");
  d.vehicle = yes_no("vehicle");
  d.qualification_level = value("qualification_level");
  d.professional_project = value("professional_project");
  d.rome_code = value("rome_code");
  d.comment = value("comment");
  for (const auto& [name, impact] : form) {
    if (name.rfind("item.", 0) != 0 || impact.empty()) continue;
    auto dot = name.find('.', 5);
    if (dot == std::string::npos) continue;
    d.items.push_back({name.substr(5, dot - 5), name.substr(dot + 1), impact});
  }
  return d;
}

}  // namespace pacte::web
