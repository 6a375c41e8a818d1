#pragma once
// The national data·inclusion quality score of a service (codes.md §4): the mean, over the
// applicable criteria, of a value in [0, 1] per criterion, with what to fix for each criterion
// below 1.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/time.hpp"
#include "domain/offer/action.hpp"

namespace pacte {

struct QualityCriterion {
  std::string_view code;   // "adresse", "telephone", "courriel", "mobilisation", "date_maj",
                           // "thematiques", "publics", "contact", "description", "frais"
  std::string_view label;  // French name of the criterion
  double value = 0;        // in [0, 1]
  std::string fix;         // French "what to fix"; empty when value is 1
};

struct QualityScore {
  double score = 0;                        // mean of the applicable criteria, in [0, 1]
  std::vector<QualityCriterion> criteria;  // the applicable ones, in the order above
  // The fixes of the criteria below 1, in order.
  std::vector<std::string> ToFix() const;
};

// What the score looks at: the facts of an action, from its full fields (fiche, editing) or
// from a search listing.
struct QualityFacts {
  bool on_site = false;            // mode d'accueil en-presentiel
  bool has_address = false;        // adresse and commune
  bool has_phone = false;
  bool has_email = false;
  bool has_mobilisation_link = false;
  std::vector<std::string> modes_mobilisation;
  bool has_mobilisable_par = false;
  std::optional<Date> date_maj;    // none: stale
  bool has_thematique = false;
  bool has_public = false;
  std::size_t description_length = 0;  // characters
  std::string frais;               // "", gratuit, payant
  bool has_frais_precisions = false;
};

// Applicable criteria: address (adresse and commune) when en-presentiel; telephone when
// mobilised by telephoning; courriel when mobilised by e-mail; always: mobilisation modes and
// mobilisable_par (1 both, 0.5 one, 0 none); date_maj (1 under 6 months, then linear down to
// 0 at 2 years); at least one thematique; at least one public; a contact means (telephone,
// courriel or lien_mobilisation); description length in characters (< 50: 0; 50–199: 0.5;
// 200–1999: 1; 2000+: 0.5); fees (defined: 1; payant without précisions: 0.5; absent: 0).
QualityScore ComputeQualityScore(const QualityFacts& f, Date today);
QualityScore ComputeQualityScore(const ActionFields& f, Date date_maj, Date today);

// "bonne" (≥ 0.8), "moyenne" (≥ 0.5) or "faible", and its French label ("Qualité bonne"…).
const char* QualityLevel(double score);
const char* QualityLabel(double score);

}  // namespace pacte
