#include "web/html/catalogue/catalogue_form.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <sstream>

#include "domain/beneficiary/barriers.hpp"
#include "domain/common/text.hpp"
#include "domain/offer/di_codes.hpp"
#include "domain/offer/objective.hpp"
#include "domain/parcours/contract_action.hpp"
#include "web/html/forms.hpp"

namespace pacte::web {
namespace {

using Choices = std::vector<std::pair<std::string, std::string>>;

std::vector<std::string> AllOf(const Params& form, const std::string& key) {
  std::vector<std::string> out;
  auto [from, to] = form.equal_range(key);
  for (auto it = from; it != to; ++it) out.push_back(it->second);
  return out;
}

std::string Get(const Params& form, const std::string& key) {
  return First(form, key).value_or("");
}

Choices DiChoices(const std::vector<di::DiCode>& list) {
  Choices out;
  for (const auto& c : list) out.emplace_back(std::string(c.value), std::string(c.label));
  return out;
}

Choices ThematiqueChoices() {
  Choices out;
  for (const auto& c : di::Thematiques()) {
    out.emplace_back(std::string(c.value),
                     std::string(di::ThematiqueCategoryLabel(di::ThematiqueCategory(c.value))) +
                         " : " + std::string(c.label));
  }
  return out;
}

Choices BarrierChoices() {
  Choices out;
  for (auto t : AllBarrierThemes()) {
    out.emplace_back(std::string(BarrierThemeCode(t)), std::string(BarrierThemeLabel(t)));
  }
  return out;
}

Choices ObjectiveChoices() {
  Choices out{{"", "Déduit des thématiques"}};
  for (auto o : AllObjectives()) {
    out.emplace_back(std::string(ObjectiveCode(o)), std::string(ObjectiveLabel(o)));
  }
  return out;
}

Choices OarsaChoices() {
  Choices out{{"", "Choisir…"}};
  for (int i = 1; i <= kOarsaActionTypeCount; ++i) {
    out.emplace_back(std::to_string(i), std::to_string(i) + " — " +
                                            std::string(OarsaActionTypeLabel(i)));
  }
  return out;
}

Choices WithBlank(Choices c) {
  c.insert(c.begin(), {"", "Non renseigné"});
  return c;
}

std::string ErrorOf(const nlohmann::json& errors, const std::string& field) {
  auto it = errors.find(field);
  return it != errors.end() && it->is_string() ? it->get<std::string>() : "";
}

nlohmann::json Base(const std::string& id, const std::string& label, const nlohmann::json& errors,
                    const std::string& hint) {
  std::string error = ErrorOf(errors, id);
  std::string describedby = hint.empty() ? "" : id + "-hint";
  if (!error.empty()) describedby += (describedby.empty() ? "" : " ") + id + "-error";
  // Empty strings are truthy for the template engine: absent keys only.
  nlohmann::json j{{"id", id}, {"label", label}};
  if (!error.empty()) j["error"] = error;
  if (!hint.empty()) j["hint"] = hint;
  if (!describedby.empty()) j["describedby"] = describedby;
  return j;
}

nlohmann::json Area(const std::string& id, const std::string& label, const std::string& value,
                    const nlohmann::json& errors, const std::string& hint = "") {
  auto j = Base(id, label, errors, hint);
  j["value"] = value;
  j["textarea"] = true;
  return j;
}

nlohmann::json Select(const std::string& id, const std::string& label, const Choices& choices,
                      const std::string& selected, const nlohmann::json& errors) {
  auto j = Base(id, label, errors, "");
  nlohmann::json options = nlohmann::json::array();
  for (const auto& [value, text] : choices) {
    options.push_back({{"value", value}, {"label", text}, {"selected", value == selected}});
  }
  j["select"] = true;
  j["options"] = options;
  return j;
}

nlohmann::json Boxes(const std::string& id, const std::string& label, const Choices& choices,
                     const std::vector<std::string>& checked, const nlohmann::json& errors,
                     const std::string& hint = "") {
  auto j = Base(id, label, errors, hint);
  nlohmann::json options = nlohmann::json::array();
  int index = 0;
  for (const auto& [value, text] : choices) {
    bool on = std::find(checked.begin(), checked.end(), value) != checked.end();
    options.push_back(
        {{"value", value}, {"label", text}, {"selected", on}, {"index", index++}});
  }
  j["checkboxes"] = true;
  j["options"] = options;
  return j;
}

std::string IntText(const std::optional<std::int64_t>& v) {
  return v && *v != kUnreadableInt ? std::to_string(*v) : "";
}

std::string CentsText(const std::optional<std::int64_t>& v) {
  if (!v || *v == kUnreadableInt) return "";
  std::string units = std::to_string(*v / 100);
  std::string cents = std::to_string(*v % 100);
  return *v % 100 == 0 ? units : units + "," + (cents.size() < 2 ? "0" : "") + cents;
}

Choices IdTexts(const IdChoices& ids) {
  Choices out;
  for (const auto& [id, name] : ids) out.emplace_back(std::to_string(id), name);
  return out;
}

std::vector<std::string> IdStrings(const std::vector<std::int64_t>& ids) {
  std::vector<std::string> out;
  for (auto id : ids) out.push_back(std::to_string(id));
  return out;
}

// Posted ids; an unreadable one becomes 0 so that the domain names the field.
std::vector<std::int64_t> PostedIds(const std::vector<std::string>& texts) {
  std::vector<std::int64_t> out;
  for (const auto& t : texts) {
    auto id = FormInt(t);
    if (!id) continue;
    out.push_back(*id == kUnreadableInt ? 0 : *id);
  }
  return out;
}

// The communes, then every other zone code of the action (label: the code itself).
Choices ZoneChoices(const Choices& communes, const std::vector<std::string>& zone) {
  Choices out = communes;
  for (const auto& code : zone) {
    bool known = std::any_of(communes.begin(), communes.end(),
                             [&code](const auto& c) { return c.first == code; });
    if (!known) out.emplace_back(code, code == "france" ? "France entière" : "Zone " + code);
  }
  return out;
}

nlohmann::json Group(const std::string& legend, nlohmann::json fields) {
  return {{"legend", legend}, {"fields", std::move(fields)}};
}

nlohmann::json DescriptionGroup(const ActionFields& f, const nlohmann::json& e) {
  return Group("Description",
               {TextField("name", "Nom de l'action (obligatoire)", f.name, e),
                Area("description", "Description", f.description, e,
                     "Ce que la personne y fait, pour qui, avec quel objectif (200 caractères au "
                     "moins pour une bonne note de qualité)."),
                Select("objective", "Objectif du PDI-RE", ObjectiveChoices(), f.objective, e),
                Select("action_type", "Type d'action OARSA", OarsaChoices(), IntText(f.action_type),
                       e),
                Select("service_type", "Type de service (data·inclusion)",
                       WithBlank(DiChoices(di::TypesDeServices())), f.service_type, e),
                Boxes("thematiques", "Thématiques", ThematiqueChoices(), f.thematiques, e),
                Boxes("barriers", "Freins levés", BarrierChoices(), f.barriers, e),
                Boxes("publics", "Publics", DiChoices(di::Publics()), f.publics, e),
                Area("publics_precisions", "Précisions sur les publics", f.publics_precisions, e),
                Area("conditions_acces", "Conditions d'accès", f.conditions_acces, e)});
}

nlohmann::json PlaceGroup(const ActionFields& f, const nlohmann::json& e) {
  return Group(
      "Lieu et accueil",
      {Boxes("modes_accueil", "Modes d'accueil", DiChoices(di::ModesAccueil()), f.modes_accueil, e),
       TextField("adresse", "Adresse", f.adresse, e),
       TextField("complement_adresse", "Complément d'adresse", f.complement_adresse, e),
       TextField("commune_code", "Code INSEE de la commune", f.commune_code, e,
                 "Cinq caractères, par exemple 92050 pour Nanterre."),
       TextField("code_postal", "Code postal", f.code_postal, e),
       TextField("horaires_accueil", "Horaires d'accueil", f.horaires_accueil, e,
                 "Syntaxe OpenStreetMap, par exemple Mo-Fr 09:00-12:00.")});
}

nlohmann::json ZoneGroup(const ActionFields& f, const nlohmann::json& e,
                         const ActionFormChoices& c) {
  auto g = Group("Zone d'éligibilité",
                 {Boxes("zone_territories", "Territoires", IdTexts(c.territories),
                        IdStrings(f.zone_territories), e),
                  Boxes("zone_eligibilite", "Communes", ZoneChoices(c.communes, f.zone_eligibilite),
                        f.zone_eligibilite, e)});
  g["group_hint"] = "Rien de coché : tout le département.";
  g["group_hint_id"] = "zone-hint";
  return g;
}

nlohmann::json ContactGroup(const ActionFields& f, const nlohmann::json& e) {
  return Group(
      "Contact et mobilisation",
      {TextField("telephone", "Téléphone", f.telephone, e),
       TextField("courriel", "Courriel", f.courriel, e),
       TextField("contact_nom_prenom", "Personne à contacter", f.contact_nom_prenom, e),
       Boxes("modes_mobilisation", "Modes de mobilisation", DiChoices(di::ModesMobilisation()),
             f.modes_mobilisation, e),
       Boxes("mobilisable_par", "Qui peut mobiliser l'action",
             DiChoices(di::PersonnesMobilisatrices()), f.mobilisable_par, e),
       TextField("lien_mobilisation", "Lien de mobilisation", f.lien_mobilisation, e),
       Area("mobilisation_precisions", "Précisions sur la mobilisation",
            f.mobilisation_precisions, e),
       TextField("lien_source", "Page de l'action sur le site de l'opérateur", f.lien_source, e)});
}

nlohmann::json VolumeGroup(const ActionFields& f, const nlohmann::json& e,
                           const ActionFormChoices& c) {
  auto esf = Boxes("esf_cofunded", "Cofinancement", {{"1", "Cofinancée par le FSE+"}},
                   f.esf_cofunded ? std::vector<std::string>{"1"} : std::vector<std::string>{},
                   e);
  return Group(
      "Volume, frais et financement",
      {TextField("weekly_hours", "Heures par semaine", NumberText(f.weekly_hours), e,
                 "Par exemple 12 ou 17,5."),
       TextField("weeks", "Nombre de semaines", IntText(f.weeks), e),
       TextField("capacity", "Capacité (places simultanées, sans session)", IntText(f.capacity),
                 e),
       Select("frais", "Frais", WithBlank(DiChoices(di::Frais())), f.frais, e),
       TextField("frais_precisions", "Précisions sur les frais", f.frais_precisions, e),
       TextField("programme_year", "Année du programme (PDI)", IntText(f.programme_year), e),
       TextField("funding_amount_cents", "Financement (en euros)",
                 CentsText(f.funding_amount_cents), e, "Par exemple 12500 ou 12500,50."),
       TextField("convention_number", "Numéro de convention", f.convention_number, e), esf,
       Boxes("funders", "Financeurs", IdTexts(c.institutions), IdStrings(f.funders), e,
             "Les institutions qui financent l'action.")});
}

}  // namespace

std::optional<std::int64_t> FormInt(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  std::string t = Trim(*text);
  if (t.empty()) return std::nullopt;
  char* end = nullptr;
  long long v = std::strtoll(t.c_str(), &end, 10);
  if (end == t.c_str() || *end != '\0') return kUnreadableInt;
  return v;
}

std::optional<std::int64_t> FormCents(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  std::string t;
  for (char c : *text) {
    if (c != ' ') t += c;
  }
  auto euros = FormDouble(t);
  if (!euros) return std::nullopt;
  if (!std::isfinite(*euros) || std::abs(*euros) > 1e12) return kUnreadableInt;
  return static_cast<std::int64_t>(std::llround(*euros * 100));
}

std::string NumberText(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return "";
  std::ostringstream out;
  out << *v;
  std::string s = out.str();
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

nlohmann::json TextField(const std::string& id, const std::string& label,
                         const std::string& value, const nlohmann::json& errors,
                         const std::string& hint) {
  auto j = Base(id, label, errors, hint);
  j["value"] = value;
  return j;
}

nlohmann::json DateField(const std::string& id, const std::string& label,
                         const std::string& value, const nlohmann::json& errors,
                         const std::string& hint) {
  auto j = TextField(id, label, value, errors, hint);
  j["date_input"] = true;
  return j;
}

nlohmann::json CheckboxField(const std::string& id, const std::string& label,
                             const std::vector<std::pair<std::string, std::string>>& choices,
                             const std::vector<std::string>& checked,
                             const nlohmann::json& errors, const std::string& hint) {
  return Boxes(id, label, choices, checked, errors, hint);
}

void ApplyActionForm(const Params& form, ActionFields& f) {
  for (auto [member, key] :
       std::initializer_list<std::pair<std::string ActionFields::*, const char*>>{
           {&ActionFields::name, "name"},
           {&ActionFields::description, "description"},
           {&ActionFields::objective, "objective"},
           {&ActionFields::service_type, "service_type"},
           {&ActionFields::publics_precisions, "publics_precisions"},
           {&ActionFields::conditions_acces, "conditions_acces"},
           {&ActionFields::adresse, "adresse"},
           {&ActionFields::complement_adresse, "complement_adresse"},
           {&ActionFields::commune_code, "commune_code"},
           {&ActionFields::code_postal, "code_postal"},
           {&ActionFields::horaires_accueil, "horaires_accueil"},
           {&ActionFields::telephone, "telephone"},
           {&ActionFields::courriel, "courriel"},
           {&ActionFields::contact_nom_prenom, "contact_nom_prenom"},
           {&ActionFields::lien_mobilisation, "lien_mobilisation"},
           {&ActionFields::mobilisation_precisions, "mobilisation_precisions"},
           {&ActionFields::lien_source, "lien_source"},
           {&ActionFields::frais, "frais"},
           {&ActionFields::frais_precisions, "frais_precisions"},
           {&ActionFields::convention_number, "convention_number"}}) {
    f.*member = Get(form, key);
  }
  for (auto [member, key] :
       std::initializer_list<std::pair<std::vector<std::string> ActionFields::*, const char*>>{
           {&ActionFields::thematiques, "thematiques"},
           {&ActionFields::barriers, "barriers"},
           {&ActionFields::publics, "publics"},
           {&ActionFields::modes_accueil, "modes_accueil"},
           {&ActionFields::modes_mobilisation, "modes_mobilisation"},
           {&ActionFields::mobilisable_par, "mobilisable_par"}}) {
    f.*member = AllOf(form, key);
  }
  f.zone_eligibilite = AllOf(form, "zone_eligibilite");
  f.zone_territories = PostedIds(AllOf(form, "zone_territories"));
  f.funders = PostedIds(AllOf(form, "funders"));
  f.action_type = FormInt(First(form, "action_type"));
  f.weekly_hours = FormDouble(First(form, "weekly_hours"));
  f.weeks = FormInt(First(form, "weeks"));
  f.capacity = FormInt(First(form, "capacity"));
  f.programme_year = FormInt(First(form, "programme_year"));
  f.funding_amount_cents = FormCents(First(form, "funding_amount_cents"));
  f.esf_cofunded = First(form, "esf_cofunded").has_value();
}

std::optional<std::int64_t> PostedStructure(const Params& form) {
  auto id = FormInt(First(form, "structure_id"));
  if (id && *id > 0) return id;
  return std::nullopt;
}

nlohmann::json ActionFormJson(const ActionFields& f, const Error* error,
                              const ActionFormChoices& c,
                              std::optional<std::int64_t> structure_id) {
  nlohmann::json e = error ? FieldErrorsJson(*error) : nlohmann::json::object();
  nlohmann::json groups = nlohmann::json::array();
  if (!c.structures.empty()) {
    Choices choices{{"", "Choisir…"}};
    for (const auto& [id, name] : c.structures) choices.emplace_back(std::to_string(id), name);
    groups.push_back(Group("Opérateur", {Select("structure_id", "Structure qui met en œuvre "
                                                                "l'action (obligatoire)",
                                                choices,
                                                structure_id ? std::to_string(*structure_id) : "",
                                                e)}));
  }
  groups.push_back(DescriptionGroup(f, e));
  groups.push_back(PlaceGroup(f, e));
  groups.push_back(ZoneGroup(f, e, c));
  groups.push_back(ContactGroup(f, e));
  groups.push_back(VolumeGroup(f, e, c));
  nlohmann::json out{{"groups", groups}};
  if (error) out["summary"] = error->message;
  return out;
}

}  // namespace pacte::web
