#include "web/html/parcours/person_tabs.hpp"

#include <array>

namespace pacte::web {
namespace {

struct Tab {
  std::string_view key;
  std::string_view suffix;
  std::string_view label;
};

constexpr std::array<Tab, 9> kTabs{{
    {"fiche", "", "Fiche"},
    {"orientation", "/orientation", "Orientation et référent"},
    {"diagnostic", "/diagnostic", "Diagnostic"},
    {"contrats", "/contrats", "Contrats"},
    {"rendez-vous", "/rendez-vous", "Rendez-vous"},
    {"notes", "/notes", "Notes"},
    {"prescriptions", "/prescriptions", "Prescriptions"},
    {"journal", "/journal", "Journal"},
    {"donnees", "/donnees", "Données personnelles"},
}};

}  // namespace

nlohmann::json PersonTabsJson(const app::Actor& actor, std::int64_t person_id,
                              std::string_view display_name, std::string_view active) {
  const bool may_export =
      actor.Has(Role::kAdmin) || actor.Has(Role::kChargeOrientation) || actor.Has(Role::kReferent);
  const std::string base = "/beneficiaires/" + std::to_string(person_id);
  nlohmann::json tabs = nlohmann::json::array();
  for (const Tab& t : kTabs) {
    if (t.key == "donnees" && !may_export) continue;
    tabs.push_back({{"href", base + std::string(t.suffix)},
                    {"label", t.label},
                    {"current", t.key == active}});
  }
  return {{"person_id", person_id},
          {"display_name", display_name},
          {"href", base},
          {"tabs", tabs}};
}

}  // namespace pacte::web
