#pragma once
// How long audit events are kept (CNIL: 6 to 12 months for access logs).

#include "domain/common/time.hpp"

namespace pacte::audit {

// Events strictly older than the returned instant may be purged: midnight UTC of the day
// `months` months before now's day (31 March minus one month is 28 or 29 February).
// Precondition: months >= 1.
Timestamp RetentionCutoff(Timestamp now, int months);

}  // namespace pacte::audit
