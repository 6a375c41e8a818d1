#pragma once
// Port: bulk writes of the demo offer (programmes with their budgets, operators' actions with
// their codes, sessions, years of prescriptions with every transition) with explicit ids, like
// PopulationRepository. Rows refer to each other by their index in the batch; the storage
// assigns the identifiers. Pure storage: the caller produces valid rows (codes of codes.md
// §4–6, statuses consistent with their dates, no session overbooked); nothing is audited.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/common/time.hpp"

namespace pacte::app {

struct OfferBatch {
  struct ProgrammeRow {
    int year = 0;
    std::string name;
    std::optional<Date> adopted_on;
    std::vector<std::pair<std::string, std::int64_t>> budgets;  // objective code, cents
  };
  struct ActionRow {
    std::int64_t structure_id = 0;
    std::optional<std::size_t> programme;  // index in programmes
    std::string status;                    // brouillon | publiee | archivee
    std::string name;
    std::string description;
    std::string objective;
    int action_type = 15;  // OARSA 1–15
    std::string service_type;
    std::string frais = "gratuit";
    std::optional<std::string> frais_precisions;
    std::optional<std::string> publics_precisions;
    std::optional<std::string> conditions_acces;
    std::optional<std::string> adresse;
    std::optional<std::string> complement_adresse;
    std::optional<std::string> commune_code;
    std::optional<std::string> commune_name;
    std::optional<std::string> code_postal;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<std::string> telephone;
    std::optional<std::string> courriel;
    std::optional<std::string> contact_nom_prenom;
    std::optional<std::string> lien_mobilisation;
    std::optional<std::string> mobilisation_precisions;
    std::optional<std::string> horaires_accueil;
    std::optional<double> weekly_hours;
    std::optional<int> weeks;
    std::optional<int> capacity;  // simultaneous participants, for actions without sessions
    std::optional<std::int64_t> funding_amount_cents;
    std::optional<std::string> convention_number;
    bool esf_cofunded = false;
    Date date_maj{};
    Timestamp created_at{};
    std::optional<Timestamp> published_at;
    std::optional<Timestamp> archived_at;
    // action_codes rows: list (thematique, public, mode_accueil, …), code.
    std::vector<std::pair<std::string, std::string>> codes;
  };
  struct SessionRow {
    std::size_t action = 0;  // index in actions
    std::string label;
    Date starts_on{};
    Date ends_on{};
    std::string schedule;
    std::optional<double> weekly_hours;
    std::optional<int> weeks;
    int places = 0;
    std::string place;
    std::optional<std::string> commune_code;
    bool cancelled = false;
    Timestamp created_at{};
  };
  struct EventRow {
    std::string status;  // a prescription status, or 'relance'
    Timestamp at{};
    std::optional<std::int64_t> agent_id;
    std::optional<std::string> reason;
    std::optional<std::string> outcome;
    std::string comment;
  };
  struct PrescriptionRow {
    std::int64_t person_id = 0;
    std::size_t action = 0;              // index in actions (its operator is copied)
    std::optional<std::size_t> session;  // index in sessions
    std::optional<std::int64_t> prescriber_agent_id;
    std::optional<std::int64_t> prescriber_structure_id;
    std::string message;
    std::optional<double> weekly_hours;
    std::optional<int> weeks;
    std::string status;
    std::optional<std::string> reason;
    std::optional<std::string> reason_detail;
    std::optional<std::string> outcome;
    Timestamp prescribed_at{};
    std::optional<Timestamp> answered_at;
    std::optional<Date> entered_on;
    std::optional<Date> exited_on;
    std::optional<Timestamp> reminded_at;
    std::vector<EventRow> events;  // in order, the first one 'en_attente' at prescribed_at
  };

  std::string di_source = "pacte-92";  // actions get di_id `<di_source>--<id>`
  std::vector<ProgrammeRow> programmes;
  std::vector<ActionRow> actions;
  std::vector<SessionRow> sessions;
  std::vector<PrescriptionRow> prescriptions;
};

class OfferPopulationRepository {
 public:
  virtual ~OfferPopulationRepository() = default;
  // Inserts every row of the batch (search_text is SearchKey(name + " " + description));
  // returns the action ids in batch order. Preconditions: structures, agents and persons
  // referred to exist; codes are valid.
  virtual std::vector<std::int64_t> Load(const OfferBatch& batch, Timestamp now) = 0;
};

}  // namespace pacte::app
