#include "app/ports/clock.hpp"

namespace pacte::app {

Timestamp SystemClock::Now() const {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace pacte::app
