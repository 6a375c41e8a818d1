#include "domain/offer/action.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <regex>
#include <set>

#include "domain/beneficiary/barriers.hpp"
#include "domain/common/text.hpp"
#include "domain/offer/di_codes.hpp"
#include "domain/offer/objective.hpp"
#include "domain/parcours/code_list.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte {
namespace {

constexpr std::array<CodeLabel<ActionStatus>, 3> kStatuses{{
    {ActionStatus::kBrouillon, "brouillon", "Brouillon"},
    {ActionStatus::kPubliee, "publiee", "Publiée"},
    {ActionStatus::kArchivee, "archivee", "Archivée"},
}};

std::string Plural(std::size_t n) { return std::to_string(n) + " caractères"; }

void CheckLength(const std::string& text, std::size_t max, const std::string& field,
                 Validation& errors) {
  if (CharacterCount(text) > max) {
    errors.Add(field, "Ce texte ne doit pas dépasser " + Plural(max) + ".");
  }
}

template <class T>
void Dedupe(std::vector<T>& list) {
  std::vector<T> out;
  for (auto& v : list) {
    if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
  }
  list = std::move(out);
}

void TrimAll(std::vector<std::string>& list) {
  for (auto& v : list) v = Trim(v);
  std::erase_if(list, [](const std::string& v) { return v.empty(); });
  Dedupe(list);
}

void CheckCodes(const std::vector<std::string>& codes, const std::vector<di::DiCode>& known,
                const std::string& field, Validation& errors) {
  for (const auto& c : codes) {
    if (!di::IsCodeOf(known, c)) {
      errors.Add(field, "Code inconnu de la nomenclature data·inclusion : « " + c + " ».");
      return;
    }
  }
}

void CheckCode(const std::string& code, const std::vector<di::DiCode>& known,
               const std::string& field, Validation& errors) {
  if (!code.empty() && !di::IsCodeOf(known, code)) {
    errors.Add(field, "Code inconnu de la nomenclature data·inclusion : « " + code + " ».");
  }
}

bool Matches(const std::string& text, const std::regex& re) { return std::regex_match(text, re); }

void CheckContacts(const ActionFields& f, Validation& errors) {
  static const std::regex email(R"([^@\s]+@[^@\s]+\.[^@\s]+)");
  static const std::regex phone(R"(\+?[0-9 .()\-]+)");
  if (!f.courriel.empty() && !Matches(f.courriel, email)) {
    errors.Add("courriel", "Adresse électronique invalide (exemple : accueil@structure.fr).");
  }
  auto digits = std::count_if(f.telephone.begin(), f.telephone.end(),
                              [](unsigned char c) { return std::isdigit(c) != 0; });
  if (!f.telephone.empty() && (!Matches(f.telephone, phone) || digits < 10)) {
    errors.Add("telephone", "Numéro de téléphone invalide (exemple : 01 47 29 30 31).");
  }
  for (auto [value, field] : {std::pair{&f.lien_source, "lien_source"},
                              std::pair{&f.lien_mobilisation, "lien_mobilisation"}}) {
    if (!value->empty() && value->rfind("https://", 0) != 0 && value->rfind("http://", 0) != 0) {
      errors.Add(field, "Le lien doit commencer par https:// ou http://.");
    }
  }
}

void CheckPlace(const ActionFields& f, Validation& errors) {
  static const std::regex commune(R"((\d[0-9AB]|2[AB])\d{3})");
  static const std::regex postal(R"(\d{5})");
  if (!f.commune_code.empty() && !Matches(f.commune_code, commune)) {
    errors.Add("commune_code", "Code INSEE de commune invalide (5 caractères, exemple : 92050).");
  }
  if (!f.code_postal.empty() && !Matches(f.code_postal, postal)) {
    errors.Add("code_postal", "Code postal invalide (5 chiffres).");
  }
  if (f.latitude && !(std::isfinite(*f.latitude) && std::abs(*f.latitude) <= 90)) {
    errors.Add("latitude", "La latitude est comprise entre -90 et 90.");
  }
  if (f.longitude && !(std::isfinite(*f.longitude) && std::abs(*f.longitude) <= 180)) {
    errors.Add("longitude", "La longitude est comprise entre -180 et 180.");
  }
}

void CheckInt(const std::optional<std::int64_t>& v, std::int64_t min, std::int64_t max,
              const std::string& field, const std::string& message, Validation& errors) {
  if (!v) return;
  if (*v == kUnreadableInt) {
    errors.Add(field, "Nombre entier invalide.");
  } else if (*v < min || *v > max) {
    errors.Add(field, message);
  }
}

void CheckNumbers(const ActionFields& f, Validation& errors) {
  if (f.weekly_hours && !(std::isfinite(*f.weekly_hours) && *f.weekly_hours > 0 &&
                          *f.weekly_hours <= 60)) {
    errors.Add("weekly_hours", "Le volume horaire hebdomadaire est compris entre 0 et 60 heures "
                               "(exemple : 12 ou 17,5).");
  }
  CheckInt(f.weeks, 1, 260, "weeks", "Le nombre de semaines est compris entre 1 et 260.", errors);
  CheckInt(f.capacity, 0, 100000, "capacity", "La capacité est un nombre de places positif.",
           errors);
  CheckInt(f.programme_year, 2000, 2100, "programme_year",
           "L'année de programme est comprise entre 2000 et 2100.", errors);
  CheckInt(f.funding_amount_cents, 0, 100000000000, "funding_amount_cents",
           "Le montant du financement ne peut pas être négatif.", errors);
  CheckInt(f.action_type, 1, 15, "action_type",
           "Type d'action OARSA inconnu : choisissez un type de 1 à 15.", errors);
}

void CheckLists(const ActionFields& f, Validation& errors) {
  CheckCodes(f.thematiques, di::Thematiques(), "thematiques", errors);
  CheckCodes(f.publics, di::Publics(), "publics", errors);
  if (f.publics.size() > 1 &&
      std::find(f.publics.begin(), f.publics.end(), "tous-publics") != f.publics.end()) {
    errors.Add("publics", "« Tous publics » ne se combine pas avec d'autres publics.");
  }
  CheckCodes(f.modes_accueil, di::ModesAccueil(), "modes_accueil", errors);
  CheckCodes(f.modes_mobilisation, di::ModesMobilisation(), "modes_mobilisation", errors);
  CheckCodes(f.mobilisable_par, di::PersonnesMobilisatrices(), "mobilisable_par", errors);
  for (const auto& b : f.barriers) {
    if (!ParseBarrierTheme(b)) {
      errors.Add("barriers", "Thème de frein inconnu : « " + b + " ».");
      break;
    }
  }
  for (const auto& z : f.zone_eligibilite) {
    if (!IsZoneCode(z)) {
      errors.Add("zone_eligibilite", "Zone d'éligibilité invalide : « " + z +
                                         " » (code INSEE de commune, de département, SIREN "
                                         "d'EPCI ou « france »).");
      break;
    }
  }
  for (auto id : f.funders) {
    if (id <= 0) errors.Add("funders", "Financeur inconnu.");
  }
  for (auto id : f.zone_territories) {
    if (id <= 0) errors.Add("zone_territories", "Territoire inconnu.");
  }
}

void CheckTexts(const ActionFields& f, Validation& errors) {
  auto name = CharacterCount(f.name);
  if (name == 0) {
    errors.Add("name", "Le nom de l'action est obligatoire.");
  } else if (name < kActionNameMin || name > kActionNameMax) {
    errors.Add("name", "Le nom compte entre 3 et 150 caractères.");
  }
  auto description = CharacterCount(f.description);
  if (description > 0 && description < kActionDescriptionMin) {
    errors.Add("description", "La description compte au moins 5 caractères.");
  }
  CheckLength(f.description, kActionDescriptionMax, "description", errors);
  if (!f.objective.empty() && !ParseObjective(f.objective)) {
    errors.Add("objective", "Objectif inconnu : choisissez l'un des six objectifs du PDI-RE.");
  }
  CheckCode(f.service_type, di::TypesDeServices(), "service_type", errors);
  CheckCode(f.frais, di::Frais(), "frais", errors);
  for (auto [value, field] : {std::pair{&f.frais_precisions, "frais_precisions"},
                              {&f.publics_precisions, "publics_precisions"},
                              {&f.conditions_acces, "conditions_acces"},
                              {&f.adresse, "adresse"},
                              {&f.complement_adresse, "complement_adresse"},
                              {&f.contact_nom_prenom, "contact_nom_prenom"},
                              {&f.mobilisation_precisions, "mobilisation_precisions"},
                              {&f.horaires_accueil, "horaires_accueil"},
                              {&f.convention_number, "convention_number"}}) {
    CheckLength(*value, kActionTextMax, field, errors);
  }
}

}  // namespace

