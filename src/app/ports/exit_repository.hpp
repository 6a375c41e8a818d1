#pragma once
// Port: exits (sorties) and reviews of a social path.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/time.hpp"
#include "domain/parcours/parcours_exit.hpp"
#include "domain/parcours/parcours_review.hpp"

namespace pacte::app {

struct ExitRecord {
  std::int64_t person_id = 0;
  Date exited_on{};
  ExitReason reason = ExitReason::kAutre;
  std::optional<std::string> comment;
  std::optional<std::int64_t> recorded_by;
};

struct StoredExit {
  std::int64_t id = 0;
  ExitRecord record;
  Timestamp created_at{};
};

struct ReviewRecord {
  std::int64_t person_id = 0;
  ReviewFields fields;
  std::optional<std::int64_t> recorded_by;
};

struct StoredReview {
  std::int64_t id = 0;
  ReviewRecord record;
  Timestamp created_at{};
};

class ExitRepository {
 public:
  virtual ~ExitRepository() = default;
  virtual std::int64_t InsertExit(const ExitRecord& r, Timestamp now) = 0;
  // The person's exits, latest first.
  virtual std::vector<StoredExit> ExitsOf(std::int64_t person_id) = 0;
  virtual std::int64_t InsertReview(const ReviewRecord& r, Timestamp now) = 0;
  // The person's reviews, latest first.
  virtual std::vector<StoredReview> ReviewsOf(std::int64_t person_id) = 0;
};

}  // namespace pacte::app
