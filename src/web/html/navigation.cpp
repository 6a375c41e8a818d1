#include "web/html/navigation.hpp"

#include <functional>
#include <vector>

#include "app/policies/agent_policy.hpp"
#include "app/policies/audit_policy.hpp"
#include "app/policies/organisation_policy.hpp"
#include "app/policies/person_policy.hpp"
#include "app/policies/intake_policy.hpp"
#include "app/policies/offer_policy.hpp"
#include "app/policies/stats_policy.hpp"
#include "app/policies/pact_policy.hpp"
#include "app/prescriptions/prescriptions.hpp"
#include "app/appointments/appointment_motives.hpp"
#include "app/diagnostics/situations.hpp"
#include "app/worklists/deadline_rule_settings.hpp"

namespace pacte::web {
namespace {

struct NavItem {
  const char* label;
  const char* href;
  // The same policy the pages apply, so the menu never offers a page the agent cannot open.
  std::function<bool(const app::Actor&)> visible;
};

std::function<bool(const app::Actor&)> Allowed(app::OrganisationAction action) {
  return [action](const app::Actor& a) { return app::IsAllowed(a, action); };
}

std::function<bool(const app::Actor&)> Offer(app::OfferAction action) {
  return [action](const app::Actor& a) { return app::IsAllowed(a, action); };
}

std::function<bool(const app::Actor&)> AllowedOnPersons(app::PersonAction action) {
  return [action](const app::Actor& a) { return app::AuthorizePersons(a, action).has_value(); };
}

const std::vector<NavItem>& Items() {
  static const std::vector<NavItem> items{
      {"Accueil", "/", [](const app::Actor&) { return true; }},
      {"À traiter", "/a-traiter",
       [](const app::Actor& a) {
         return a.Has(Role::kAdmin) || a.Has(Role::kCoordinateur) ||
                a.Has(Role::kChargeOrientation) || a.Has(Role::kReferent);
       }},
      {"Mes bénéficiaires", "/mes-beneficiaires",
       [](const app::Actor& a) { return a.Has(Role::kReferent); }},
      {"Bénéficiaires", "/beneficiaires", AllowedOnPersons(app::PersonAction::kList)},
      {"Mes rendez-vous", "/rendez-vous",
       [](const app::Actor& a) {
         return a.Has(Role::kAdmin) || a.Has(Role::kChargeOrientation) || a.Has(Role::kReferent);
       }},
      {"Réorientations", "/reorientations",
       [](const app::Actor& a) { return a.Has(Role::kAdmin) || a.Has(Role::kChargeOrientation); }},
      {"Référents", "/referents",
       [](const app::Actor& a) {
         return AllowedOnPersons(app::PersonAction::kTransferCaseload)(a) || a.Has(Role::kReferent);
       }},
      {"Catalogue des actions", "/offre/actions", Offer(app::OfferAction::kReadCatalogue)},
      {"Prescriptions", "/offre/prescriptions",
       [](const app::Actor& a) { return app::MayListPrescriptions(a); }},
      {"Mes actions", "/offre/mes-actions", Offer(app::OfferAction::kManageAction)},
      {"Programmes PDI", "/offre/programmes", Offer(app::OfferAction::kManageProgrammes)},
      {"Chiffres de l'offre", "/offre/chiffres", Offer(app::OfferAction::kReadOfferFigures)},
      {"Pacte", "/pilotage/pacte",
       [](const app::Actor& a) { return app::IsAllowed(a, app::PactAction::kRead); }},
      {"Mes engagements", "/pilotage/pacte/mes-engagements",
       [](const app::Actor& a) { return app::IsAllowed(a, app::PactAction::kReadMyCommitments); }},
      {"Tableau de bord", "/pilotage/tableau-de-bord",
       [](const app::Actor& a) { return app::IsAllowed(a, app::StatsAction::kReadDashboards); }},
      {"Statistiques OARSA", "/pilotage/oarsa",
       [](const app::Actor& a) { return app::IsAllowed(a, app::StatsAction::kReadOarsa); }},
      {"Besoins et offre", "/pilotage/besoins",
       [](const app::Actor& a) { return app::IsAllowed(a, app::StatsAction::kReadNeeds); }},
      {"Import data·inclusion", "/offre/import", Offer(app::OfferAction::kImportCatalogue)},
      {"Imports", "/imports",
       [](const app::Actor& a) {
         return app::IsAllowed(a, app::IntakeAction::kImportSpreadsheet) ||
                app::IsAllowed(a, app::IntakeAction::kImportCaf);
       }},
      {"Territoire", "/territoire", Allowed(app::OrganisationAction::kReadTerritory)},
      {"Institutions", "/institutions", Allowed(app::OrganisationAction::kReadInstitutions)},
      {"Structures", "/structures", Allowed(app::OrganisationAction::kReadStructures)},
      {"Agents", "/admin/agents", [](const app::Actor& a) { return app::CanManageAgents(a); }},
      {"Journal d'audit", "/admin/audit", [](const app::Actor& a) { return app::CanReadAudit(a); }},
      {"Délais légaux", "/referentiels/echeances",
       [](const app::Actor& a) { return app::AuthorizeDeadlineRules(a).has_value(); }},
      {"Motifs de rendez-vous", "/referentiels/motifs-rendez-vous",
       [](const app::Actor& a) { return app::CanManageMotives(a); }},
      {"Situations (freins)", "/referentiels/situations",
       [](const app::Actor& a) { return app::CanManageSituations(a); }},
      {"Mon compte", "/compte", [](const app::Actor&) { return true; }},
  };
  return items;
}

}  // namespace

nlohmann::json NavigationFor(const app::Actor& actor, const std::string& current_path) {
  // The current section is the longest visible item the path starts with ("Mes engagements"
  // rather than "Pacte" on /pilotage/pacte/mes-engagements).
  std::string current;
  for (const auto& item : Items()) {
    if (!item.visible(actor)) continue;
    const std::string href = item.href;
    const bool match = href == "/" ? current_path == "/" : current_path.rfind(href, 0) == 0;
    if (match && href.size() > current.size()) current = href;
  }
  nlohmann::json out = nlohmann::json::array();
  for (const auto& item : Items()) {
    if (!item.visible(actor)) continue;
    out.push_back({{"label", item.label}, {"href", item.href}, {"current", item.href == current}});
  }
  return out;
}

}  // namespace pacte::web
