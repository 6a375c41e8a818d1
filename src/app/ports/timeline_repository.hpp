#pragma once
// Port: the journal of everything that happened to a person, read from every parcours table
// (rights history, orientations, re-orientation requests, référent assignments, diagnostics,
// contracts, appointments, notes, exits, reviews, prescription events). Read-only.

#include <cstdint>
#include <optional>
#include <string>

#include "app/ports/paging.hpp"

namespace pacte::app {

// One event. `kind` is a stable code; `code` and `extra` carry the codes its label needs.
//   kind                      at                      code                 extra
//   droits                    valid_from              etatdosrsa           dd_flag
//   orientation               decided_on              parcours             "reorientation"|""
//   reorientation_demandee    requested_on            proposed_parcours
//   reorientation_decidee     decided_on              status (acceptee, refusee)
//   referent_designe          valid_from
//   referent_fin              valid_to                end_reason
//   diagnostic                made_on
//   contrat_cree              created_at (date)       type                 status
//   contrat_signe             signed_on               type
//   contrat_clos              closed_on               type                 status
//   rendez_vous               starts_at               status               mode
//   note                      created_at              visibility
//   sortie                    exited_on               reason
//   revue_parcours            reviewed_on             kind
//   prescription              event at (timestamp)    event status         reason|outcome
//                             (object_id: the prescription; status en_attente…sortie, relance)
struct TimelineEvent {
  std::string at;  // ISO date or timestamp, as stored
  std::string kind;
  std::int64_t object_id = 0;
  std::optional<std::string> code;
  std::optional<std::string> extra;
};

class TimelineRepository {
 public:
  virtual ~TimelineRepository() = default;
  // The person's events newest first (ties: kind, then object id descending), one page and
  // the total. Never includes free text (note bodies, reasons, comments).
  virtual PageOf<TimelineEvent> EventsOf(std::int64_t person_id, const PageRequest& page) = 0;
};

}  // namespace pacte::app
