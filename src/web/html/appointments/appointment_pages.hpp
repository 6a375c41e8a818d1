#pragma once
// Pages and API of appointments, notes, exits and social-path reviews (issue 3, package D).
// RegisterAppointmentRoutes registers all of them (one line in web/routes.cpp):
//   GET  /beneficiaires/{id}/rendez-vous      tab "rendez-vous": upcoming and past, plan form
//   POST /beneficiaires/{id}/rendez-vous      plan one
//   GET  /rendez-vous                         the actor's agenda (upcoming and "à préciser")
//   GET  /rendez-vous/{id}, POST              detail and edit (version → 409 when stale)
//   POST /rendez-vous/{id}/statut             quick status buttons (statut, version)
//   GET  /rendez-vous/{id}/convocation        printable convocation letter
//   GET  /referentiels/motifs-rendez-vous     motives (admin, coordinateur)
//   POST /referentiels/motifs-rendez-vous     add one (code, libelle)
//   POST /referentiels/motifs-rendez-vous/modification   rename / (de)activate (id, version)
//   GET  /beneficiaires/{id}/notes, POST      tab "notes"
//   GET  /beneficiaires/{id}/sortie, POST     exit form and history
//   POST /beneficiaires/{id}/revues           record a social-path review (from the sortie page)
// plus the JSON API of appointments_api.hpp, notes_api.hpp and exits_api.hpp.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterAppointmentRoutes(Router& router);

// Parts, registered by RegisterAppointmentRoutes.
void RegisterAppointmentPages(Router& router);
void RegisterAgendaPages(Router& router);
void RegisterMotivePages(Router& router);
void RegisterNotePages(Router& router);
void RegisterExitPages(Router& router);

}  // namespace pacte::web
