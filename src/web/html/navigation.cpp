#include "web/html/navigation.hpp"

#include <vector>

namespace pacte::web {
namespace {

struct NavItem {
  const char* label;
  const char* href;
  std::vector<Role> roles;  // empty: every role
};

const std::vector<NavItem>& Items() {
  static const std::vector<NavItem> items{
      {"Accueil", "/", {}},
      {"Territoire", "/territoire", {}},
      {"Institutions", "/institutions", {}},
      {"Structures", "/structures",
       {Role::kAdmin, Role::kCoordinateur, Role::kChargeOrientation, Role::kReferent,
        Role::kOperateur}},
      {"Agents", "/admin/agents", {Role::kAdmin}},
      {"Journal d'audit", "/admin/audit", {Role::kAdmin}},
      {"Mon compte", "/compte", {}},
  };
  return items;
}

bool Visible(const NavItem& item, const app::Actor& actor) {
  if (item.roles.empty()) return true;
  for (Role r : item.roles) {
    if (actor.Has(r)) return true;
  }
  return false;
}

}  // namespace

nlohmann::json NavigationFor(const app::Actor& actor, const std::string& current_path) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& item : Items()) {
    if (!Visible(item, actor)) continue;
    std::string href = item.href;
    bool current = href == "/" ? current_path == "/" : current_path.rfind(href, 0) == 0;
    out.push_back({{"label", item.label}, {"href", href}, {"current", current}});
  }
  return out;
}

}  // namespace pacte::web
