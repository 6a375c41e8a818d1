#include "app/worklists/worklists.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/worklists/deadline_rule_settings.hpp"

namespace pacte::app {
namespace {

std::size_t IndexOf(DueKind kind) { return static_cast<std::size_t>(kind); }

struct Computed {
  Date today{};
  std::vector<WorklistEntry> entries;
};

template <class OnItem>
void ForEachListed(const std::vector<WorklistPerson>& persons, Date today,
                   const DeadlineRules& rules, OnItem on_item) {
  for (const auto& p : persons) {
    for (const auto& item : ComputeDue(p.snapshot, today, rules)) {
      if (IsOnWorkList(item, today)) on_item(p, item);
    }
  }
}

Result<Computed> Compute(Store& store, const Clock& clock, const Settings& settings,
                         const Actor& actor, DueKind kind, const WorklistQuery& query) {
  if (auto ok = AuthorizeWorklists(actor); !ok) return Fail(ok.error());
  const Date today = clock.Today();
  // Store::Transact rather than app::Read: GCC 12 reports a false free-nonheap-object on
  // the temporary Result of a large value inside InTransaction.
  Computed out;
  out.today = today;
  std::optional<Error> failure;
  store.Transact(TxMode::kRead, [&](UnitOfWork& uow) {
    auto rules = EffectiveDeadlineRules(uow, settings);
    if (!rules) {
      failure = rules.error();
      return false;
    }
    const auto persons =
        uow.Worklists().LoadSnapshots(ResolveWorklistFilter(actor, query), today);
    out.entries = CollectDue(persons, kind, today, *rules);
    return true;
  });
  if (failure) return Fail(*failure);
  return out;
}

nlohmann::json FilterDetails(DueKind kind, const WorklistQuery& q) {
  nlohmann::json d{{"kind", DueKindCode(kind)}};
  if (q.perimeter == WorklistPerimeter::kMine) d["perimeter"] = "mine";
  if (q.perimeter == WorklistPerimeter::kStructure) d["perimeter"] = "structure";
  if (q.territory_id) d["territory_id"] = *q.territory_id;
  if (q.structure_id) d["structure_id"] = *q.structure_id;
  if (q.referent_agent_id) d["referent_agent_id"] = *q.referent_agent_id;
  return d;
}

std::vector<WorklistRow> Rows(std::vector<WorklistEntry>::const_iterator first,
                              std::vector<WorklistEntry>::const_iterator last) {
  std::vector<WorklistRow> rows;
  rows.reserve(static_cast<std::size_t>(last - first));
  for (auto it = first; it != last; ++it) rows.push_back({*it, std::nullopt});
  return rows;
}

void AttachLabels(UnitOfWork& uow, std::vector<WorklistRow>& rows) {
  std::vector<std::int64_t> ids;
  std::unordered_set<std::int64_t> seen;
  ids.reserve(rows.size());
  for (const auto& r : rows) {
    if (seen.insert(r.entry.person_id).second) ids.push_back(r.entry.person_id);
  }
  std::unordered_map<std::int64_t, WorklistPersonLabel> by_id;
  for (auto& l : uow.Worklists().DescribePersons(ids)) by_id.emplace(l.person_id, std::move(l));
  for (auto& r : rows) {
    if (auto it = by_id.find(r.entry.person_id); it != by_id.end()) r.label = it->second;
  }
}

}  // namespace

std::vector<WorklistCount> CountDue(const std::vector<WorklistPerson>& persons, Date today,
                                    const DeadlineRules& rules) {
  std::vector<WorklistCount> counts;
  for (DueKind k : AllDueKinds()) counts.push_back({k, 0});
  ForEachListed(persons, today, rules, [&](const WorklistPerson&, const DueItem& item) {
    ++counts[IndexOf(item.kind)].count;
  });
  return counts;
}

std::vector<WorklistEntry> CollectDue(const std::vector<WorklistPerson>& persons, DueKind kind,
                                      Date today, const DeadlineRules& rules) {
  std::vector<WorklistEntry> out;
  ForEachListed(persons, today, rules, [&](const WorklistPerson& p, const DueItem& item) {
    if (item.kind != kind) return;
    const std::int64_t late = item.overdue ? (today - item.due_on).count() : 0;
    out.push_back({p.person_id, item, p.structure_id, p.referent_agent_id, late});
  });
  std::sort(out.begin(), out.end(), [](const WorklistEntry& a, const WorklistEntry& b) {
    if (a.item.due_on != b.item.due_on) return a.item.due_on < b.item.due_on;
    if (a.person_id != b.person_id) return a.person_id < b.person_id;
    return a.item.subject_id < b.item.subject_id;
  });
  return out;
}

Result<WorklistCounts> CountWorklists(Store& store, const Clock& clock, const Settings& settings,
                                      const Actor& actor, const WorklistQuery& query) {
  if (auto ok = AuthorizeWorklists(actor); !ok) return Fail(ok.error());
  const Date today = clock.Today();
  WorklistCounts out;
  out.today = today;
  std::optional<Error> failure;
  store.Transact(TxMode::kRead, [&](UnitOfWork& uow) {
    auto rules = EffectiveDeadlineRules(uow, settings);
    if (!rules) {
      failure = rules.error();
      return false;
    }
    const auto persons =
        uow.Worklists().LoadSnapshots(ResolveWorklistFilter(actor, query), today);
    out.counts = CountDue(persons, today, *rules);
    return true;
  });
  if (failure) return Fail(*failure);
  return out;
}

Result<WorklistPage> ListWorklist(Store& store, const Clock& clock, const Settings& settings,
                                  const Actor& actor, DueKind kind, const WorklistQuery& query,
                                  PageRequest page, WorklistDetail detail) {
  auto computed = Compute(store, clock, settings, actor, kind, query);
  if (!computed) return Fail(computed.error());
  page = page.Clamped();
  const auto& all = computed->entries;
  const auto begin = std::min<std::size_t>(all.size(), static_cast<std::size_t>(page.Offset()));
  const auto end = std::min<std::size_t>(all.size(), begin + static_cast<std::size_t>(page.size));
  WorklistPage out{computed->today, {}};
  out.page.items = Rows(all.begin() + static_cast<std::ptrdiff_t>(begin),
                        all.begin() + static_cast<std::ptrdiff_t>(end));
  out.page.total = static_cast<std::int64_t>(all.size());
  out.page.number = page.number;
  out.page.size = page.size;
  return Write(store, [&](UnitOfWork& uow) -> Result<WorklistPage> {
    if (detail == WorklistDetail::kWithNames) AttachLabels(uow, out.page.items);
    nlohmann::json details = FilterDetails(kind, query);
    details["page"] = page.number;
    details["total"] = out.page.total;
    nlohmann::json ids = nlohmann::json::array();
    for (const auto& r : out.page.items) ids.push_back(r.entry.person_id);
    details["person_ids"] = std::move(ids);
    RecordAudit(uow, clock, actor, "worklist.read", "worklist", std::string(DueKindCode(kind)),
                details);
    return std::move(out);
  });
}

Result<WorklistPage> ExportWorklist(Store& store, const Clock& clock, const Settings& settings,
                                    const Actor& actor, DueKind kind,
                                    const WorklistQuery& query) {
  auto computed = Compute(store, clock, settings, actor, kind, query);
  if (!computed) return Fail(computed.error());
  const auto& all = computed->entries;
  WorklistPage out{computed->today, {}};
  out.page.items = Rows(all.begin(), all.end());
  out.page.total = static_cast<std::int64_t>(all.size());
  out.page.size = static_cast<int>(std::max<std::size_t>(1, all.size()));
  return Write(store, [&](UnitOfWork& uow) -> Result<WorklistPage> {
    AttachLabels(uow, out.page.items);
    nlohmann::json details = FilterDetails(kind, query);
    details["total"] = out.page.total;
    RecordAudit(uow, clock, actor, "worklist.export", "worklist", std::string(DueKindCode(kind)),
                details);
    return std::move(out);
  });
}

}  // namespace pacte::app
