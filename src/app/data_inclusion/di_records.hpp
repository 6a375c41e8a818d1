#pragma once
// data·inclusion v1 structures and services as pacte stores them (a structure of the
// directory plus its structure_di_details row; an action with its action_codes rows), the
// per-record report of an import, and the département's geography the checks need.

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace pacte::app {

struct DiStructure {
  std::string di_id;  // `<source>--<local id>`
  std::string di_source;
  std::string name;
  std::optional<std::string> description, siret, site_web, lien_source, horaires_accueil,
      accessibilite_lieu, adresse, complement_adresse, code_postal, telephone, courriel;
  std::string commune_code;  // INSEE code, a commune of the département
  std::string commune_name;  // for the export; not compared
  std::optional<double> latitude, longitude;
  std::vector<std::string> reseaux_porteurs;  // sorted
  std::string date_maj;                       // YYYY-MM-DD
};

struct DiService {
  std::string di_id;
  std::string di_source;
  std::string structure_di_id;
  std::string name;
  std::string description;
  std::string date_maj;
  std::optional<std::string> type, frais, frais_precisions, publics_precisions, conditions_acces,
      adresse, complement_adresse, commune_code, commune_name, code_postal, telephone, courriel,
      contact_nom_prenom, lien_source, lien_mobilisation, mobilisation_precisions,
      horaires_accueil;
  std::optional<double> latitude, longitude, volume_horaire_hebdomadaire;
  std::optional<std::int64_t> nombre_semaines;
  // Sorted code lists.
  std::vector<std::string> thematiques, publics, modes_accueil, modes_mobilisation,
      mobilisable_par;
  // zone_eligibilite, split by kind (sorted). For the export, zone_communes also holds the
  // communes of the action's territories, and an action without zone rows gets the
  // département's code in zone_departements.
  std::vector<std::string> zone_communes, zone_departements, zone_epcis;
  bool zone_france = false;
};

// Whether two records hold the same data (coordinates and hours to 1e-6; commune names
// ignored): an import of an identical record changes nothing.
bool SameStructure(const DiStructure& a, const DiStructure& b);
bool SameService(const DiService& a, const DiService& b);

// The communes pacte knows (those of its département(s)).
struct Geography {
  std::set<std::string> departements;  // "92"
  struct Commune {
    std::string name;
    std::string departement;
  };
  std::unordered_map<std::string, Commune> communes;             // by INSEE code
  std::unordered_map<std::string, std::string> commune_of_postal;  // postal code → INSEE
  // Whether `insee` is a commune code of a known département (whether or not it exists).
  bool IsInDepartement(const std::string& insee) const;
};

// One finding about a record: the field ("" for the whole record) and a French message.
struct RecordIssue {
  std::string field;
  std::string message;
};

enum class RecordKind { kUnknown, kStructure, kService };
enum class RecordOutcome { kRejected, kCreated, kUpdated, kUnchanged };

std::string_view RecordKindCode(RecordKind k);        // "", "structure", "service"
std::string_view RecordOutcomeCode(RecordOutcome o);  // rejete, cree, mis_a_jour, inchange
std::string_view RecordOutcomeLabel(RecordOutcome o, bool dry_run);  // French

struct RecordReport {
  std::size_t index = 0;  // 1-based position in the file
  std::size_t line = 0;
  RecordKind kind = RecordKind::kUnknown;
  std::string id;
  bool v0 = false;  // mapped from an older data·inclusion version
  std::vector<RecordIssue> errors;
  std::vector<RecordIssue> warnings;
  RecordOutcome outcome = RecordOutcome::kRejected;
};

// A record after the checks that need no database: its report and, when it has no error,
// what to store.
struct CheckedRecord {
  RecordReport report;
  std::optional<DiStructure> structure;
  std::optional<DiService> service;
};

}  // namespace pacte::app
