#pragma once
// A catalogue action (a data·inclusion v1 service plus pacte's own fields): its editorial
// status, the validation of its fields with French messages per field, what publication
// requires, and the "à mettre à jour" flag. Pure rules: no I/O.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte {

// brouillon → publiee → archivee; an archived action may be published again, a draft may be
// archived without ever being published.
enum class ActionStatus { kBrouillon, kPubliee, kArchivee };

std::string_view ActionStatusCode(ActionStatus s);   // "brouillon", "publiee", "archivee"
std::string_view ActionStatusLabel(ActionStatus s);  // "Brouillon", "Publiée", "Archivée"
std::optional<ActionStatus> ParseActionStatus(std::string_view code);

// The status after asking `to` from `from`: kConflict `action.transition` with a French
// message when the change is not allowed (publiee → publiee, archivee → archivee,
// anything → brouillon).
Result<ActionStatus> ChangeActionStatus(ActionStatus from, ActionStatus to);

inline constexpr std::size_t kActionNameMin = 3;
inline constexpr std::size_t kActionNameMax = 150;
inline constexpr std::size_t kActionDescriptionMin = 5;
inline constexpr std::size_t kActionDescriptionMax = 10000;
inline constexpr std::size_t kActionTextMax = 2000;  // every other free text
// Sentinels the adapters put in a number that could not be read, so that the field is
// reported here ("Nombre invalide").
inline constexpr std::int64_t kUnreadableInt = INT64_MIN;

// The editable fields. Texts are empty when absent; codes are data·inclusion v1 codes
// (domain/offer/di_codes.hpp), the objective one of the six PDI-RE codes, barriers the
// diagnostic barrier themes. Zones: `zone_eligibilite` holds COG codes as data·inclusion
// does (a 5-character commune, a 2–3-character département, a 9-digit EPCI SIREN, or
// "france"), `zone_territories` pacte territory ids; both empty = the whole département.
struct ActionFields {
  std::string name;
  std::string description;
  std::string objective;
  std::optional<std::int64_t> action_type;  // OARSA 1–15
  std::string service_type;                 // data·inclusion `type`
  std::string frais;
  std::string frais_precisions;
  std::string publics_precisions;
  std::string conditions_acces;
  std::string adresse;
  std::string complement_adresse;
  std::string commune_code;  // INSEE code of the place
  std::string code_postal;
  std::optional<double> latitude;
  std::optional<double> longitude;
  std::string telephone;
  std::string courriel;
  std::string contact_nom_prenom;
  std::string lien_source;
  std::string lien_mobilisation;
  std::string mobilisation_precisions;
  std::string horaires_accueil;
  std::optional<double> weekly_hours;  // volume_horaire_hebdomadaire
  std::optional<std::int64_t> weeks;   // nombre_semaines
  std::optional<std::int64_t> capacity;
  std::optional<std::int64_t> programme_year;
  std::optional<std::int64_t> funding_amount_cents;
  std::string convention_number;
  bool esf_cofunded = false;
  std::vector<std::string> thematiques;
  std::vector<std::string> publics;
  std::vector<std::string> modes_accueil;
  std::vector<std::string> modes_mobilisation;
  std::vector<std::string> mobilisable_par;
  std::vector<std::string> barriers;
  std::vector<std::int64_t> funders;  // institution ids
  std::vector<std::string> zone_eligibilite;
  std::vector<std::int64_t> zone_territories;
};

// Trims every text, removes duplicate codes (keeping the first), then checks each field,
// adding one French message per field at fault to `errors` (field names are the member
// names; a list item is reported on its list). Checks: name 3–150 characters; description at
// most 10,000 (and at least 5 when given); other texts at most 2,000; known codes in every
// list (`tous-publics` alone among publics); objective one of the six; action_type 1–15;
// courriel an address, telephone a number of 10 digits or more, links http(s)://; commune
// code 5 characters; postal code 5 digits; latitude/longitude in range; weekly hours in
// (0, 60]; weeks 1–260; capacity and funding not negative; programme year 2000–2100; zones
// well-formed COG codes.
void NormaliseAndValidateAction(ActionFields& f, Validation& errors);

// What publication needs beyond validity, one message per missing field: description
// (5 characters or more), objective, a contact means (telephone or courriel), at least one
// mobilisation mode (modes_mobilisation), and when the action is en-presentiel an address
// (adresse) and a commune (commune_code).
void CheckPublishable(const ActionFields& f, Validation& errors);

// True when `date_maj` is more than 6 months before `today`: flagged "à mettre à jour" for
// its operator.
bool IsStaleAction(Date date_maj, Date today);

// Whether `code` is a well-formed COG code of an eligibility zone (see ActionFields).
bool IsZoneCode(std::string_view code);
// The action_codes list a zone code goes to: "zone_commune", "zone_departement",
// "zone_epci" or "zone_france" (precondition: IsZoneCode(code)).
std::string_view ZoneListOf(std::string_view code);

}  // namespace pacte
