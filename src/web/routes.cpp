#include "web/routes.hpp"

#include "web/html/auth/auth_pages.hpp"
#include "web/html/agents/agent_pages.hpp"
#include "web/html/territory/territory_pages.hpp"
#include "web/html/organisations/organisation_pages.hpp"
#include "web/html/audit/audit_pages.hpp"
#include "web/html/system/system_pages.hpp"
#include "web/html/beneficiaries/beneficiary_pages.hpp"
#include "web/html/orientation/orientation_pages.hpp"
#include "web/html/appointments/appointment_pages.hpp"
#include "web/html/contracts/contract_pages.hpp"
#include "web/html/diagnostics/diagnostic_pages.hpp"
#include "web/html/worklists/worklist_pages.hpp"
#include "web/html/catalogue/catalogue_pages.hpp"
#include "web/html/data_inclusion/data_inclusion_pages.hpp"
#include "web/html/catalogue_search/catalogue_search_pages.hpp"
#include "web/html/offer_figures/offer_figures_pages.hpp"
#include "web/html/prescriptions/prescription_pages.hpp"
#include "web/html/imports/import_pages.hpp"
#include "web/html/oarsa/oarsa_pages.hpp"
#include "web/api/v1/oarsa_api.hpp"
#include "web/html/needs/needs_pages.hpp"
#include "web/api/v1/needs_api.hpp"
#include "web/html/dashboards/dashboard_pages.hpp"
#include "web/api/v1/dashboard_api.hpp"
#include "web/html/pact/pact_pages.hpp"

namespace pacte::web {

Router BuildRouter() {
  Router router;
  RegisterSystemRoutes(router);
  RegisterAuthRoutes(router);
  RegisterAgentRoutes(router);
  RegisterTerritoryRoutes(router);
  RegisterOrganisationRoutes(router);
  RegisterAuditRoutes(router);
  RegisterBeneficiaryRoutes(router);
  RegisterOrientationRoutes(router);
  RegisterAppointmentRoutes(router);
  RegisterContractRoutes(router);
  RegisterDiagnosticAndPersonalDataRoutes(router);
  RegisterWorklistRoutes(router);
  RegisterCatalogueRoutes(router);
  RegisterDataInclusionRoutes(router);
  RegisterCatalogueSearchRoutes(router);
  RegisterOfferFiguresRoutes(router);
  RegisterPrescriptionRoutes(router);
  RegisterImportRoutes(router);
  RegisterOarsaPages(router);
  RegisterOarsaApi(router);
  RegisterNeedsPages(router);
  RegisterNeedsApi(router);
  RegisterDashboardPages(router);
  RegisterDashboardApi(router);
  RegisterOpenDataPages(router);
  RegisterPactRoutes(router);
  return router;
}

}  // namespace pacte::web
