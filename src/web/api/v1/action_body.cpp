#include "web/api/v1/action_body.hpp"

#include <functional>
#include <set>
#include <vector>

#include "domain/offer/objective.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"

namespace pacte::web {
namespace {

using Setter = std::function<void(ActionFields&)>;

const std::vector<std::pair<const char*, std::string ActionFields::*>> kTexts{
    {"name", &ActionFields::name},
    {"description", &ActionFields::description},
    {"objective", &ActionFields::objective},
    {"service_type", &ActionFields::service_type},
    {"frais", &ActionFields::frais},
    {"frais_precisions", &ActionFields::frais_precisions},
    {"publics_precisions", &ActionFields::publics_precisions},
    {"conditions_acces", &ActionFields::conditions_acces},
    {"adresse", &ActionFields::adresse},
    {"complement_adresse", &ActionFields::complement_adresse},
    {"commune_code", &ActionFields::commune_code},
    {"code_postal", &ActionFields::code_postal},
    {"telephone", &ActionFields::telephone},
    {"courriel", &ActionFields::courriel},
    {"contact_nom_prenom", &ActionFields::contact_nom_prenom},
    {"lien_source", &ActionFields::lien_source},
    {"lien_mobilisation", &ActionFields::lien_mobilisation},
    {"mobilisation_precisions", &ActionFields::mobilisation_precisions},
    {"horaires_accueil", &ActionFields::horaires_accueil},
    {"convention_number", &ActionFields::convention_number},
};

const std::vector<std::pair<const char*, std::vector<std::string> ActionFields::*>> kLists{
    {"thematiques", &ActionFields::thematiques},
    {"publics", &ActionFields::publics},
    {"modes_accueil", &ActionFields::modes_accueil},
    {"modes_mobilisation", &ActionFields::modes_mobilisation},
    {"mobilisable_par", &ActionFields::mobilisable_par},
    {"barriers", &ActionFields::barriers},
    {"zone_eligibilite", &ActionFields::zone_eligibilite},
};

const std::vector<std::pair<const char*, std::optional<std::int64_t> ActionFields::*>> kInts{
    {"action_type", &ActionFields::action_type},
    {"weeks", &ActionFields::weeks},
    {"capacity", &ActionFields::capacity},
    {"programme_year", &ActionFields::programme_year},
    {"funding_amount_cents", &ActionFields::funding_amount_cents},
};

const std::vector<std::pair<const char*, std::optional<double> ActionFields::*>> kDoubles{
    {"latitude", &ActionFields::latitude},
    {"longitude", &ActionFields::longitude},
    {"weekly_hours", &ActionFields::weekly_hours},
};

const std::vector<std::pair<const char*, std::vector<std::int64_t> ActionFields::*>> kIdLists{
    {"funders", &ActionFields::funders},
    {"zone_territories", &ActionFields::zone_territories},
};

std::set<std::string> AllowedActionFields(bool patch) {
  std::set<std::string> out{"esf_cofunded"};
  for (const auto& t : kTexts) out.insert(t.first);
  for (const auto& t : kLists) out.insert(t.first);
  for (const auto& t : kInts) out.insert(t.first);
  for (const auto& t : kDoubles) out.insert(t.first);
  for (const auto& t : kIdLists) out.insert(t.first);
  if (patch) {
    out.insert({"version", "status"});
  } else {
    out.insert("structure_id");
  }
  return out;
}

std::optional<double> ReadDouble(const nlohmann::json& body, const std::string& name,
                                 Validation& extra) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_number()) {
    extra.Add(name, "Doit être un nombre.");
    return std::nullopt;
  }
  return it->get<double>();
}

std::vector<std::int64_t> ReadIds(const nlohmann::json& body, const std::string& name,
                                  Validation& extra) {
  std::vector<std::int64_t> out;
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) return out;
  if (!it->is_array()) {
    extra.Add(name, "Doit être une liste d'identifiants.");
    return out;
  }
  for (const auto& v : *it) {
    if (!v.is_number_integer()) {
      extra.Add(name, "Doit être une liste d'identifiants.");
      return {};
    }
    out.push_back(v.get<std::int64_t>());
  }
  return out;
}

void ReadFields(const nlohmann::json& body, JsonFields& fields, Validation& extra,
                std::vector<Setter>& setters) {
  for (const auto& [name, member] : kTexts) {
    if (!fields.Has(name)) continue;
    std::string v = fields.String(name).value_or("");
    setters.push_back([member, v](ActionFields& f) { f.*member = v; });
  }
  for (const auto& [name, member] : kLists) {
    if (!fields.Has(name)) continue;
    auto v = fields.StringList(name).value_or(std::vector<std::string>{});
    setters.push_back([member, v](ActionFields& f) { f.*member = v; });
  }
  for (const auto& [name, member] : kInts) {
    if (!fields.Has(name)) continue;
    auto v = fields.Int(name);
    setters.push_back([member, v](ActionFields& f) { f.*member = v; });
  }
  for (const auto& [name, member] : kDoubles) {
    if (!body.contains(name)) continue;
    auto v = ReadDouble(body, name, extra);
    setters.push_back([member, v](ActionFields& f) { f.*member = v; });
  }
  for (const auto& [name, member] : kIdLists) {
    if (!body.contains(name)) continue;
    auto v = ReadIds(body, name, extra);
    setters.push_back([member, v](ActionFields& f) { f.*member = v; });
  }
  if (fields.Has("esf_cofunded")) {
    bool v = fields.Bool("esf_cofunded").value_or(false);
    setters.push_back([v](ActionFields& f) { f.esf_cofunded = v; });
  }
}

