#pragma once
// The navigation shared by every page about one beneficiary (fiche, orientation, diagnostic,
// contrats, rendez-vous, notes, prescriptions, journal, données). A page passes its JSON to the partial
// {{> person_tabs}} under the key "person_tabs".

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/policies/actor.hpp"

namespace pacte::web {

// The tabs, in order: "fiche", "orientation", "diagnostic", "contrats", "rendez-vous",
// "notes", "prescriptions", "journal", "donnees". `active` is one of them; `display_name` is the person's name
// as the page shows it ("Mme Awa DIALLO"). "donnees" (the RGPD access export) is left out for
// an actor none of whose roles may export a person's data (a coordinateur): the tab would only
// lead to "Accès refusé". A référent still sees it; the page refuses persons outside its
// caseload.
nlohmann::json PersonTabsJson(const app::Actor& actor, std::int64_t person_id,
                              std::string_view display_name, std::string_view active);

}  // namespace pacte::web
