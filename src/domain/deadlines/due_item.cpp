#include "domain/deadlines/due_item.hpp"

#include <array>

namespace pacte {
namespace {

struct KindInfo {
  DueKind kind;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<KindInfo, 6> kKinds{{
    {DueKind::kOrientation, "orientation_overdue", "Orientation à décider"},
    {DueKind::kContract, "contract_overdue", "Contrat à signer"},
    {DueKind::kContractExpiring, "contract_expiring", "Contrat arrivant à échéance"},
    {DueKind::kSocialReview, "social_review_due", "Parcours social à réexaminer"},
    {DueKind::kNoRecentAppointment, "no_recent_appointment", "Sans rendez-vous récent"},
    {DueKind::kAppointmentUnrecorded, "appointment_unrecorded", "Rendez-vous à préciser"},
}};

const KindInfo& Info(DueKind k) { return kKinds[static_cast<std::size_t>(k)]; }

}  // namespace

std::string_view DueKindCode(DueKind k) { return Info(k).code; }
std::string_view DueKindLabel(DueKind k) { return Info(k).label; }

std::optional<DueKind> ParseDueKind(std::string_view code) {
  for (const auto& info : kKinds) {
    if (info.code == code) return info.kind;
  }
  return std::nullopt;
}

const std::vector<DueKind>& AllDueKinds() {
  static const std::vector<DueKind> all = [] {
    std::vector<DueKind> v;
    v.reserve(kKinds.size());
    for (const auto& info : kKinds) v.push_back(info.kind);
    return v;
  }();
  return all;
}

bool IsOnWorkList(const DueItem& item, Date today) {
  switch (item.kind) {
    case DueKind::kOrientation:
    case DueKind::kContract:
      return item.overdue;
    case DueKind::kSocialReview:
      return item.due_on <= today;
    case DueKind::kContractExpiring:
    case DueKind::kNoRecentAppointment:
    case DueKind::kAppointmentUnrecorded:
      return true;
  }
  return true;
}

}  // namespace pacte
