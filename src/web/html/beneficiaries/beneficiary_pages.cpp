#include "web/html/beneficiaries/beneficiary_pages.hpp"

#include "web/api/v1/beneficiaries_api.hpp"

namespace pacte::web {

void RegisterBeneficiaryRoutes(Router& router) {
  RegisterBeneficiaryListPages(router);
  RegisterBeneficiaryFilePages(router);
  RegisterBeneficiaryApi(router);
}

}  // namespace pacte::web
