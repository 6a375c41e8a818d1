#pragma once
// The repositories reachable inside one transaction. Each repository interface lives in its
// own header (app/ports/<feature>_repository.hpp) and is implemented in
// storage/repositories/<feature>_repository.cpp.

namespace pacte::app {

class AgentRepository;
class SessionRepository;
class CredentialRepository;
class AuditRepository;
class TerritoryRepository;
class InstitutionRepository;
class StructureRepository;
class BeneficiaryRepository;

class UnitOfWork {
 public:
  virtual ~UnitOfWork() = default;
  virtual AgentRepository& Agents() = 0;
  virtual SessionRepository& Sessions() = 0;
  virtual CredentialRepository& Credentials() = 0;
  virtual AuditRepository& Audit() = 0;
  virtual TerritoryRepository& Territory() = 0;
  virtual InstitutionRepository& Institutions() = 0;
  virtual StructureRepository& Structures() = 0;
  virtual BeneficiaryRepository& Beneficiaries() = 0;
};

}  // namespace pacte::app
