#pragma once
// The fixed facts of the Hauts-de-Seine demo: institutions (the pact's 21 signatories and
// partner associations), their structures (about 85, 61 of them action operators), and name
// lists for agents. Fictitious people, realistic organisations.

#include <string>
#include <vector>

namespace pacte::io {

struct DemoStructure {
  std::string name;
  std::string commune_code;
  bool referent_body = false;
  bool action_operator = false;
  std::string drees_category;  // data model code
  // For action operators, what their actions are about (the domains of demo_offer_templates:
  // mobilite, langue, numerique, sante, budget, logement, famille, droits, remobilisation,
  // projet, qualification, creation, iae, emploi).
  std::vector<std::string> domains;
};

struct DemoInstitution {
  std::string name;
  std::string kind;  // data model code (etat, france_travail, caf…)
  bool signatory = false;
  std::string representative;  // function of the signatory's representative
  std::vector<DemoStructure> structures;
};

const std::vector<DemoInstitution>& DemoInstitutions();
const std::vector<std::string>& DemoFirstNames();
const std::vector<std::string>& DemoLastNames();

}  // namespace pacte::io
