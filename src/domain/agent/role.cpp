#include "domain/agent/role.hpp"

#include <array>
#include <utility>

namespace pacte {
namespace {

struct RoleInfo {
  Role role;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<RoleInfo, 7> kRoles{{
    {Role::kAdmin, "admin", "Administrateur·rice"},
    {Role::kCoordinateur, "coordinateur", "Coordinateur·rice du pacte"},
    {Role::kChargeOrientation, "charge_orientation", "Chargé·e d'orientation"},
    {Role::kReferent, "referent", "Référent·e"},
    {Role::kOperateur, "operateur", "Opérateur d'actions"},
    {Role::kSignataire, "signataire", "Institution signataire"},
    {Role::kLecteurStats, "lecteur_stats", "Lecteur·rice des statistiques"},
}};

const RoleInfo& Info(Role r) {
  for (const auto& info : kRoles) {
    if (info.role == r) return info;
  }
  return kRoles.front();
}

}  // namespace

std::string_view RoleCode(Role r) { return Info(r).code; }
std::string_view RoleLabel(Role r) { return Info(r).label; }

std::optional<Role> ParseRole(std::string_view code) {
  for (const auto& info : kRoles) {
    if (info.code == code) return info.role;
  }
  return std::nullopt;
}

const std::vector<Role>& AllRoles() {
  static const std::vector<Role> all = [] {
    std::vector<Role> v;
    for (const auto& info : kRoles) v.push_back(info.role);
    return v;
  }();
  return all;
}

}  // namespace pacte
