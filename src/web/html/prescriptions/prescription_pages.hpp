#pragma once
// Prescription pages (issue 4), French, server-rendered:
//   GET  /beneficiaires/{id}/prescriptions          the person's prescriptions tab (whoever sees
//        the person; an operateur with the limited view: name, contact, référent and the
//        prescriptions to its structure)
//   GET  /beneficiaires/{id}/prescriptions/nouvelle?action=…&session=…   the form (référent)
//   POST /beneficiaires/{id}/prescriptions/nouvelle  → /offre/prescriptions/{new id}
//   GET  /offre/prescriptions?boite=recues|envoyees|toutes&statut=…   inbox / sent list
//   GET  /offre/prescriptions/{id}                  detail, events, answer form (operator)
//   POST /offre/prescriptions/{id}/reponse          status, reason, reason_detail, outcome, on
//   GET  /offre/participants                        the operator's participants
// And the API (web/api/v1/prescriptions_api.hpp).

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterPrescriptionRoutes(Router& router);

void RegisterPersonPrescriptionPages(Router& router);
void RegisterOfferPrescriptionPages(Router& router);

}  // namespace pacte::web
