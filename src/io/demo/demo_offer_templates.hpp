#pragma once
// The kinds of insertion actions of the demo catalogue: realistic French names and
// descriptions, with their PDI-RE objective, OARSA type (codes.md §6), data·inclusion type,
// thematiques and publics (codes.md §4), the diagnostic barrier themes they address, their
// rhythm and their yearly funding. Grouped by domain (the `domains` of a DemoStructure).

#include <string>
#include <vector>

namespace pacte::io {

struct ActionTemplate {
  std::string domain;  // mobilite, langue, numerique, sante, budget, logement, famille,
                       // droits, remobilisation, projet, qualification, creation, iae,
                       // emploi
  std::string name;
  std::string description;   // 200 characters or more (full quality score)
  std::string objective;     // one of the six codes
  int action_type = 15;      // OARSA 1–15
  std::string service_type;  // data·inclusion type
  std::vector<std::string> thematiques;
  std::vector<std::string> publics;
  std::vector<std::string> barriers;  // diagnostic barrier themes
  double weekly_hours = 0;
  int weeks = 0;
  bool sessions = true;  // collective sessions; false: permanent entries up to a capacity
  int places_min = 8;    // per session, or capacity
  int places_max = 12;
  int funding_min_k = 20;  // yearly funding, thousands of euros
  int funding_max_k = 60;
  std::string schedule;          // "lundi et jeudi, 9 h – 12 h"
  std::string frais_precisions;  // non-empty: the action is payant
  bool remote = false;           // also a-distance
};

// Every template; each domain of the demo catalogue has at least two.
const std::vector<ActionTemplate>& DemoActionTemplates();

// Parts of DemoActionTemplates, each appending to t: health, budget, housing, family and
// rights (demo_offer_templates_social.cpp); remobilisation, project and qualification
// (demo_offer_templates_projet.cpp); business creation, IAE and employment
// (demo_offer_templates_emploi.cpp).
void AddSocialTemplates(std::vector<ActionTemplate>& t);
void AddProjectTemplates(std::vector<ActionTemplate>& t);
void AddEmploymentTemplates(std::vector<ActionTemplate>& t);

}  // namespace pacte::io