Status Finish(const JsonFields& fields, const Validation& extra) {
  auto done = fields.Finish();
  if (done && extra.Ok()) return {};
  Error e = done ? extra.ToError("request.invalid_fields") : done.error();
  if (!done && !extra.Ok()) {
    for (const auto& f : extra.ToError().fields) e.fields.push_back(f);
  }
  return Fail(e);
}

nlohmann::json Text(const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); }

template <class T>
nlohmann::json Maybe(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json();
}

}  // namespace

Result<ActionBody> ReadActionBody(const nlohmann::json& body, bool patch) {
  JsonFields fields(body, AllowedActionFields(patch));
  Validation extra;
  ActionBody out;
  std::vector<Setter> setters;
  if (patch) {
    out.version = fields.Int("version", true);
    if (auto status = fields.String("status")) {
      out.status = ParseActionStatus(*status);
      if (!out.status || *out.status == ActionStatus::kBrouillon) {
        extra.Add("status", "Statut demandé inconnu : publiee ou archivee.");
      }
    }
  } else {
    out.structure_id = fields.Int("structure_id");
  }
  ReadFields(body, fields, extra, setters);
  if (auto ok = Finish(fields, extra); !ok) return Fail(ok.error());
  if (!setters.empty()) {
    out.edit = [setters](ActionFields& f) {
      for (const auto& set : setters) set(f);
    };
  }
  return out;
}

Result<SessionInput> ReadSessionBody(const nlohmann::json& body) {
  JsonFields fields(body, {"label", "starts_on", "ends_on", "schedule", "weekly_hours", "weeks",
                           "places", "place", "commune_code"});
  Validation extra;
  SessionInput in;
  in.label = fields.String("label").value_or("");
  in.starts_on = fields.String("starts_on", true).value_or("");
  in.ends_on = fields.String("ends_on", true).value_or("");
  in.schedule = fields.String("schedule").value_or("");
  in.weekly_hours = ReadDouble(body, "weekly_hours", extra);
  in.weeks = fields.Int("weeks");
  in.places = fields.Int("places", true);
  in.place = fields.String("place").value_or("");
  in.commune_code = fields.String("commune_code").value_or("");
  if (auto ok = Finish(fields, extra); !ok) return Fail(ok.error());
  return in;
}

nlohmann::json ActionJson(const app::StoredAction& a) {
  const auto& w = a.data;
  const auto& f = w.fields;
  nlohmann::json j{{"id", a.id},
                   {"di_id", a.di_id},
                   {"source", a.di_source},
                   {"structure_id", w.structure_id},
                   {"structure_name", a.structure_name},
                   {"programme_id", Maybe(w.programme_id)},
                   {"status", ActionStatusCode(w.status)},
                   {"status_label", ActionStatusLabel(w.status)},
                   {"commune_name", Text(w.commune_name)},
                   {"date_maj", FormatIsoDate(w.date_maj)},
                   {"esf_cofunded", f.esf_cofunded},
                   {"published_at", a.published_at ? nlohmann::json(IsoOrEmpty(*a.published_at))
                                                   : nlohmann::json()},
                   {"archived_at", a.archived_at ? nlohmann::json(IsoOrEmpty(*a.archived_at))
                                                 : nlohmann::json()},
                   {"version", a.version},
                   {"created_at", IsoOrEmpty(a.created_at)},
                   {"updated_at", IsoOrEmpty(a.updated_at)}};
  for (const auto& [name, member] : kTexts) j[name] = Text(f.*member);
  for (const auto& [name, member] : kLists) j[name] = f.*member;
  for (const auto& [name, member] : kInts) j[name] = Maybe(f.*member);
  for (const auto& [name, member] : kDoubles) j[name] = Maybe(f.*member);
  for (const auto& [name, member] : kIdLists) j[name] = f.*member;
  auto objective = ParseObjective(f.objective);
  j["objective_label"] = objective ? nlohmann::json(ObjectiveLabel(*objective)) : nlohmann::json();
  return j;
}

nlohmann::json ActionDetailJson(const app::ActionDetail& d) {
  nlohmann::json j = ActionJson(d.action);
  nlohmann::json criteria = nlohmann::json::array();
  for (const auto& c : d.quality.criteria) {
    criteria.push_back({{"code", c.code}, {"label", c.label}, {"value", c.value},
                        {"fix", Text(c.fix)}});
  }
  j["quality"] = {{"score", d.quality.score},
                  {"criteria", criteria},
                  {"to_fix", d.quality.ToFix()}};
  j["stale"] = d.stale;
  j["can_manage"] = d.can_manage;
  j["programme_name"] = Maybe(d.programme_name);
  nlohmann::json sessions = nlohmann::json::array();
  for (const auto& s : d.sessions) sessions.push_back(SessionJson(s));
  j["sessions"] = sessions;
  return j;
}

nlohmann::json SessionJson(const app::StoredSession& s) {
  const auto& f = s.fields;
  return {{"id", s.id},
          {"action_id", s.action_id},
          {"label", f.label},
          {"starts_on", FormatIsoDate(f.starts_on)},
          {"ends_on", FormatIsoDate(f.ends_on)},
          {"schedule", f.schedule},
          {"weekly_hours", Maybe(f.weekly_hours)},
          {"weeks", Maybe(f.weeks)},
          {"total_hours", Maybe(TotalHours(f.weekly_hours, f.weeks))},
          {"places", f.places},
          {"places_taken", s.taken},
          {"places_free", FreePlaces(f.places, s.taken)},
          {"fill_rate", Maybe(FillRate(f.places, s.taken))},
          {"place", f.place},
          {"commune_code", Text(f.commune_code)},
          {"cancelled", s.cancelled},
          {"version", s.version}};
}

}  // namespace pacte::web
