#pragma once
// Pages "Besoins et offre" under /pilotage/besoins (issue 6): the table of needs versus offer
// by territory with its CSV / XLSX download, the commune drill-down of a territory and the
// printable "Identification des besoins" report.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterNeedsPages(Router& router);

}  // namespace pacte::web
