#include "app/personal_data/retention.hpp"

#include "app/audit/record_audit.hpp"

namespace pacte::app {

Date RetentionCutoff(Date today, int months) { return AddMonths(today, -months); }

std::string RetentionReport::Summary() const {
  const std::size_t n = persons.size();
  std::string count = std::to_string(n) + (n > 1 ? " personnes" : " personne");
  std::string since = " (sans contact depuis le " + FormatFrenchDate(cutoff) + ", " +
                      std::to_string(months) + " mois)";
  if (dry_run) {
    return "Simulation : " + count + (n > 1 ? " seraient anonymisées" : " serait anonymisée") +
           since + ". Rien n'a été modifié.";
  }
  return count + (n > 1 ? " anonymisées" : " anonymisée") + since + ".";
}

Result<RetentionReport> RunRetention(Store& store, const Clock& clock, const Settings& settings,
                                     const Actor& actor, const RetentionOptions& options) {
  if (!actor.Has(Role::kAdmin)) return Fail(Error::Forbidden());
  RetentionReport report;
  report.dry_run = options.dry_run;
  report.months = options.months.value_or(settings.retention_parcours_months);
  if (report.months < 1) {
    return Fail(Error::Invalid("retention.invalid_months",
                               "La durée de conservation doit être d'au moins 1 mois.", "months"));
  }
  report.cutoff = RetentionCutoff(DateOf(clock.Now()), report.months);
  auto candidates = Read(store, [&](UnitOfWork& uow) {
    return uow.PersonalData().RetentionCandidates(report.cutoff);
  });
  if (report.dry_run) {
    report.persons = std::move(candidates);
    return report;
  }
  for (const auto& candidate : candidates) {
    // Checked again in the transaction: a contact may have been recorded meanwhile.
    Write(store, [&](UnitOfWork& uow) {
      auto still = uow.PersonalData().RetentionCandidates(report.cutoff, candidate.person_id);
      if (still.empty()) return false;
      uow.PersonalData().Anonymise(candidate.person_id, clock.Now());
      RecordAudit(uow, clock, actor, "person.anonymise", "person",
                  std::to_string(candidate.person_id),
                  {{"months", report.months}, {"exited_on", FormatIsoDate(candidate.exited_on)}});
      report.persons.push_back(candidate);
      return true;
    });
  }
  return report;
}

}  // namespace pacte::app
