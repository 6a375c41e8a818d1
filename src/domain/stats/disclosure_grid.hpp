#pragma once
// Secondary suppression on a grid of counts whose every row and every column is a linear
// relation a reader knows (internal to domain/stats; Disclose is the public entry point).
//
// Model. A table of R × C cells with its margins is seen as an extended (R+1) × (C+1) grid:
// entry [r][C] is the total of row r, [R][c] the total of column c, [R][C] the grand total.
// Writing the margins with a minus sign (and the grand total with a plus sign), every row and
// every column of the extended grid sums to zero, so the reader knows one linear relation per
// line. The hidden entries are the unknowns; they form the edges of a bipartite graph between
// the R+1 row lines and the C+1 column lines. The null space of the relations is the cycle
// space of that graph, hence:
//   a hidden entry is uniquely determined by the shown entries
//   <=> its edge lies on no cycle of hidden entries (it is a bridge).
// A line holding exactly one hidden entry is the simplest such bridge.
//
// Algorithm (ProtectGrid), deterministic:
//   1. line rule, iterated until stable: while a line (row or column, margins included) holds
//      exactly one hidden entry, hide a non-zero shown entry of that line, preferring one
//      whose crossing line also holds exactly one hidden entry (fixing both), then one whose
//      crossing line already holds two or more, then the smallest value, then the first in
//      reading order;
//   2. cycle rule: while some hidden entry is a bridge, hide the cheapest rectangle closing a
//      cycle through it (entries (r,c'), (r',c'), (r',c) with the smallest sum of values not
//      yet hidden; zeros only when no other rectangle exists), then go back to 1.
// Each step hides at least one more entry, so it ends. Zeros are never hidden by step 1 (a
// hidden entry is always non-zero, so a non-zero candidate exists on its line).
//
// Limits (documented in docs/permissions.md, "Secret statistique"): the protection is against
// exact recomputation. Bounds remain: two hidden entries of a line whose shown total leaves
// 3 have each a value in 0..3. The rule is not optimal (it may hide more than the least
// possible). Shown zeros tell that nobody of a row has a column's attribute. Each table is
// protected alone: two published tables sharing a margin (same rows, other columns) are not
// protected jointly, so a page should show one breakdown per population and margin. Cost:
// at worst quadratic in the number of entries, meant for fixed grids of tens of lines.

#include <cstddef>
#include <vector>

namespace pacte::stats::detail {

struct GridEntry {
  long long value = 0;
  bool hidden = false;
  bool secondary = false;  // hidden by this algorithm (not below the threshold)
};

// [row][column]; every row has the same length. Each row and each column is one relation.
using Grid = std::vector<std::vector<GridEntry>>;

// Hides further entries of `grid` (marking them secondary) until no hidden entry is
// uniquely determined by the shown entries and the line relations.
void ProtectGrid(Grid& grid);

// The same for a single relation over `entries` (a table shown without margins but whose
// grand total is known): hides the smallest non-zero shown entry when exactly one is hidden.
void ProtectSingleRelation(std::vector<GridEntry*>& entries);

// True when the hidden entry (r, c) lies on a cycle of hidden entries of `grid` (so it is not
// uniquely determined). Exposed for the property tests.
bool OnHiddenCycle(const Grid& grid, std::size_t r, std::size_t c);

}  // namespace pacte::stats::detail
