#include "web/html/imports/import_views.hpp"

#include <cstdio>

#include "app/intake/imports.hpp"
#include "domain/intake/import_progress.hpp"

namespace pacte::web {
namespace {

std::string RateText(double rate) {
  char buf[32];
  std::snprintf(buf, sizeof buf, rate >= 10 ? "%.0f" : "%.1f", rate);
  std::string text = buf;
  for (auto& c : text) {
    if (c == '.') c = ',';
  }
  return text;
}

nlohmann::json CountsView(const nlohmann::json& counts) {
  nlohmann::json out = nlohmann::json::array();
  if (!counts.is_object()) return out;
  for (const auto& [key, value] : counts.items()) {
    out.push_back({{"label", app::CounterLabel(key)}, {"value", value.is_number() ? value : nlohmann::json(0)}});
  }
  return out;
}

}  // namespace

std::string DurationText(std::int64_t seconds) {
  if (seconds < 60) return std::to_string(seconds) + " s";
  char buf[48];
  if (seconds < 3600) {
    std::snprintf(buf, sizeof buf, "%lld min %02lld s", static_cast<long long>(seconds / 60),
                  static_cast<long long>(seconds % 60));
  } else {
    std::snprintf(buf, sizeof buf, "%lld h %02lld min", static_cast<long long>(seconds / 3600),
                  static_cast<long long>(seconds % 3600 / 60));
  }
  return buf;
}

nlohmann::json ImportView(const app::ImportRecord& r, Timestamp now) {
  auto end = r.finished_at.value_or(now);
  auto elapsed = r.started_at ? (end - *r.started_at).count() : 0;
  auto p = intake::ComputeProgress(r.progress_done, r.progress_total, r.units_done, elapsed);
  int percent = r.status == app::kImportDone ? 100 : p.percent.value_or(0);
  bool caf = r.kind == app::kImportKindCaf;
  nlohmann::json progress{{"percent", percent},
                          {"percent_text", p.percent || r.status == app::kImportDone
                                               ? std::to_string(percent) + " %"
                                               : std::string("inconnu")},
                          {"units", r.units_done},
                          {"unit_label", caf ? "foyers" : "lignes"}};
  if (p.units_per_second) progress["rate_text"] = RateText(*p.units_per_second);
  if (p.seconds_left && app::IsImportActive(r)) progress["eta_text"] = DurationText(*p.seconds_left);
  if (elapsed > 0) progress["elapsed_text"] = DurationText(elapsed);
  nlohmann::json counts = CountsView(r.counts);
  nlohmann::json v{{"id", r.id},
                   {"kind", r.kind},
                   {"kind_label", caf ? "Flux CAF / MSA" : "Tableur"},
                   {"status", r.status},
                   {"status_label", app::ImportStatusLabel(r.status)},
                   {"active", app::IsImportActive(r)},
                   {"running", r.status == app::kImportRunning},
                   {"cancel_requested", r.cancel_requested},
                   {"file_name", r.file_name},
                   {"dry_run", r.dry_run},
                   {"mode_label", r.dry_run ? "Simulation" : "Application"},
                   {"created_at", FormatFrenchTimestamp(r.created_at)},
                   {"progress", std::move(progress)},
                   {"counts", counts},
                   {"has_counts", !counts.empty()}};
  if (r.error) v["error"] = *r.error;
  if (r.plan_of) v["plan_of"] = *r.plan_of;
  if (r.reference_date) v["reference_date"] = FormatFrenchDate(*r.reference_date);
  if (r.finished_at) v["finished_at"] = FormatFrenchTimestamp(*r.finished_at);
  return v;
}

}  // namespace pacte::web