std::string_view ActionStatusCode(ActionStatus s) { return EntryOf(kStatuses, s).code; }
std::string_view ActionStatusLabel(ActionStatus s) { return EntryOf(kStatuses, s).label; }
std::optional<ActionStatus> ParseActionStatus(std::string_view code) {
  return ValueOf(kStatuses, code);
}

Result<ActionStatus> ChangeActionStatus(ActionStatus from, ActionStatus to) {
  if (to == ActionStatus::kBrouillon) {
    return Fail(Error::Conflict("action.transition",
                                "Une action ne redevient pas brouillon : archivez-la ou "
                                "modifiez-la directement."));
  }
  if (from == to) {
    return Fail(Error::Conflict("action.transition",
                                to == ActionStatus::kPubliee
                                    ? "Cette action est déjà publiée."
                                    : "Cette action est déjà archivée."));
  }
  return to;
}

void NormaliseAndValidateAction(ActionFields& f, Validation& errors) {
  for (std::string* s :
       {&f.name, &f.description, &f.objective, &f.service_type, &f.frais, &f.frais_precisions,
        &f.publics_precisions, &f.conditions_acces, &f.adresse, &f.complement_adresse,
        &f.commune_code, &f.code_postal, &f.telephone, &f.courriel, &f.contact_nom_prenom,
        &f.lien_source, &f.lien_mobilisation, &f.mobilisation_precisions, &f.horaires_accueil,
        &f.convention_number}) {
    *s = Trim(*s);
  }
  for (auto* list : {&f.thematiques, &f.publics, &f.modes_accueil, &f.modes_mobilisation,
                     &f.mobilisable_par, &f.barriers, &f.zone_eligibilite}) {
    TrimAll(*list);
  }
  Dedupe(f.funders);
  Dedupe(f.zone_territories);
  CheckTexts(f, errors);
  CheckContacts(f, errors);
  CheckPlace(f, errors);
  CheckNumbers(f, errors);
  CheckLists(f, errors);
}

