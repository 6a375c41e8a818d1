#include "support/disclosure_crawl_world.hpp"

#include <stdexcept>

#include "domain/common/time.hpp"
#include "storage/sql_unit_of_work.hpp"
#include "support/offer_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"

namespace pacte::testing {

struct CrawlWorld::PersonValues {
  std::string last_name;
  std::string first_name;
  std::string birth_name;
  std::string birth_date;     // ISO
  std::string birth_date_fr;  // dd/mm/yyyy
  std::string nir;
  std::string nir_spaced;
  std::string caf_number;
  std::string email;
  std::string phone;
  std::string phone_spaced;
  std::string address;
  std::string note;
  std::string diagnostic;
  std::string project;
  std::string contract_objectives;
  std::string appointment;
  std::string exit_comment;
};

CrawlWorld::CrawlWorld() {
  auto& store = server.db().store();
  auto& clock = server.clock();
  year = std::stoi(FormatIsoTimestamp(clock.Now()).substr(0, 4));
  const TestOrganisation org = CreateTestStructure(store, clock, "Espace insertion Nanterre");
  ids.insert({org.territory_id, org.institution_id, org.structure_id});
  referent = Caller("référent", "referent.marsupilami@cd92.fr", Role::kReferent,
                    org.structure_id);
  signataire = Caller("signataire", "signataire@cd92.fr", Role::kSignataire, org.structure_id);
  lecteur = Caller("lecteur_stats", "statistiques@cd92.fr", Role::kLecteurStats, std::nullopt);
  const std::int64_t action_id = CreateTestAction(store, clock, org.structure_id);
  ids.insert(action_id);
  ids.insert(CreateTestSession(store, clock, action_id));
  AddPerson({"Zorglubinette", "Bérénixa", "Néfertarouille", "1983-07-29", "29/07/1983",
             "283079205012345", "2 83 07 92 050 123 45", "8675309",
             "berenixa.zorglubinette@courriel-secret.fr", "0611223344", "06 11 22 33 44",
             "17 allée des Xylophages", "Confidence Xéranthème", "Fragilité Ptérodactyle",
             "Soudeuse Mirabelloise", "Objectif Hippocampe Violet",
             "Rendez-vous Ornithorynque", "Sortie Okapi Vermeil"},
            org.structure_id, action_id);
  AddPerson({"Quetzalmoulin", "Ysengrine", "Pamplemoussier", "1991-11-03", "03/11/1991",
             "191119205098765", "1 91 11 92 050 987 65", "4815162",
             "ysengrine.q@boite-privee.fr", "0799887766", "07 99 88 77 66",
             "4 impasse du Brontosaure", "Confidence Gyroscope", "Fragilité Tamanoir",
             "Cariste Capybara", "Objectif Zeppelin Mauve", "Rendez-vous Tatou",
             "Sortie Axolotl"},
            org.structure_id, action_id);
  probe.Add("e-mail du référent", "referent.marsupilami@cd92.fr");
}

void CrawlWorld::AddPerson(const PersonValues& v, std::int64_t structure_id,
                           std::int64_t action_id) {
  auto& store = server.db().store();
  auto& clock = server.clock();
  const std::int64_t person = CreateTestPerson(
      store, clock, {v.last_name, v.first_name, v.birth_date, "92050", "2024-01-08"});
  person_ids.push_back(person);
  const std::string id = std::to_string(person);
  ExecuteForTest(store,
                 "UPDATE persons SET birth_name = $1, nir = $2, caf_number = $3, email = $4, "
                 "phone = $5, address = $6, internal_id = $3 WHERE id = $7",
                 {v.birth_name, v.nir, v.caf_number, v.email, v.phone, v.address, id});
  ExecuteForTest(store,
                 "UPDATE households SET caf_matricule = $1, address = $2 WHERE id = "
                 "(SELECT household_id FROM persons WHERE id = $3)",
                 {v.caf_number, v.address, id});
  ids.insert(LastId("households"));
  ids.insert(OrientForTest(store, clock, person, structure_id, "social", "2024-02-05"));
  ids.insert(AssignReferentForTest(store, clock, person, referent.agent_id, structure_id,
                                   "2024-02-12"));
  ExecuteForTest(store,
                 "INSERT INTO contracts (person_id, type, status, signed_on, starts_on, ends_on, "
                 "objectives, structure_id, referent_agent_id, created_at, updated_at) VALUES "
                 "($1, 'cer_social', 'signe', '2024-03-01', '2024-03-01', '2024-08-31', $2, $3, "
                 "$4, '2024-03-01T10:00:00Z', '2024-03-01T10:00:00Z')",
                 {id, v.contract_objectives, std::to_string(structure_id),
                  std::to_string(referent.agent_id)});
  const std::string contract = std::to_string(LastId("contracts"));
  ids.insert(std::stoll(contract));
  ExecuteForTest(store,
                 "INSERT INTO contract_actions (contract_id, position, label, action_type) "
                 "VALUES ($1, 1, $2, 7)",
                 {contract, v.project});
  ExecuteForTest(store,
                 "INSERT INTO diagnostics (person_id, made_on, agent_id, structure_id, "
                 "qualification_level, professional_project, comment, created_at, updated_at) "
                 "VALUES ($1, '2024-02-20', $2, $3, '3', $4, $5, '2024-02-20T10:00:00Z', "
                 "'2024-02-20T10:00:00Z')",
                 {id, std::to_string(referent.agent_id), std::to_string(structure_id), v.project,
                  v.diagnostic});
  const std::string diagnostic = std::to_string(LastId("diagnostics"));
  ids.insert(std::stoll(diagnostic));
  ExecuteForTest(store,
                 "INSERT INTO diagnostic_items (diagnostic_id, theme, impact, comment) VALUES "
                 "($1, 'mobilite', 'fort', $2), ($1, 'sante', 'moyen', $2)",
                 {diagnostic, v.diagnostic});
  ExecuteForTest(store,
                 "INSERT INTO appointments (person_id, agent_id, structure_id, starts_at, mode, "
                 "place, motive_code, status, comment, created_at, updated_at) VALUES ($1, $2, "
                 "$3, '2024-03-04T09:00:00Z', 'sur_place', $4, 'suivi', 'honore', $5, "
                 "'2024-02-26T10:00:00Z', '2024-02-26T10:00:00Z')",
                 {id, std::to_string(referent.agent_id), std::to_string(structure_id), v.address,
                  v.appointment});
  ids.insert(LastId("appointments"));
  ExecuteForTest(store,
                 "INSERT INTO notes (person_id, author_id, structure_id, visibility, body, "
                 "created_at, updated_at) VALUES ($1, $2, $3, 'structure', $4, "
                 "'2024-03-04T10:00:00Z', '2024-03-04T10:00:00Z')",
                 {id, std::to_string(referent.agent_id), std::to_string(structure_id), v.note});
  ids.insert(LastId("notes"));
  ids.insert(CreateTestPrescription(store, clock,
                                    {.person_id = person,
                                     .action_id = action_id,
                                     .prescriber_agent_id = referent.agent_id,
                                     .status = "acceptee",
                                     .prescribed_at = "2024-03-05T10:00:00Z"}));
  if (person_ids.size() == 2) {
    ExecuteForTest(store,
                   "INSERT INTO exits (person_id, exited_on, reason, comment, recorded_by, "
                   "created_at, updated_at) VALUES ($1, '2024-09-02', 'emploi_durable', $2, $3, "
                   "'2024-09-02T10:00:00Z', '2024-09-02T10:00:00Z')",
                   {id, v.exit_comment, std::to_string(referent.agent_id)});
    ids.insert(LastId("exits"));
  }
  const std::string who = " de " + v.last_name;
  for (const auto& [label, value] :
       std::vector<std::pair<std::string, std::string>>{
           {"nom", v.last_name}, {"prénom", v.first_name}, {"nom de naissance", v.birth_name},
           {"date de naissance", v.birth_date}, {"date de naissance (fr)", v.birth_date_fr},
           {"NIR", v.nir}, {"NIR espacé", v.nir_spaced}, {"numéro CAF", v.caf_number},
           {"e-mail", v.email}, {"téléphone", v.phone}, {"téléphone espacé", v.phone_spaced},
           {"adresse", v.address}, {"note", v.note}, {"diagnostic", v.diagnostic},
           {"projet", v.project}, {"objectifs du contrat", v.contract_objectives},
           {"rendez-vous", v.appointment}, {"sortie", v.exit_comment}}) {
    probe.Add(label + who, value);
  }
}

std::int64_t CrawlWorld::LastId(const std::string& table) {
  std::int64_t id = 0;
  server.db().store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
    auto& conn = dynamic_cast<storage::SqlUnitOfWork&>(uow).connection();
    id = conn.Query("SELECT MAX(id) FROM " + table).rows.at(0).Int(0);
    return true;
  });
  return id;
}

CrawlCaller CrawlWorld::Caller(const std::string& name, const std::string& email, Role role,
                               std::optional<std::int64_t> structure_id) {
  auto& store = server.db().store();
  CrawlCaller c;
  c.name = name;
  c.agent_id = CreateAgent(store, server.clock(), server.settings(), email, {role},
                           structure_id);
  ids.insert(c.agent_id);
  c.session = LoginSession(server, email);
  c.token = CreateApiToken(store, server.clock(), c.agent_id);
  return c;
}

std::vector<std::string> CrawlWorld::ParameterValues(const std::string& name) const {
  if (name == "token") return {"jeton-inconnu"};
  if (name.find("year") != std::string::npos || name.find("annee") != std::string::npos) {
    return {std::to_string(year), std::to_string(year - 1), std::to_string(year - 6)};
  }
  std::vector<std::string> out;
  for (auto id : ids) out.push_back(std::to_string(id));
  return out;
}

}  // namespace pacte::testing
