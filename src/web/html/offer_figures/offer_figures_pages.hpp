#pragma once
// GET /offre/chiffres: the figures of the offer (fill rates per action, objective and
// territory; prescriptions by status; delays to answer and to entry), optionally for one year
// (?annee=2026). Operators see their own actions only.

#include <nlohmann/json.hpp>

#include "app/offer_figures/offer_figures.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterOfferFiguresRoutes(Router& router);

// Template data of offer_figures.mustache (French numbers, rates as "85 %").
nlohmann::json OfferFiguresJson(const app::OfferFigures& figures);

// "85 %" (rounded), "—" when there is no rate.
std::string PercentText(const std::optional<double>& rate);

}  // namespace pacte::web
