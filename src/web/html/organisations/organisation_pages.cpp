#include "web/html/organisations/organisation_pages.hpp"

#include "web/api/v1/institutions_api.hpp"
#include "web/api/v1/structures_api.hpp"
#include "web/html/organisations/institution_pages.hpp"
#include "web/html/organisations/structure_pages.hpp"

namespace pacte::web {

void RegisterOrganisationRoutes(Router& router) {
  RegisterInstitutionPages(router);
  RegisterStructurePages(router);
  RegisterInstitutionApi(router);
  RegisterStructureApi(router);
}

}  // namespace pacte::web
