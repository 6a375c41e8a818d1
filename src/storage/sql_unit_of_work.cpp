#include "storage/sql_unit_of_work.hpp"

#include "storage/repositories/agent_repository.hpp"
#include "storage/repositories/audit_repository.hpp"
#include "storage/repositories/beneficiary_repository.hpp"
#include "storage/repositories/parcours_state_repository.hpp"
#include "storage/repositories/orientation_repository.hpp"
#include "storage/repositories/referent_repository.hpp"
#include "storage/repositories/diagnostic_repository.hpp"
#include "storage/repositories/contract_repository.hpp"
#include "storage/repositories/appointment_repository.hpp"
#include "storage/repositories/note_repository.hpp"
#include "storage/repositories/exit_repository.hpp"
#include "storage/repositories/worklist_repository.hpp"
#include "storage/repositories/timeline_repository.hpp"
#include "storage/repositories/personal_data_repository.hpp"
#include "storage/repositories/population_repository.hpp"
#include "storage/repositories/offer_population_repository.hpp"
#include "storage/repositories/offer_figures_repository.hpp"
#include "storage/repositories/prescription_repository.hpp"
#include "storage/repositories/data_inclusion_repository.hpp"
#include "storage/repositories/action_search_repository.hpp"
#include "storage/repositories/catalogue_repository.hpp"
#include "storage/repositories/import_mapping_repository.hpp"
#include "storage/repositories/import_repository.hpp"
#include "storage/repositories/intake_lookup_repository.hpp"
#include "storage/repositories/caf_intake_repository.hpp"
#include "storage/repositories/needs_repository.hpp"
#include "storage/repositories/pact_repository.hpp"
#include "storage/repositories/stats_facts_repository.hpp"
#include "storage/repositories/credential_repository.hpp"
#include "storage/repositories/institution_repository.hpp"
#include "storage/repositories/session_repository.hpp"
#include "storage/repositories/structure_repository.hpp"
#include "storage/repositories/territory_repository.hpp"

