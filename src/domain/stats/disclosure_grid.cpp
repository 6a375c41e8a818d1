#include "domain/stats/disclosure_grid.hpp"

#include <optional>
#include <queue>
#include <tuple>

namespace pacte::stats::detail {
namespace {

using Position = std::pair<std::size_t, std::size_t>;

void HideSecondary(GridEntry& e) {
  if (e.hidden) return;
  e.hidden = true;
  e.secondary = true;
}

// How good hiding an entry is for its crossing line: 0 when that line holds exactly one
// hidden entry (both lines get fixed), 1 when it already holds two or more, 2 when it holds
// none (hiding creates a new offending line).
int CrossingRank(std::size_t crossing_hidden) {
  if (crossing_hidden == 1) return 0;
  return crossing_hidden == 0 ? 2 : 1;
}

struct HiddenCounts {
  std::vector<std::size_t> rows;
  std::vector<std::size_t> columns;
};

HiddenCounts CountHidden(const Grid& g) {
  HiddenCounts h{std::vector<std::size_t>(g.size(), 0),
                 std::vector<std::size_t>(g.empty() ? 0 : g[0].size(), 0)};
  for (std::size_t r = 0; r < g.size(); ++r) {
    for (std::size_t c = 0; c < g[r].size(); ++c) {
      if (!g[r][c].hidden) continue;
      ++h.rows[r];
      ++h.columns[c];
    }
  }
  return h;
}

// The entry to hide in an offending line: non-zero and shown, best crossing rank, then the
// smallest value, then the first in reading order.
std::optional<Position> PickInLine(const Grid& g, const HiddenCounts& h,
                                   const std::vector<Position>& line, bool is_row) {
  std::optional<Position> best;
  std::pair<int, long long> best_key;
  for (const auto& [r, c] : line) {
    const GridEntry& e = g[r][c];
    if (e.hidden || e.value == 0) continue;
    const std::pair<int, long long> key{CrossingRank(is_row ? h.columns[c] : h.rows[r]),
                                        e.value};
    if (!best || key < best_key) {
      best = Position{r, c};
      best_key = key;
    }
  }
  return best;
}

// One step of the line rule; false when every line holds 0 or at least 2 hidden entries.
bool FixOneLine(Grid& g) {
  const HiddenCounts h = CountHidden(g);
  const std::size_t rows = g.size();
  const std::size_t cols = rows == 0 ? 0 : g[0].size();
  for (std::size_t k = 0; k < rows + cols; ++k) {
    const bool is_row = k < rows;
    if ((is_row ? h.rows[k] : h.columns[k - rows]) != 1) continue;
    std::vector<Position> line;
    for (std::size_t i = 0; i < (is_row ? cols : rows); ++i) {
      line.push_back(is_row ? Position{k, i} : Position{i, k - rows});
    }
    if (auto pick = PickInLine(g, h, line, is_row)) {
      HideSecondary(g[pick->first][pick->second]);
      return true;
    }
  }
  return false;
}

// Cost of hiding the rectangle closing (r, c) through (r2, c2): (zeros hidden, sum hidden).
std::pair<int, long long> RectangleCost(const Grid& g, std::size_t r, std::size_t c,
                                        std::size_t r2, std::size_t c2) {
  std::pair<int, long long> cost{0, 0};
  for (const auto& [rr, cc] : {Position{r, c2}, Position{r2, c2}, Position{r2, c}}) {
    const GridEntry& e = g[rr][cc];
    if (e.hidden) continue;
    if (e.value == 0) {
      ++cost.first;
    } else {
      cost.second += e.value;
    }
  }
  return cost;
}

void CloseCycle(Grid& g, std::size_t r, std::size_t c) {
  std::optional<std::tuple<int, long long, std::size_t, std::size_t>> best;
  for (std::size_t r2 = 0; r2 < g.size(); ++r2) {
    for (std::size_t c2 = 0; c2 < g[r2].size(); ++c2) {
      if (r2 == r || c2 == c) continue;
      auto [zeros, sum] = RectangleCost(g, r, c, r2, c2);
      if (!best || std::tie(zeros, sum) < std::tie(std::get<0>(*best), std::get<1>(*best))) {
        best = std::make_tuple(zeros, sum, r2, c2);
      }
    }
  }
  if (!best) return;
  const std::size_t r2 = std::get<2>(*best);
  const std::size_t c2 = std::get<3>(*best);
  HideSecondary(g[r][c2]);
  HideSecondary(g[r2][c2]);
  HideSecondary(g[r2][c]);
}

// One step of the cycle rule; false when no hidden entry is a bridge.
bool FixOneBridge(Grid& g) {
  for (std::size_t r = 0; r < g.size(); ++r) {
    for (std::size_t c = 0; c < g[r].size(); ++c) {
      if (g[r][c].hidden && !OnHiddenCycle(g, r, c)) {
        CloseCycle(g, r, c);
        return true;
      }
    }
  }
  return false;
}

}  // namespace

bool OnHiddenCycle(const Grid& g, std::size_t r, std::size_t c) {
  // Nodes: rows 0..R-1, then columns R..R+C-1; edges: hidden entries except (r, c).
  const std::size_t rows = g.size();
  const std::size_t cols = rows == 0 ? 0 : g[0].size();
  std::vector<bool> seen(rows + cols, false);
  std::queue<std::size_t> todo;
  todo.push(r);
  seen[r] = true;
  while (!todo.empty()) {
    const std::size_t n = todo.front();
    todo.pop();
    if (n == rows + c) return true;
    const bool is_row = n < rows;
    const std::size_t count = is_row ? cols : rows;
    for (std::size_t k = 0; k < count; ++k) {
      const std::size_t rr = is_row ? n : k;
      const std::size_t cc = is_row ? k : n - rows;
      if (!g[rr][cc].hidden || (rr == r && cc == c)) continue;
      const std::size_t next = is_row ? rows + k : k;
      if (!seen[next]) {
        seen[next] = true;
        todo.push(next);
      }
    }
  }
  return false;
}

void ProtectGrid(Grid& grid) {
  while (true) {
    while (FixOneLine(grid)) {
    }
    if (!FixOneBridge(grid)) return;
  }
}

void ProtectSingleRelation(std::vector<GridEntry*>& entries) {
  std::size_t hidden = 0;
  GridEntry* smallest = nullptr;
  for (GridEntry* e : entries) {
    if (e->hidden) {
      ++hidden;
    } else if (e->value != 0 && (!smallest || e->value < smallest->value)) {
      smallest = e;
    }
  }
  if (hidden == 1 && smallest) HideSecondary(*smallest);
}

}  // namespace pacte::stats::detail
