#include "web/api/v1/prescriptions_api.hpp"
#include "web/html/prescriptions/prescription_pages.hpp"

namespace pacte::web {

void RegisterPrescriptionRoutes(Router& router) {
  RegisterPersonPrescriptionPages(router);
  RegisterOfferPrescriptionPages(router);
  RegisterPrescriptionApi(router);
}

}  // namespace pacte::web
