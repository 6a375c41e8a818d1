#pragma once
// GET /api/v1/beneficiaries/export?format=csv|xlsx&<the filters of GET /api/v1/beneficiaries>
// The same persons as the list for the same filters, every page (at most
// app::kPersonListExportMaxRows, else 422 person.export_too_large), as a CSV or XLSX
// attachment. 403 for the roles without IntakeAction::kExportPersonList; 422 naming unknown
// or unreadable parameters.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterBeneficiaryExportApi(Router& router);

}  // namespace pacte::web
