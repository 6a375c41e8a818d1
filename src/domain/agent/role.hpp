#pragma once
// The roles of pacte (docs/permissions.md holds the matrix of what each may do).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacte {

enum class Role {
  kAdmin,              // admin: accounts, referentials, everything technical
  kCoordinateur,       // coordinateur: the pact and the PDI
  kChargeOrientation,  // charge_orientation: orientation decisions over a territory
  kReferent,           // referent: accompanies people of their structure
  kOperateur,          // operateur: partner structure running actions
  kSignataire,         // signataire: signatory institution, aggregated figures only
  kLecteurStats,       // lecteur_stats: aggregated figures only
};

// The code used in data, API and configuration ("charge_orientation").
std::string_view RoleCode(Role r);
// The French label shown to people ("Chargé·e d'orientation").
std::string_view RoleLabel(Role r);
std::optional<Role> ParseRole(std::string_view code);
const std::vector<Role>& AllRoles();

}  // namespace pacte
