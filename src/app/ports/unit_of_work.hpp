#pragma once
// The repositories reachable inside one transaction. Each repository interface lives in its
// own header (app/ports/<feature>_repository.hpp) and is implemented in
// storage/repositories/<feature>_repository.cpp.

#include <functional>

namespace pacte::app {

class AgentRepository;
class SessionRepository;
class CredentialRepository;
class AuditRepository;
class TerritoryRepository;
class InstitutionRepository;
class StructureRepository;
class BeneficiaryRepository;
class ParcoursStateRepository;
class OrientationRepository;
class ReferentRepository;
class DiagnosticRepository;
class ContractRepository;
class AppointmentRepository;
class NoteRepository;
class ExitRepository;
class WorklistRepository;
class TimelineRepository;
class PersonalDataRepository;
class PopulationRepository;
class OfferPopulationRepository;
class OfferFiguresRepository;
class PrescriptionRepository;
class DataInclusionRepository;
class ActionSearchRepository;
class CatalogueRepository;
class ImportRepository;
class ImportMappingRepository;
class IntakeLookupRepository;
class CafIntakeRepository;
class StatsFactsRepository;
class PactRepository;
class NeedsRepository;

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
  virtual ParcoursStateRepository& ParcoursStates() = 0;
  virtual OrientationRepository& Orientations() = 0;
  virtual ReferentRepository& Referents() = 0;
  virtual DiagnosticRepository& Diagnostics() = 0;
  virtual ContractRepository& Contracts() = 0;
  virtual AppointmentRepository& Appointments() = 0;
  virtual NoteRepository& Notes() = 0;
  virtual ExitRepository& Exits() = 0;
  virtual WorklistRepository& Worklists() = 0;
  virtual TimelineRepository& Timelines() = 0;
  virtual PersonalDataRepository& PersonalData() = 0;
  virtual PopulationRepository& Population() = 0;
  virtual OfferPopulationRepository& OfferPopulation() = 0;
  virtual OfferFiguresRepository& OfferFigures() = 0;
  virtual PrescriptionRepository& Prescriptions() = 0;
  virtual DataInclusionRepository& DataInclusion() = 0;
  virtual ActionSearchRepository& ActionSearch() = 0;
  virtual CatalogueRepository& Catalogue() = 0;
  virtual ImportRepository& Imports() = 0;
  virtual ImportMappingRepository& ImportMappings() = 0;
  virtual IntakeLookupRepository& IntakeLookup() = 0;
  virtual CafIntakeRepository& CafIntake() = 0;
  virtual StatsFactsRepository& StatsFacts() = 0;
  virtual PactRepository& Pact() = 0;
  virtual NeedsRepository& Needs() = 0;

  // Runs fn inside a savepoint of this transaction: when fn returns false or throws, what it
  // wrote is undone (the exception is rethrown) and the transaction goes on. Imports apply
  // each household / row this way, many per transaction, all or nothing each.
  virtual bool Nested(const std::function<bool()>& fn) = 0;
};

}  // namespace pacte::app
