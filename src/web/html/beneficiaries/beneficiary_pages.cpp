#include "web/html/beneficiaries/beneficiary_pages.hpp"

#include "web/api/v1/beneficiaries_api.hpp"
#include "web/api/v1/beneficiary_export_api.hpp"
#include "web/html/beneficiary_export/beneficiary_export_pages.hpp"

namespace pacte::web {

void RegisterBeneficiaryRoutes(Router& router) {
  RegisterBeneficiaryListPages(router);
  RegisterBeneficiaryFilePages(router);
  RegisterBeneficiaryApi(router);
  RegisterBeneficiaryExportPages(router);
  RegisterBeneficiaryExportApi(router);
}

}  // namespace pacte::web
