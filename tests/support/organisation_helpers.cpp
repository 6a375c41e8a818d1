#include "support/organisation_helpers.hpp"

#include <stdexcept>

#include "app/organisations/institutions.hpp"
#include "app/organisations/structures.hpp"
#include "app/territory/import_territory.hpp"
#include "app/territory/territory_queries.hpp"

namespace pacte::testing {

TestOrganisation CreateTestStructure(app::Store& store, const app::Clock& clock,
                                     const std::string& name) {
  auto system = app::Actor::System("test");
  app::TerritoryImport import;
  import.departement_code = "92";
  import.departement_name = "Hauts-de-Seine";
  import.territories = {{"T1", "Territoire de test", TerritoryKind::kEpt}};
  app::CommuneInput nanterre;
  nanterre.insee_code = "92050";
  nanterre.name = "Nanterre";
  nanterre.territory_code = "T1";
  import.communes = {nanterre};
  import.source_name = "test";
  if (auto r = app::ImportTerritory(store, clock, system, import); !r) {
    throw std::runtime_error("territoire de test : " + r.error().message);
  }
  auto territories = app::ListTerritories(store, system, std::string("92"));
  if (!territories || territories->empty()) throw std::runtime_error("territoire de test absent");
  TestOrganisation out;
  out.territory_id = territories->front().territory.id;
  auto inst = app::CreateInstitution(store, clock, system,
                                     InstitutionDraft{"Institution — " + name, "association", "", false});
  if (!inst) throw std::runtime_error("institution de test : " + inst.error().message);
  out.institution_id = inst->id;
  StructureDraft draft;
  draft.institution_id = inst->id;
  draft.name = name;
  draft.commune_code = "92050";
  draft.is_referent_body = true;
  draft.drees_category = "departement";
  auto s = app::CreateStructure(store, clock, system, draft);
  if (!s) throw std::runtime_error("structure de test : " + s.error().message);
  out.structure_id = s->id;
  return out;
}

}  // namespace pacte::testing
