#pragma once
// Retention of accompaniment data (CNIL référentiel 2023-095): a person whose parcours ended
// (person_parcours.exited_on set, i.e. not reopened by a new right) and whose latest contact
// (last_contact_on, else the exit) is more than N months old is anonymised.
//
// Anonymising keeps the non-identifying facts statistics need: birth year (the birth date
// becomes 1 January of its year), sex, commune, household role, rights codes and dates,
// orientation parcours/structure/dates/criteria codes, contract types/dates/statuses/hours,
// contract action types, appointment statuses/dates/modes, diagnostic themes/impacts/codes,
// exit reason and date. It removes names (→ "Anonyme"), birth name, civility, NIR, CAF number,
// internal id, e-mail, phone, address, search key, and every free text: orientation reasons
// and "other difficulty" texts, re-orientation motives and decisions, end reasons of référent
// assignments, diagnostic comments and projects, contract objectives, exemption and closure
// reasons, contract action labels, appointment places and comments, exit comments, review
// outcomes; notes are deleted. The household loses its numbers and address once nobody else
// in it is still followed. persons.anonymised_at is set: later runs skip the person and pages
// show "Personne anonymisée".

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/personal_data_repository.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

struct RetentionOptions {
  bool dry_run = false;
  std::optional<int> months;  // default: settings.retention_parcours_months
};

struct RetentionReport {
  bool dry_run = false;
  int months = 0;
  Date cutoff{};                            // contacts strictly before this day are too old
  std::vector<RetentionCandidate> persons;  // affected (or, dry run, that would be)

  // French summary, e.g. "2 personnes anonymisées (sans contact depuis le 01/06/2024)."
  std::string Summary() const;
};

// The first day still within the retention period: today minus `months` months.
Date RetentionCutoff(Date today, int months);

// Anonymises every eligible person, each in its own transaction with one audit event
// "person.anonymise" (on the person; details: months, exited_on); the dry run changes
// nothing. kForbidden unless the actor is admin (the system actor is); kInvalid on field
// "months" when it is below 1.
Result<RetentionReport> RunRetention(Store& store, const Clock& clock, const Settings& settings,
                                     const Actor& actor, const RetentionOptions& options);

}  // namespace pacte::app
