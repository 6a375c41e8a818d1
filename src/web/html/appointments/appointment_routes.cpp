#include "web/api/v1/appointments_api.hpp"
#include "web/api/v1/exits_api.hpp"
#include "web/api/v1/notes_api.hpp"
#include "web/html/appointments/appointment_pages.hpp"

namespace pacte::web {

void RegisterAppointmentRoutes(Router& router) {
  RegisterAppointmentPages(router);
  RegisterAgendaPages(router);
  RegisterMotivePages(router);
  RegisterNotePages(router);
  RegisterExitPages(router);
  RegisterAppointmentApi(router);
  RegisterNoteApi(router);
  RegisterExitApi(router);
}

}  // namespace pacte::web
