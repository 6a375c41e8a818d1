#pragma once
// Port: aggregate figures of the offer (fill rates, prescriptions by status, delays).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pacte::app {

struct OfferFiguresFilter {
  std::optional<std::int64_t> structure_id;  // only the actions of this operator
  std::optional<int> year;  // sessions starting / prescriptions made that year
};

// Places offered and used by one action: places of its non-cancelled sessions (its capacity
// when it has none); used = prescriptions accepted, entered or exited (each took a place).
struct ActionFill {
  std::int64_t action_id = 0;
  std::string name;
  std::string status;
  std::optional<std::string> objective;
  std::string structure_name;
  std::optional<std::int64_t> territory_id;  // of the action's commune
  std::string territory_name;                // "" when none
  std::int64_t places = 0;
  std::int64_t used = 0;
};

struct StatusCount {
  std::string status;
  std::int64_t count = 0;
};

// Dates of one prescription, for the delays (ISO texts; "" when absent).
struct PrescriptionDates {
  std::string status;
  std::string prescribed_at;
  std::string answered_at;
  std::string entered_on;
};

class OfferFiguresRepository {
 public:
  virtual ~OfferFiguresRepository() = default;
  // Published and archived actions (drafts offer nothing), by name.
  virtual std::vector<ActionFill> ActionFills(const OfferFiguresFilter& filter) = 0;
  virtual std::vector<StatusCount> PrescriptionsByStatus(const OfferFiguresFilter& filter) = 0;
  virtual std::vector<PrescriptionDates> PrescriptionDatesOf(const OfferFiguresFilter& f) = 0;
};

}  // namespace pacte::app
