#pragma once
// The UnitOfWork over one SQL connection inside one transaction. Repositories are created
// on first use.

#include <memory>

#include "app/ports/unit_of_work.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlUnitOfWork final : public app::UnitOfWork {
 public:
  explicit SqlUnitOfWork(SqlConnection& conn);
  ~SqlUnitOfWork() override;

  app::AgentRepository& Agents() override;
  app::SessionRepository& Sessions() override;
  app::CredentialRepository& Credentials() override;
  app::AuditRepository& Audit() override;
  app::TerritoryRepository& Territory() override;
  app::InstitutionRepository& Institutions() override;
  app::StructureRepository& Structures() override;
  app::BeneficiaryRepository& Beneficiaries() override;
  app::ParcoursStateRepository& ParcoursStates() override;
  app::OrientationRepository& Orientations() override;
  app::ReferentRepository& Referents() override;
  app::DiagnosticRepository& Diagnostics() override;
  app::ContractRepository& Contracts() override;
  app::AppointmentRepository& Appointments() override;
  app::NoteRepository& Notes() override;
  app::ExitRepository& Exits() override;
  app::WorklistRepository& Worklists() override;
  app::TimelineRepository& Timelines() override;
  app::PersonalDataRepository& PersonalData() override;
  app::PopulationRepository& Population() override;
  app::OfferPopulationRepository& OfferPopulation() override;
  app::OfferFiguresRepository& OfferFigures() override;
  app::PrescriptionRepository& Prescriptions() override;
  app::DataInclusionRepository& DataInclusion() override;
  app::ActionSearchRepository& ActionSearch() override;
  app::CatalogueRepository& Catalogue() override;
  app::ImportRepository& Imports() override;
  app::ImportMappingRepository& ImportMappings() override;
  app::IntakeLookupRepository& IntakeLookup() override;
  app::CafIntakeRepository& CafIntake() override;
  app::StatsFactsRepository& StatsFacts() override;
  app::PactRepository& Pact() override;
  app::NeedsRepository& Needs() override;
  bool Nested(const std::function<bool()>& fn) override;
  // The connection of this transaction (storage tests).
  SqlConnection& connection() { return conn_; }

 private:
  template <class Repo, class Impl>
  Repo& Lazy(std::unique_ptr<Repo>& slot) {
    if (!slot) slot = std::make_unique<Impl>(conn_);
    return *slot;
  }

  SqlConnection& conn_;
  std::unique_ptr<app::AgentRepository> agents_;
  std::unique_ptr<app::SessionRepository> sessions_;
  std::unique_ptr<app::CredentialRepository> credentials_;
  std::unique_ptr<app::AuditRepository> audit_;
  std::unique_ptr<app::TerritoryRepository> territory_;
  std::unique_ptr<app::InstitutionRepository> institutions_;
  std::unique_ptr<app::StructureRepository> structures_;
  std::unique_ptr<app::BeneficiaryRepository> beneficiaries_;
  std::unique_ptr<app::ParcoursStateRepository> parcours_states_;
  std::unique_ptr<app::OrientationRepository> orientations_;
  std::unique_ptr<app::ReferentRepository> referents_;
  std::unique_ptr<app::DiagnosticRepository> diagnostics_;
  std::unique_ptr<app::ContractRepository> contracts_;
  std::unique_ptr<app::AppointmentRepository> appointments_;
  std::unique_ptr<app::NoteRepository> notes_;
  std::unique_ptr<app::ExitRepository> exits_;
  std::unique_ptr<app::WorklistRepository> worklists_;
  std::unique_ptr<app::TimelineRepository> timelines_;
  std::unique_ptr<app::PersonalDataRepository> personal_data_;
  std::unique_ptr<app::PopulationRepository> population_;
  std::unique_ptr<app::OfferPopulationRepository> offer_population_;
  std::unique_ptr<app::OfferFiguresRepository> offer_figures_;
  std::unique_ptr<app::PrescriptionRepository> prescriptions_;
  std::unique_ptr<app::DataInclusionRepository> data_inclusion_;
  std::unique_ptr<app::ActionSearchRepository> action_search_;
  std::unique_ptr<app::CatalogueRepository> catalogue_;
  std::unique_ptr<app::ImportRepository> imports_;
  std::unique_ptr<app::ImportMappingRepository> import_mappings_;
  std::unique_ptr<app::IntakeLookupRepository> intake_lookup_;
  std::unique_ptr<app::CafIntakeRepository> caf_intake_;
  std::unique_ptr<app::StatsFactsRepository> stats_facts_;
  std::unique_ptr<app::PactRepository> pact_;
  std::unique_ptr<app::NeedsRepository> needs_;
  int savepoints_ = 0;
};

}  // namespace pacte::storage
