#include "app/stats/oarsa_report.hpp"

#include <charconv>
#include <chrono>

#include "app/audit/record_audit.hpp"
#include "app/policies/stats_policy.hpp"
#include "app/ports/stats_facts_repository.hpp"
#include "domain/offer/delay_stats.hpp"
#include "domain/stats/oarsa.hpp"

namespace pacte::app {
namespace {

constexpr int kFirstYear = 2000;

Error InvalidYear(std::string message) {
  return Error::Invalid("oarsa.invalid_year", std::move(message), "annee");
}

Status CheckYear(int year, const Clock& clock) {
  const int current = static_cast<int>(std::chrono::year_month_day{clock.Today()}.year());
  if (year < kFirstYear) {
    return Fail(InvalidYear("Année " + std::to_string(year) +
                            " invalide : l'enquête OARSA est calculée à partir de l'année " +
                            std::to_string(kFirstYear) + "."));
  }
  if (year > current) {
    return Fail(InvalidYear("L'année " + std::to_string(year) +
                            " n'a pas encore commencé : choisissez une année passée ou "
                            "l'année en cours (" +
                            std::to_string(current) + " au plus)."));
  }
  return {};
}

OarsaDelayRow DelayRow(std::string label, const std::vector<double>& days,
                       const stats::DisclosureRule& rule) {
  const DelayStats s = ComputeDelayStats(days);
  const auto count = static_cast<long long>(days.size());
  return {std::move(label), stats::DisclosedStatistic(s.mean, count, rule),
          stats::DisclosedStatistic(s.median, count, rule)};
}

OarsaDelays Delays(const stats::OarsaCounts& counts, std::string title,
                   std::vector<double> stats::OarsaDelays::*field,
                   const stats::DisclosureRule& rule) {
  OarsaDelays out;
  out.title = std::move(title);
  out.total = DelayRow("Ensemble", counts.total_delays.*field, rule);
  for (auto d : stats::AllOarsaDimensions()) {
    OarsaDelayBlock block{std::string(stats::OarsaDimensionLabel(d)), {}};
    const auto& labels = stats::OarsaRowLabels(d);
    const auto& rows = counts.delays[static_cast<std::size_t>(d)];
    for (std::size_t r = 0; r < labels.size(); ++r) {
      block.rows.push_back(DelayRow(labels[r], rows[r].*field, rule));
    }
    out.blocks.push_back(std::move(block));
  }
  return out;
}

std::optional<double> OrientedRate(const stats::OarsaCounts& counts,
                                   const stats::DisclosureRule& rule) {
  const auto& t1 = counts.tables[0].total;
  long long all = 0;
  for (long long v : t1) all += v;
  return stats::DisclosedRate(all - t1[0], all, rule);
}

}  // namespace

OarsaReport DiscloseOarsa(const stats::OarsaCounts& counts, const stats::DisclosureRule& rule) {
  OarsaReport report;
  report.year = counts.year;
  report.exact = rule.exact;
  report.oriented_rate = OrientedRate(counts, rule);
  for (const auto& grid : counts.tables) {
    OarsaTableReport table{grid.number, grid.title, grid.partition, {}, {}};
    for (auto d : stats::AllOarsaDimensions()) {
      table.dimensions.emplace_back(stats::OarsaDimensionLabel(d));
      table.blocks.push_back(stats::Disclose(grid.ToCountTable(d), rule));
    }
    report.tables.push_back(std::move(table));
  }
  report.entry_to_orientation =
      Delays(counts, "Délai entre l'entrée et la primo-orientation (jours)",
             &stats::OarsaDelays::entry_to_orientation, rule);
  report.orientation_to_cer =
      Delays(counts, "Délai entre la primo-orientation et le primo-CER (jours)",
             &stats::OarsaDelays::orientation_to_cer, rule);
  return report;
}

Result<int> ParseOarsaYear(const std::string& text) {
  int year = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, year);
  if (text.empty() || ec != std::errc{} || ptr != end) {
    return Fail(
        InvalidYear("Année invalide : indiquez une année sur quatre chiffres, par "
                    "exemple 2024."));
  }
  return year;
}

Result<OarsaReport> ComputeOarsa(Store& store, const Clock& clock, const Actor& actor,
                                 const Settings& settings, int year) {
  if (auto ok = Authorize(actor, StatsAction::kReadOarsa); !ok) return Fail(ok.error());
  if (auto ok = CheckYear(year, clock); !ok) return Fail(ok.error());
  FactsQuery query;
  query.as_of = std::chrono::year{year} / std::chrono::December / 31;
  query.known_at = EndOfDay(query.as_of);
  stats::OarsaAccumulator acc(year);
  long long persons = 0;
  auto read = Read(store, [&](UnitOfWork& uow) -> Status {
    uow.StatsFacts().ForEachPerson(query, [&](const stats::PersonFacts& p) {
      ++persons;
      acc.Add(p);
    });
    return {};
  });
  if (!read) return Fail(read.error());
  if (persons == 0) {
    return Fail(Error::Invalid("oarsa.no_data",
                               "Aucune donnée pour l'année " + std::to_string(year) +
                                   " : aucun bénéficiaire n'était connu au 31 décembre.",
                               "annee"));
  }
  const auto rule = DisclosureFor(actor, settings);
  auto audited = Write(store, [&](UnitOfWork& uow) -> Status {
    RecordAudit(uow, clock, actor, "stats.oarsa", "oarsa", std::to_string(year),
                {{"year", year}, {"exact", rule.exact}});
    return {};
  });
  if (!audited) return Fail(audited.error());
  return DiscloseOarsa(acc.Counts(), rule);
}

}  // namespace pacte::app
