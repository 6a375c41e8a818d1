#include "domain/deadlines/compute_due.hpp"

#include <algorithm>
#include <tuple>

#include "domain/deadlines/due_rules.hpp"

namespace pacte {

std::vector<DueItem> ComputeDue(const PersonParcoursSnapshot& person, Date today,
                                const DeadlineRules& rules) {
  CurrentParcours current = ReadCurrentParcours(person, today);
  std::vector<DueItem> items = UnrecordedAppointments(person, today, rules);
  for (auto item :
       {OrientationDue(person, current, today, rules), ContractDue(person, current, today, rules),
        ContractExpiring(person, current, today, rules),
        SocialReviewDue(person, current, today, rules),
        NoRecentAppointment(person, current, today, rules)}) {
    if (item) items.push_back(*item);
  }
  std::sort(items.begin(), items.end(), [](const DueItem& a, const DueItem& b) {
    return std::tie(a.kind, a.due_on, a.subject_id) < std::tie(b.kind, b.due_on, b.subject_id);
  });
  return items;
}

}  // namespace pacte
