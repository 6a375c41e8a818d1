#include "domain/pact/pact_rules.hpp"

#include <cmath>

#include "domain/common/text.hpp"

namespace pacte {
namespace {

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;
constexpr int kMaxPactYears = 10;

std::size_t Chars(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void RequireText(std::string_view value, std::size_t max, const char* field, const char* what,
                 Validation& v) {
  const std::string trimmed = Trim(value);
  if (trimmed.empty()) {
    v.Add(field, std::string(what) + " est obligatoire.");
  } else if (Chars(trimmed) > max) {
    v.Add(field, std::string(what) + " ne peut dépasser " + std::to_string(max) + " caractères.");
  }
}

std::string PeriodPhrase(YearPeriod p) {
  return "le pacte couvre " + std::to_string(p.start) + " à " + std::to_string(p.end);
}

bool YearInRange(int y) { return y >= kFirstYear && y <= kLastYear; }

}  // namespace

std::string_view PactStatusCode(PactStatus s) {
  switch (s) {
    case PactStatus::kBrouillon: return "brouillon";
    case PactStatus::kAdopte: return "adopte";
    case PactStatus::kClos: return "clos";
  }
  return "brouillon";
}

std::string_view PactStatusLabel(PactStatus s) {
  switch (s) {
    case PactStatus::kBrouillon: return "Brouillon";
    case PactStatus::kAdopte: return "Adopté";
    case PactStatus::kClos: return "Clos";
  }
  return "Brouillon";
}

std::optional<PactStatus> ParsePactStatus(std::string_view code) {
  for (auto s : {PactStatus::kBrouillon, PactStatus::kAdopte, PactStatus::kClos}) {
    if (PactStatusCode(s) == code) return s;
  }
  return std::nullopt;
}

std::string YearPeriod::Text() const { return std::to_string(start) + "-" + std::to_string(end); }

int YearOf(Date d) {
  return static_cast<int>(std::chrono::year_month_day{d}.year());
}

void ValidatePact(const PactFields& f, Validation& v) {
  RequireText(f.name, 200, "name", "Le nom du pacte", v);
  bool years_ok = true;
  if (!YearInRange(f.period.start)) {
    v.Add("period_start", "L'année de début doit être comprise entre 2000 et 2100.");
    years_ok = false;
  }
  if (!YearInRange(f.period.end)) {
    v.Add("period_end", "L'année de fin doit être comprise entre 2000 et 2100.");
    years_ok = false;
  }
  if (years_ok && f.period.end < f.period.start) {
    v.Add("period_end", "L'année de fin ne peut précéder l'année de début.");
  } else if (years_ok && f.period.end - f.period.start + 1 > kMaxPactYears) {
    v.Add("period_end", "Un pacte dure au plus 10 ans.");
  }
  if (f.status != PactStatus::kBrouillon && !f.adopted_on) {
    v.Add("adopted_on", "Un pacte adopté ou clos doit avoir sa date d'adoption.");
  }
}

void ValidateOrientation(std::string_view code, std::string_view label, Validation& v) {
  bool ok = !code.empty() && code.size() <= 60;
  for (char c : code) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (!ok) {
    v.Add("code",
          "Le code doit contenir de 1 à 60 lettres minuscules sans accent, chiffres ou « _ ».");
  }
  RequireText(label, 200, "label", "Le libellé de l'orientation", v);
}

void ValidateObjective(std::string_view title, YearPeriod objective, YearPeriod pact,
                       Validation& v) {
  RequireText(title, 300, "title", "L'intitulé de l'objectif", v);
  if (!pact.Contains(objective.start)) {
    v.Add("period_start", "L'année de début " + std::to_string(objective.start) +
                              " est hors de la période du pacte : " + PeriodPhrase(pact) + ".");
  }
  if (!pact.Contains(objective.end)) {
    v.Add("period_end", "L'année de fin " + std::to_string(objective.end) +
                            " est hors de la période du pacte : " + PeriodPhrase(pact) + ".");
  } else if (objective.end < objective.start) {
    v.Add("period_end", "L'année de fin ne peut précéder l'année de début.");
  }
}

void ValidateIndicator(const IndicatorFields& f, YearPeriod pact, Validation& v) {
  RequireText(f.name, 300, "name", "Le nom de l'indicateur", v);
  if (Chars(f.unit) > 40) v.Add("unit", "L'unité ne peut dépasser 40 caractères.");
  if (f.baseline_value && !std::isfinite(*f.baseline_value)) {
    v.Add("baseline_value", "La valeur de référence doit être un nombre.");
  } else if (f.baseline_value && !f.baseline_on) {
    v.Add("baseline_on", "Indiquez la date de la valeur de référence.");
  }
  if (f.baseline_on && !f.baseline_value) {
    v.Add("baseline_value", "Indiquez la valeur de référence à cette date.");
  }
  if (f.baseline_on && YearOf(*f.baseline_on) > pact.end) {
    v.Add("baseline_on", "La valeur de référence ne peut être postérieure à la fin du pacte (" +
                             std::to_string(pact.end) + ").");
  }
}

void ValidateTarget(int year, double value, YearPeriod pact, Validation& v) {
  if (!pact.Contains(year)) {
    v.Add("year", "Cible refusée : l'année " + std::to_string(year) +
                      " est hors de la période du pacte (" + std::to_string(pact.start) + " à " +
                      std::to_string(pact.end) + ").");
  }
  if (!std::isfinite(value)) v.Add("value", "La cible doit être un nombre.");
}

void ValidateMeasurement(int year, double value, std::string_view comment,
                         std::string_view source, YearPeriod pact, int current_year,
                         Validation& v) {
  if (!pact.Contains(year)) {
    v.Add("year", "Aucune mesure n'est attendue pour l'année " + std::to_string(year) + " : " +
                      PeriodPhrase(pact) + ".");
  } else if (year > current_year) {
    v.Add("year", "L'année " + std::to_string(year) + " n'est pas encore commencée.");
  }
  if (!std::isfinite(value)) v.Add("value", "La valeur mesurée doit être un nombre.");
  if (Chars(comment) > 2000) v.Add("comment", "Le commentaire ne peut dépasser 2000 caractères.");
  if (Chars(source) > 2000) v.Add("source", "La source ne peut dépasser 2000 caractères.");
}

void ValidateComment(std::string_view body, Validation& v) {
  RequireText(body, 5000, "body", "Le message", v);
}

void ValidateCommitmentText(std::string_view text, Validation& v) {
  RequireText(text, 2000, "text", "Le texte de l'engagement", v);
}

}  // namespace pacte
