#include "app/policies/stats_policy.hpp"

#include <vector>

namespace pacte::app {
namespace {

const std::vector<Role>& Granted(StatsAction action) {
  static const std::vector<Role> dashboards{Role::kAdmin, Role::kCoordinateur,
                                            Role::kChargeOrientation, Role::kSignataire,
                                            Role::kLecteurStats};
  static const std::vector<Role> oarsa{Role::kAdmin, Role::kCoordinateur, Role::kSignataire,
                                       Role::kLecteurStats};
  static const std::vector<Role> needs{Role::kAdmin,      Role::kCoordinateur,
                                       Role::kChargeOrientation, Role::kOperateur,
                                       Role::kSignataire, Role::kLecteurStats};
  static const std::vector<Role> by_referent{Role::kAdmin, Role::kCoordinateur,
                                             Role::kChargeOrientation};
  static const std::vector<Role> none;
  switch (action) {
    case StatsAction::kReadDashboards:
      return dashboards;
    case StatsAction::kReadOarsa:
      return oarsa;
    case StatsAction::kReadNeeds:
      return needs;
    case StatsAction::kBreakDownByReferent:
      return by_referent;
  }
  return none;
}

Error Refusal(StatsAction action) {
  switch (action) {
    case StatsAction::kReadDashboards:
      return Error::Forbidden("Les tableaux de bord du pacte ne vous sont pas ouverts.");
    case StatsAction::kReadOarsa:
      return Error::Forbidden(
          "Les tableaux de l'enquête OARSA de la DREES ne vous sont pas ouverts.");
    case StatsAction::kReadNeeds:
      return Error::Forbidden("L'identification des besoins ne vous est pas ouverte.");
    case StatsAction::kBreakDownByReferent:
      return Error::Forbidden(
          "Les chiffres par référent sont réservés au département (un référent est une "
          "personne).");
  }
  return Error::Forbidden("Action non autorisée.");
}

bool SeesExactFigures(const Actor& actor) {
  return actor.IsSystem() || actor.Has(Role::kAdmin) || actor.Has(Role::kCoordinateur) ||
         actor.Has(Role::kChargeOrientation);
}

}  // namespace

bool IsAllowed(const Actor& actor, StatsAction action) {
  for (Role r : Granted(action)) {
    if (actor.Has(r)) return true;
  }
  return false;
}

Status Authorize(const Actor& actor, StatsAction action) {
  if (IsAllowed(actor, action)) return {};
  return Fail(Refusal(action));
}

stats::DisclosureRule DisclosureFor(const Actor& actor, const Settings& settings) {
  stats::DisclosureRule rule;
  rule.threshold = settings.small_cell_threshold;
  rule.exact = SeesExactFigures(actor);
  return rule;
}

stats::DisclosureRule OpenDataDisclosure(const Settings& settings) {
  stats::DisclosureRule rule;
  rule.threshold = settings.small_cell_threshold;
  rule.exact = false;
  return rule;
}

std::optional<std::int64_t> StatsTerritoryRestriction(const Actor& actor) {
  if (actor.IsSystem() || actor.Has(Role::kAdmin) || actor.Has(Role::kCoordinateur)) {
    return std::nullopt;
  }
  if (actor.Has(Role::kChargeOrientation)) return actor.territory_id;
  return std::nullopt;
}

}  // namespace pacte::app
