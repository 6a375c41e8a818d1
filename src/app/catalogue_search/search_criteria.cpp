// Reading the typed search parameters into validated filters (ReadActionSearch).

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

#include "app/catalogue_search/search_actions.hpp"
#include "domain/common/text.hpp"
#include "domain/offer/di_codes.hpp"
#include "domain/offer/objective.hpp"

namespace pacte::app {
namespace {

constexpr std::size_t kMaxWords = 10;
constexpr std::size_t kMaxQueryLength = 200;
constexpr double kMaxRadiusKm = 200;
constexpr double kMaxWeeklyHours = 168;

std::optional<double> ParseNumber(const std::string& text) {
  std::string t = Trim(text);
  for (char& c : t) {
    if (c == ',') c = '.';  // French decimal comma
  }
  double value = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (ec != std::errc() || end != t.data() + t.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::vector<std::string> WordsOf(const std::string& q) {
  std::vector<std::string> words;
  std::istringstream in(SearchKey(q));
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

void ReadWords(const ActionSearchCriteria& c, ActionSearchQuery& out, Validation& errors) {
  if (c.q.size() > kMaxQueryLength) {
    errors.Add("q", "Recherche trop longue : 200 caractères au plus.");
    return;
  }
  out.words = WordsOf(c.q);
  if (out.words.size() > kMaxWords) errors.Add("q", "Recherche trop longue : 10 mots au plus.");
}

void ReadThematique(const std::string& text, ActionSearchQuery& out, Validation& errors) {
  if (text.empty()) return;
  if (di::IsCodeOf(di::Thematiques(), text)) {
    out.thematique = text;
    return;
  }
  for (auto category : di::ThematiqueCategories()) {
    if (category == text) {
      out.thematique_category = text;
      return;
    }
  }
  errors.Add("thematique", "Thématique inconnue : un code data·inclusion (« mobilite--preparer-"
                           "un-permis ») ou une catégorie (« mobilite ») est attendu.");
}

void ReadBarriers(const std::vector<std::string>& codes, ActionSearchQuery& out,
                  Validation& errors) {
  for (const auto& code : codes) {
    auto theme = ParseBarrierTheme(code);
    if (!theme) {
      errors.Add("barrier", "Frein inconnu : « " + code + " » (logement, emploi, formation, "
                            "difficulte_administrative, difficulte_financiere, mobilite, sante, "
                            "contraintes_familiales, maitrise_langue ou numerique).");
      return;
    }
    if (std::find(out.barriers.begin(), out.barriers.end(), code) != out.barriers.end()) continue;
    out.barriers.push_back(code);
    std::vector<std::string> categories;
    for (auto c : CategoriesOfBarrier(*theme)) categories.emplace_back(c);
    out.barrier_categories.push_back(std::move(categories));
  }
}

void ReadCodes(const ActionSearchCriteria& c, ActionSearchQuery& out, Validation& errors) {
  if (!c.objective.empty()) {
    if (ParseObjective(c.objective)) {
      out.objective = c.objective;
    } else {
      errors.Add("objective", "Objectif inconnu : lever_freins_sociaux, se_remobiliser, "
                              "projet_retour_emploi, acceder_qualification, creer_activite ou "
                              "acceder_emploi.");
    }
  }
  ReadThematique(c.thematique, out, errors);
  ReadBarriers(c.barriers, out, errors);
  if (!c.public_code.empty()) {
    if (di::IsCodeOf(di::Publics(), c.public_code)) {
      out.public_code = c.public_code;
    } else {
      errors.Add("public", "Public inconnu : un code data·inclusion est attendu "
                           "(« beneficiaires-des-minimas-sociaux », « tous-publics »…).");
    }
  }
  if (!c.mode.empty()) {
    if (c.mode == "en-presentiel" || c.mode == "a-distance") {
      out.mode = c.mode;
    } else {
      errors.Add("mode", "Mode d'accueil inconnu : en-presentiel ou a-distance.");
    }
  }
}

std::optional<double> ReadHours(const std::string& text, const char* field, Validation& errors) {
  if (Trim(text).empty()) return std::nullopt;
  auto v = ParseNumber(text);
  if (!v || *v < 0 || *v > kMaxWeeklyHours) {
    errors.Add(field, "Nombre d'heures par semaine invalide : un nombre entre 0 et 168 est "
                      "attendu.");
    return std::nullopt;
  }
  return v;
}

std::optional<Date> ReadDate(const std::string& text, const char* field, Validation& errors) {
  if (Trim(text).empty()) return std::nullopt;
  auto d = ParseIsoDate(Trim(text));
  if (!d) errors.Add(field, "Date invalide : AAAA-MM-JJ attendu.");
  return d;
}

void ReadSessions(const ActionSearchCriteria& c, Date today, ActionSearchQuery& out,
                  Validation& errors) {
  const std::string hp = Trim(c.has_places);
  if (hp == "true" || hp == "1" || hp == "on") {
    out.has_places = true;
  } else if (!hp.empty() && hp != "false" && hp != "0") {
    errors.Add("has_places", "Valeur invalide : true ou false.");
  }
  out.from = ReadDate(c.from, "from", errors);
  out.to = ReadDate(c.to, "to", errors);
  if (out.from && out.to && *out.to < *out.from) {
    errors.Add("to", "La fin de la période précède son début.");
  }
  // Places are sought in sessions still to come unless a start is given.
  if (out.has_places && !out.from && !(out.to && *out.to < today)) out.from = today;
}

}  // namespace

Result<ActionSearchQuery> ReadActionSearch(const ActionSearchCriteria& c, Date today) {
  Validation errors;
  ActionSearchQuery out;
  out.today = today;
  ReadWords(c, out, errors);
  ReadCodes(c, out, errors);
  if (!Trim(c.radius_km).empty()) {
    auto r = ParseNumber(c.radius_km);
    if (!r || *r <= 0 || *r > kMaxRadiusKm) {
      errors.Add("radius_km", "Distance invalide : un nombre de kilomètres entre 0 et 200 est "
                              "attendu.");
    } else if (Trim(c.commune).empty()) {
      errors.Add("radius_km", "Une distance se compte depuis une commune : choisissez-la.");
    } else {
      out.radius_km = r;
    }
  }
  out.weekly_hours_min = ReadHours(c.weekly_hours_min, "weekly_hours_min", errors);
  out.weekly_hours_max = ReadHours(c.weekly_hours_max, "weekly_hours_max", errors);
  if (out.weekly_hours_min && out.weekly_hours_max &&
      *out.weekly_hours_max < *out.weekly_hours_min) {
    errors.Add("weekly_hours_max", "Le maximum d'heures par semaine est inférieur au minimum.");
  }
  ReadSessions(c, today, out, errors);
  if (!errors.Ok()) return Fail(errors.ToError("catalogue.search_invalid"));
  return out;
}

}  // namespace pacte::app
