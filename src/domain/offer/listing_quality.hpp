#pragma once
// The national data·inclusion quality score of a service (codes.md §4), from the few facts
// a catalogue listing holds, for the badge of the search results. The catalogue's own fiche
// lists what to fix; this is the score only.

#include <optional>
#include <string>
#include <vector>

#include "domain/common/time.hpp"

namespace pacte {

struct ListingFacts {
  bool on_site = false;               // mode d'accueil en-presentiel
  bool has_address = false;
  bool has_phone = false;
  bool has_email = false;
  std::vector<std::string> modes_mobilisation;  // telephoner, envoyer-un-courriel…
  bool has_mobilisable_par = false;
  std::optional<Date> date_maj;
  bool has_thematique = false;
  bool has_public = false;
  long long description_length = 0;   // characters
  std::string frais;                  // "", gratuit, payant
  bool has_frais_precisions = false;
};

// Mean of the applicable criteria, in [0, 1]: address when on site, phone when mobilised by
// phone, e-mail when mobilised by e-mail, mobilisation modes and mobilisable_par (0.5 for
// one), date_maj under 6 months (linear down to 0 at 2 years), a thematique, a public, a
// contact means, the description length (<50: 0; 50–199: 0.5; 200–1999: 1; 2000+: 0.5),
// fees defined (payant without précisions: 0.5).
double ListingQualityScore(const ListingFacts& facts, Date today);

// "bonne" (≥ 0.8), "moyenne" (≥ 0.5) or "faible", and its French label.
const char* ListingQualityLevel(double score);
const char* ListingQualityLabel(double score);

}  // namespace pacte
