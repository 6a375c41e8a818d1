#pragma once
// Port: personal-data export and retention (anonymisation). The storage may read every table
// about a person; it writes only to anonymise.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/time.hpp"

namespace pacte::app {

// One table's rows about the person, as stored (codes, ISO dates), column by column.
struct DataSection {
  std::string key;                   // "person", "household", "rights_history", "notes"…
  std::vector<std::string> columns;  // column names, snake_case
  std::vector<std::vector<std::optional<std::string>>> rows;
};

// A person whose parcours ended and whose latest contact is older than the cut-off.
struct RetentionCandidate {
  std::int64_t person_id = 0;
  Date exited_on{};
  Date last_contact_on{};
};

class PersonalDataRepository {
 public:
  virtual ~PersonalDataRepository() = default;

  // Everything held about the person, in this order: person, household, rights_history,
  // orientations, reorientation_requests, referent_assignments, diagnostics,
  // diagnostic_items, contracts, contract_actions, appointments, notes, exits,
  // parcours_reviews, audit_events (events on the person, or whose details name it as
  // person_id). Sections with no row are present with no rows.
  virtual std::vector<DataSection> Export(std::int64_t person_id) = 0;

  // Persons not yet anonymised whose person_parcours has exited_on set and before `cutoff`,
  // and whose latest contact (last_contact_on, else exited_on) is before `cutoff`; by id.
  // With only_person, that person alone (or nothing when not eligible).
  virtual std::vector<RetentionCandidate> RetentionCandidates(
      Date cutoff, std::optional<std::int64_t> only_person = std::nullopt) = 0;

  // Removes everything identifying about the person and keeps the statistical facts (see
  // app/personal_data/retention.hpp); sets persons.anonymised_at = now.
  virtual void Anonymise(std::int64_t person_id, Timestamp now) = 0;
};

}  // namespace pacte::app
