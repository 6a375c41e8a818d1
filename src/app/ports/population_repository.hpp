#pragma once
// Port: loading a whole population of beneficiaries with their parcours history in bulk (the
// demo département, and benchmarks). Rows refer to each other by their index in the batch;
// the storage assigns the identifiers. Pure storage: the caller produces valid rows (domain
// types and codes of the reference documents), nothing is audited here.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/beneficiary/person.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

struct PopulationBatch {
  struct RightsRow {
    std::size_t household = 0;  // index in households
    std::size_t person = 0;     // index in persons
    Date valid_from{};
    std::optional<Date> valid_to;  // exclusive; absent for the current row
    std::string etatdosrsa;
    std::string dd_flag;
    std::optional<std::string> suspension_reason;
    std::optional<std::string> closure_reason;
    // stats::FamilySituation code of the household at that time; nullopt when unknown.
    std::optional<std::string> family_situation;
  };
  struct OrientationRow {
    std::size_t person = 0;
    Date decided_on{};
    std::string decided_by = "pcd";
    std::string parcours;
    std::int64_t structure_id = 0;
    std::optional<std::string> reason;
    std::string criteria_json = "{}";
    std::optional<std::size_t> previous;  // index in orientations
    bool is_reorientation = false;
  };
  struct AssignmentRow {
    std::size_t person = 0;
    std::int64_t agent_id = 0;
    std::int64_t structure_id = 0;
    Date valid_from{};
    std::optional<Date> valid_to;
    std::optional<std::string> end_reason;
  };
  struct ContractRow {
    std::size_t person = 0;
    std::string type;
    std::string status;
    std::optional<Date> signed_on;
    Date starts_on{};
    Date ends_on{};
    std::optional<int> weekly_hours;
    std::optional<std::string> objectives;
    std::int64_t structure_id = 0;
    std::optional<std::int64_t> referent_agent_id;
    std::optional<std::size_t> renews;  // index in contracts
    std::optional<Date> closed_on;
    std::vector<std::pair<std::string, int>> actions;  // label, OARSA action type 1–15
  };
  struct AppointmentRow {
    std::size_t person = 0;
    std::int64_t agent_id = 0;
    std::int64_t structure_id = 0;
    Timestamp starts_at{};
    int duration_minutes = 45;
    std::string mode;
    std::optional<std::string> place;
    std::string motive_code;
    std::string status;
  };
  struct DiagnosticItem {
    std::string theme;
    std::optional<std::string> situation_code;
    std::string impact;
  };
  struct DiagnosticRow {
    std::size_t person = 0;
    Date made_on{};
    std::int64_t agent_id = 0;
    std::int64_t structure_id = 0;
    std::optional<bool> driving_licence;
    std::optional<bool> vehicle;
    std::optional<std::string> qualification_level;
    std::optional<std::string> rome_code;
    std::vector<DiagnosticItem> items;
  };
  struct ExitRow {
    std::size_t person = 0;
    Date exited_on{};
    std::string reason;
  };

  std::vector<Household> households;
  // Each person with the index of its household (nullopt: created outside any household).
  std::vector<std::pair<std::optional<std::size_t>, Person>> persons;
  std::vector<RightsRow> rights;
  std::vector<OrientationRow> orientations;
  std::vector<AssignmentRow> assignments;
  std::vector<ContractRow> contracts;
  std::vector<AppointmentRow> appointments;
  std::vector<DiagnosticRow> diagnostics;
  std::vector<ExitRow> exits;
};

class PopulationRepository {
 public:
  virtual ~PopulationRepository() = default;
  // Inserts every row of the batch; returns the person ids in batch order. Preconditions:
  // structures, agents and communes referred to exist; codes are valid.
  virtual std::vector<std::int64_t> Load(const PopulationBatch& batch, Timestamp now) = 0;
};

}  // namespace pacte::app