void CheckPublishable(const ActionFields& f, Validation& errors) {
  if (CharacterCount(f.description) < kActionDescriptionMin) {
    errors.Add("description", "Décrivez l'action avant de la publier (5 caractères au moins).");
  }
  if (f.objective.empty()) {
    errors.Add("objective", "Choisissez l'objectif du PDI-RE avant de publier.");
  }
  if (f.telephone.empty() && f.courriel.empty()) {
    errors.Add("telephone",
               "Indiquez un téléphone ou un courriel de contact avant de publier : c'est ainsi "
               "que les référents joignent l'opérateur.");
  }
  if (f.modes_mobilisation.empty()) {
    errors.Add("modes_mobilisation",
               "Indiquez comment mobiliser l'action (téléphoner, envoyer un courriel…) avant "
               "de publier.");
  }
  bool on_site = std::find(f.modes_accueil.begin(), f.modes_accueil.end(), "en-presentiel") !=
                 f.modes_accueil.end();
  if (on_site && f.adresse.empty()) {
    errors.Add("adresse", "Une action en présentiel se publie avec son adresse.");
  }
  if (on_site && f.commune_code.empty()) {
    errors.Add("commune_code", "Une action en présentiel se publie avec sa commune.");
  }
}

bool IsStaleAction(Date date_maj, Date today) { return AddMonths(date_maj, 6) < today; }

bool IsZoneCode(std::string_view code) {
  static const std::regex commune(R"((\d[0-9AB]|2[AB])\d{3})");
  static const std::regex departement(R"(\d{2}|2[AB]|97\d)");
  static const std::regex epci(R"(\d{9})");
  std::string c(code);
  return c == "france" || std::regex_match(c, commune) || std::regex_match(c, departement) ||
         std::regex_match(c, epci);
}

std::string_view ZoneListOf(std::string_view code) {
  if (code == "france") return "zone_france";
  if (code.size() == 5) return "zone_commune";
  if (code.size() == 9) return "zone_epci";
  return "zone_departement";
}

}  // namespace pacte
