#include "domain/audit/retention.hpp"

namespace pacte::audit {

Timestamp RetentionCutoff(Timestamp now, int months) {
  return Timestamp{AddMonths(DateOf(now), -months)};
}

}  // namespace pacte::audit
