#pragma once
// What the deadline rules need to know about one person, gathered by the app layer from the
// dated history. Plain facts, no identity: computing deadlines never needs personal data.

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/common/time.hpp"
#include "domain/parcours/appointment.hpp"
#include "domain/parcours/contract.hpp"
#include "domain/parcours/parcours.hpp"

namespace pacte {

struct OrientationFact {
  std::int64_t id = 0;
  Date decided_on{};
  Parcours parcours = Parcours::kProfessionnel;
  bool with_france_travail = false;  // the organisme référent is France Travail
};

struct ContractFact {
  std::int64_t id = 0;
  ContractType type = ContractType::kContratEngagement;
  ContractStatus status = ContractStatus::kBrouillon;
  std::optional<Date> signed_on;
  Date starts_on{};
  Date ends_on{};                 // inclusive
  std::optional<Date> closed_on;  // when a termine/resilie contract actually stopped
};

struct AppointmentFact {
  std::int64_t id = 0;
  Date on{};  // the day of the appointment
  AppointmentStatus status = AppointmentStatus::kAVenir;
};

struct PersonParcoursSnapshot {
  // Start of the person's current period in droits et devoirs; nullopt when not in D&D.
  std::optional<Date> dd_since;
  // The person's latest orientation, if any (a re-orientation replaces the previous one).
  std::optional<OrientationFact> orientation;
  // The person's contracts, any status and order (drafts are ignored).
  std::vector<ContractFact> contracts;
  // The person's appointments, any status and order.
  std::vector<AppointmentFact> appointments;
  // The person's latest exit, if any.
  std::optional<Date> exited_on;
  // The last review of the current social orientation (EP or joint review), if recorded.
  std::optional<Date> social_reviewed_on;
  // Health, disability, housing or family vulnerabilities: the social review is due after
  // social_review_delay_vulnerable instead of social_review_delay.
  bool has_vulnerabilities = false;
};

}  // namespace pacte