namespace pacte::storage {

SqlUnitOfWork::SqlUnitOfWork(SqlConnection& conn) : conn_(conn) {}
SqlUnitOfWork::~SqlUnitOfWork() = default;

app::AgentRepository& SqlUnitOfWork::Agents() {
  return Lazy<app::AgentRepository, SqlAgentRepository>(agents_);
}
app::SessionRepository& SqlUnitOfWork::Sessions() {
  return Lazy<app::SessionRepository, SqlSessionRepository>(sessions_);
}
app::CredentialRepository& SqlUnitOfWork::Credentials() {
  return Lazy<app::CredentialRepository, SqlCredentialRepository>(credentials_);
}
app::AuditRepository& SqlUnitOfWork::Audit() {
  return Lazy<app::AuditRepository, SqlAuditRepository>(audit_);
}
app::TerritoryRepository& SqlUnitOfWork::Territory() {
  return Lazy<app::TerritoryRepository, SqlTerritoryRepository>(territory_);
}
app::InstitutionRepository& SqlUnitOfWork::Institutions() {
  return Lazy<app::InstitutionRepository, SqlInstitutionRepository>(institutions_);
}
app::StructureRepository& SqlUnitOfWork::Structures() {
  return Lazy<app::StructureRepository, SqlStructureRepository>(structures_);
}
app::BeneficiaryRepository& SqlUnitOfWork::Beneficiaries() {
  return Lazy<app::BeneficiaryRepository, SqlBeneficiaryRepository>(beneficiaries_);
}
app::ParcoursStateRepository& SqlUnitOfWork::ParcoursStates() {
  return Lazy<app::ParcoursStateRepository, SqlParcoursStateRepository>(parcours_states_);
}
app::OrientationRepository& SqlUnitOfWork::Orientations() {
  return Lazy<app::OrientationRepository, SqlOrientationRepository>(orientations_);
}
app::ReferentRepository& SqlUnitOfWork::Referents() {
  return Lazy<app::ReferentRepository, SqlReferentRepository>(referents_);
}
app::DiagnosticRepository& SqlUnitOfWork::Diagnostics() {
  return Lazy<app::DiagnosticRepository, SqlDiagnosticRepository>(diagnostics_);
}
app::ContractRepository& SqlUnitOfWork::Contracts() {
  return Lazy<app::ContractRepository, SqlContractRepository>(contracts_);
}
app::AppointmentRepository& SqlUnitOfWork::Appointments() {
  return Lazy<app::AppointmentRepository, SqlAppointmentRepository>(appointments_);
}
app::NoteRepository& SqlUnitOfWork::Notes() {
  return Lazy<app::NoteRepository, SqlNoteRepository>(notes_);
}
app::ExitRepository& SqlUnitOfWork::Exits() {
  return Lazy<app::ExitRepository, SqlExitRepository>(exits_);
}
app::WorklistRepository& SqlUnitOfWork::Worklists() {
  return Lazy<app::WorklistRepository, SqlWorklistRepository>(worklists_);
}
app::TimelineRepository& SqlUnitOfWork::Timelines() {
  return Lazy<app::TimelineRepository, SqlTimelineRepository>(timelines_);
}
app::PersonalDataRepository& SqlUnitOfWork::PersonalData() {
  return Lazy<app::PersonalDataRepository, SqlPersonalDataRepository>(personal_data_);
}
app::PopulationRepository& SqlUnitOfWork::Population() {
  return Lazy<app::PopulationRepository, SqlPopulationRepository>(population_);
}

app::CatalogueRepository& SqlUnitOfWork::Catalogue() {
  return Lazy<app::CatalogueRepository, SqlCatalogueRepository>(catalogue_);
}

app::ImportRepository& SqlUnitOfWork::Imports() {
  return Lazy<app::ImportRepository, SqlImportRepository>(imports_);
}

app::ImportMappingRepository& SqlUnitOfWork::ImportMappings() {
  return Lazy<app::ImportMappingRepository, SqlImportMappingRepository>(import_mappings_);
}

app::IntakeLookupRepository& SqlUnitOfWork::IntakeLookup() {
  return Lazy<app::IntakeLookupRepository, SqlIntakeLookupRepository>(intake_lookup_);
}

app::CafIntakeRepository& SqlUnitOfWork::CafIntake() {
  return Lazy<app::CafIntakeRepository, SqlCafIntakeRepository>(caf_intake_);
}

app::StatsFactsRepository& SqlUnitOfWork::StatsFacts() {
  return Lazy<app::StatsFactsRepository, SqlStatsFactsRepository>(stats_facts_);
}

app::PactRepository& SqlUnitOfWork::Pact() {
  return Lazy<app::PactRepository, SqlPactRepository>(pact_);
}

app::NeedsRepository& SqlUnitOfWork::Needs() {
  return Lazy<app::NeedsRepository, SqlNeedsRepository>(needs_);
}

bool SqlUnitOfWork::Nested(const std::function<bool()>& fn) {
  // SAVEPOINT / ROLLBACK TO / RELEASE are the same on SQLite and PostgreSQL; on PostgreSQL
  // ROLLBACK TO also clears the "transaction aborted" state a failed statement leaves.
  const std::string name = "pacte_sp" + std::to_string(++savepoints_);
  conn_.ExecScript("SAVEPOINT " + name);
  bool keep = false;
  try {
    keep = fn();
  } catch (...) {
    conn_.ExecScript("ROLLBACK TO SAVEPOINT " + name + "; RELEASE SAVEPOINT " + name);
    --savepoints_;
    throw;
  }
  if (!keep) conn_.ExecScript("ROLLBACK TO SAVEPOINT " + name);
  conn_.ExecScript("RELEASE SAVEPOINT " + name);
  --savepoints_;
  return keep;
}

app::ActionSearchRepository& SqlUnitOfWork::ActionSearch() {
  return Lazy<app::ActionSearchRepository, SqlActionSearchRepository>(action_search_);
}

app::DataInclusionRepository& SqlUnitOfWork::DataInclusion() {
  return Lazy<app::DataInclusionRepository, SqlDataInclusionRepository>(data_inclusion_);
}

app::PrescriptionRepository& SqlUnitOfWork::Prescriptions() {
  return Lazy<app::PrescriptionRepository, SqlPrescriptionRepository>(prescriptions_);
}

app::OfferFiguresRepository& SqlUnitOfWork::OfferFigures() {
  return Lazy<app::OfferFiguresRepository, SqlOfferFiguresRepository>(offer_figures_);
}

app::OfferPopulationRepository& SqlUnitOfWork::OfferPopulation() {
  return Lazy<app::OfferPopulationRepository, SqlOfferPopulationRepository>(offer_population_);
}

}  // namespace pacte::storage
