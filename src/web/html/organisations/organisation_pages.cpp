#include "web/html/organisations/organisation_pages.hpp"

namespace pacte::web {

void RegisterOrganisationRoutes(Router& /*router*/) {}

}  // namespace pacte::web
