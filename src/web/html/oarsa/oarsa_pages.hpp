#pragma once
// The DREES OARSA survey pages (app/stats/oarsa_report.hpp):
//   GET /pilotage/oarsa?annee=N       the six tables (one grid per breakdown), the delays of
//                                     table 5 and the definitions; without annee: the last
//                                     full year. A bad year is shown next to the field (422).
//   GET /pilotage/oarsa.xlsx?annee=N  the workbook in the survey's layout (one sheet per
//                                     table, then "Définitions"); a bad year → error page.
// Access: StatsAction::kReadOarsa (admin, coordinateur exact; signataire, lecteur_stats with
// small counts hidden "s"); others 403.

#include <nlohmann/json.hpp>

#include "app/stats/oarsa_report.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterOarsaPages(Router& router);

// Template data of oarsa_page.mustache for a computed report.
nlohmann::json OarsaPageJson(const app::OarsaReport& report);

}  // namespace pacte::web
