#include "domain/offer/action_session.hpp"

#include <algorithm>
#include <cmath>
#include <regex>

#include "domain/common/text.hpp"
#include "domain/offer/action.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte {
namespace {

void CheckDates(const SessionInput& in, Date today, bool is_new, SessionFields& out,
                Validation& errors) {
  auto starts = RequiredDate(Trim(in.starts_on), "starts_on", errors);
  auto ends = RequiredDate(Trim(in.ends_on), "ends_on", errors);
  if (starts) out.starts_on = *starts;
  if (ends) out.ends_on = *ends;
  if (starts && ends && *ends < *starts) {
    errors.Add("ends_on", "La session ne peut pas finir avant de commencer (" +
                              FormatFrenchDate(*starts) + ").");
  }
  if (starts && is_new && *starts < today) {
    errors.Add("starts_on", "Une session ne peut pas être créée dans le passé : elle commence au "
                            "plus tôt aujourd'hui (" + FormatFrenchDate(today) + ").");
  }
}

void CheckPlaces(const SessionInput& in, std::int64_t taken, SessionFields& out,
                 Validation& errors) {
  if (!in.places) {
    errors.Add("places", "Le nombre de places est obligatoire.");
  } else if (*in.places == kUnreadableInt) {
    errors.Add("places", "Nombre entier invalide.");
  } else if (*in.places < 0 || *in.places > 100000) {
    errors.Add("places", "Le nombre de places ne peut pas être négatif.");
  } else if (*in.places < taken) {
    errors.Add("places", "La session compte déjà " + std::to_string(taken) +
                             " place(s) prise(s) : le nombre de places ne peut pas être "
                             "inférieur.");
  } else {
    out.places = *in.places;
  }
}

void CheckHours(const SessionInput& in, SessionFields& out, Validation& errors) {
  if (in.weekly_hours && !(std::isfinite(*in.weekly_hours) && *in.weekly_hours > 0 &&
                           *in.weekly_hours <= 60)) {
    errors.Add("weekly_hours", "Le volume horaire hebdomadaire est compris entre 0 et 60 heures.");
  }
  out.weekly_hours = in.weekly_hours;
  if (in.weeks && (*in.weeks == kUnreadableInt || *in.weeks < 1 || *in.weeks > 260)) {
    errors.Add("weeks", "Le nombre de semaines est compris entre 1 et 260.");
  }
  out.weeks = in.weeks;
  if (!out.weeks && out.ends_on >= out.starts_on) {
    out.weeks = ((out.ends_on - out.starts_on).count() + 7) / 7;
  }
}

}  // namespace

SessionFields ValidateSession(const SessionInput& in, Date today, bool is_new,
                              std::int64_t places_taken, Validation& errors) {
  SessionFields out;
  CheckDates(in, today, is_new, out, errors);
  CheckPlaces(in, places_taken, out, errors);
  CheckHours(in, out, errors);
  out.label = OptionalText(in.label, 200, "label", errors).value_or("");
  out.schedule = OptionalText(in.schedule, kActionTextMax, "schedule", errors).value_or("");
  out.place = OptionalText(in.place, kActionTextMax, "place", errors).value_or("");
  out.commune_code = Trim(in.commune_code);
  static const std::regex commune(R"(\d[0-9AB]\d{3})");
  if (!out.commune_code.empty() && !std::regex_match(out.commune_code, commune)) {
    errors.Add("commune_code", "Code INSEE de commune invalide (5 caractères, exemple : 92050).");
  }
  return out;
}

std::int64_t FreePlaces(std::int64_t places, std::int64_t taken) {
  return std::max<std::int64_t>(0, places - taken);
}

std::optional<double> FillRate(std::int64_t places, std::int64_t taken) {
  if (places <= 0) return std::nullopt;
  return std::min(1.0, static_cast<double>(taken) / static_cast<double>(places));
}

std::optional<double> TotalHours(const std::optional<double>& weekly_hours,
                                 const std::optional<std::int64_t>& weeks) {
  if (!weekly_hours || !weeks) return std::nullopt;
  return *weekly_hours * static_cast<double>(*weeks);
}

}  // namespace pacte
