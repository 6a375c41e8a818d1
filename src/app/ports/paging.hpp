#pragma once
// Pagination shared by every list: 1-based page number, bounded page size.

#include <algorithm>
#include <cstdint>
#include <vector>

namespace pacte::app {

struct PageRequest {
  int number = 1;
  int size = 25;
  // Clamped copy: number >= 1, 1 <= size <= 200.
  PageRequest Clamped() const {
    return PageRequest{std::max(1, number), std::clamp(size, 1, 200)};
  }
  std::int64_t Offset() const { return static_cast<std::int64_t>(number - 1) * size; }
};

template <class T>
struct PageOf {
  std::vector<T> items;
  std::int64_t total = 0;
  int number = 1;
  int size = 25;
  int PageCount() const {
    return total == 0 ? 1 : static_cast<int>((total + size - 1) / size);
  }
};

}  // namespace pacte::app
