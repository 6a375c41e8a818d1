#pragma once
// The session pages of the catalogue: reading a posted session form, and the edit page
// GET/POST /offre/actions/{id}/sessions/{session_id} (prefilled form, "Session annulée"
// checkbox; refusals re-shown as field errors; success back to the action's fiche).

#include "domain/offer/action_session.hpp"
#include "web/server/http.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

// The session typed in a form (add or edit); unreadable numbers are left for the domain to
// name.
SessionInput PostedSession(const Params& form);

void RegisterSessionPages(Router& router);

}  // namespace pacte::web
