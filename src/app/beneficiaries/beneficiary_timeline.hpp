#pragma once
// The journal of a beneficiary (page /beneficiaires/{id}/journal, GET
// /api/v1/beneficiaries/{id}/timeline): every event of the parcours, newest first, with a
// French label and the tab that shows it.

#include <cstdint>
#include <string>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/paging.hpp"
#include "app/ports/store.hpp"
#include "app/ports/timeline_repository.hpp"
#include "domain/beneficiary/person.hpp"

namespace pacte::app {

struct TimelineEntry {
  TimelineEvent event;
  std::string label;  // "Orientation : parcours social", "Note ajoutée"…
  std::string tab;    // the person tab that shows it: fiche, orientation, contrats…
};

// The French label and tab of an event (codes of unknown values are shown as received).
TimelineEntry DescribeEvent(const TimelineEvent& event);

// Errors: kNotFound person.not_found when absent or invisible. Audit: person.read with
// {"view": "journal"}. Note bodies never appear (only "Note ajoutée" and its visibility).
// When `person` is given it receives the person's identity (for the page's title).
Result<PageOf<TimelineEntry>> GetTimeline(Store& store, const Clock& clock, const Actor& actor,
                                          std::int64_t person_id, const PageRequest& page,
                                          Person* person = nullptr);

}  // namespace pacte::app
