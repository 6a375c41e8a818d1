#include "storage/sql_unit_of_work.hpp"

#include "storage/repositories/agent_repository.hpp"
#include "storage/repositories/audit_repository.hpp"
#include "storage/repositories/beneficiary_repository.hpp"
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

}  // namespace pacte::storage
