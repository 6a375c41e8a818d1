#pragma once
// A Store decorator that keeps the audit events of committed transactions (the events still go
// to the real audit chain), for tests asserting what a use case recorded.

#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "app/ports/audit_repository.hpp"
#include "app/ports/store.hpp"
#include "app/ports/unit_of_work.hpp"
#include "support/recording_audit.hpp"

namespace pacte::testing {

// Forwards every repository to the real unit of work, except Audit() which records.
class RecordingUnitOfWork final : public app::UnitOfWork {
 public:
  RecordingUnitOfWork(app::UnitOfWork& inner, std::vector<app::AuditEvent>& pending)
      : inner_(inner), audit_(inner.Audit(), pending) {}
  app::AgentRepository& Agents() override { return inner_.Agents(); }
  app::SessionRepository& Sessions() override { return inner_.Sessions(); }
  app::CredentialRepository& Credentials() override { return inner_.Credentials(); }
  app::AuditRepository& Audit() override { return audit_; }
  app::TerritoryRepository& Territory() override { return inner_.Territory(); }
  app::InstitutionRepository& Institutions() override { return inner_.Institutions(); }
  app::StructureRepository& Structures() override { return inner_.Structures(); }
  app::BeneficiaryRepository& Beneficiaries() override { return inner_.Beneficiaries(); }
  app::ParcoursStateRepository& ParcoursStates() override { return inner_.ParcoursStates(); }
  app::OrientationRepository& Orientations() override { return inner_.Orientations(); }
  app::ReferentRepository& Referents() override { return inner_.Referents(); }
  app::DiagnosticRepository& Diagnostics() override { return inner_.Diagnostics(); }
  app::ContractRepository& Contracts() override { return inner_.Contracts(); }
  app::AppointmentRepository& Appointments() override { return inner_.Appointments(); }
  app::NoteRepository& Notes() override { return inner_.Notes(); }
  app::ExitRepository& Exits() override { return inner_.Exits(); }
  app::WorklistRepository& Worklists() override { return inner_.Worklists(); }
  app::TimelineRepository& Timelines() override { return inner_.Timelines(); }
  app::PersonalDataRepository& PersonalData() override { return inner_.PersonalData(); }
  app::PopulationRepository& Population() override { return inner_.Population(); }
  app::OfferPopulationRepository& OfferPopulation() override { return inner_.OfferPopulation(); }
  app::OfferFiguresRepository& OfferFigures() override { return inner_.OfferFigures(); }
  app::PrescriptionRepository& Prescriptions() override { return inner_.Prescriptions(); }
  app::DataInclusionRepository& DataInclusion() override { return inner_.DataInclusion(); }
  app::ActionSearchRepository& ActionSearch() override { return inner_.ActionSearch(); }
  app::CatalogueRepository& Catalogue() override { return inner_.Catalogue(); }
  app::ImportRepository& Imports() override { return inner_.Imports(); }
  app::ImportMappingRepository& ImportMappings() override { return inner_.ImportMappings(); }
  app::IntakeLookupRepository& IntakeLookup() override { return inner_.IntakeLookup(); }
  app::CafIntakeRepository& CafIntake() override { return inner_.CafIntake(); }
  app::StatsFactsRepository& StatsFacts() override { return inner_.StatsFacts(); }
  app::PactRepository& Pact() override { return inner_.Pact(); }
  app::NeedsRepository& Needs() override { return inner_.Needs(); }
  bool Nested(const std::function<bool()>& fn) override { return inner_.Nested(fn); }

 private:
  app::UnitOfWork& inner_;
  RecordingAudit audit_;
};

// A Store keeping the audit events of committed transactions only.
class RecordingStore final : public app::Store {
 public:
  explicit RecordingStore(app::Store& inner) : inner_(inner) {}
  void Transact(app::TxMode mode, const std::function<bool(app::UnitOfWork&)>& fn) override {
    std::vector<app::AuditEvent> pending;
    bool committed = false;
    inner_.Transact(mode, [&](app::UnitOfWork& uow) {
      RecordingUnitOfWork recording(uow, pending);
      committed = fn(recording);
      return committed;
    });
    if (!committed) return;
    std::lock_guard lock(mutex_);
    for (auto& e : pending) events_.push_back(std::move(e));
  }
  bool Ping() override { return inner_.Ping(); }
  app::PoolStats Stats() const override { return inner_.Stats(); }
  std::string_view Backend() const override { return inner_.Backend(); }

  std::vector<std::string> Actions() const {
    std::lock_guard lock(mutex_);
    std::vector<std::string> out;
    for (const auto& e : events_) out.push_back(e.action);
    return out;
  }
  std::vector<app::AuditEvent> Events() const {
    std::lock_guard lock(mutex_);
    return events_;
  }

 private:
  app::Store& inner_;
  mutable std::mutex mutex_;
  std::vector<app::AuditEvent> events_;
};

}  // namespace pacte::testing
