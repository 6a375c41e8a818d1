#pragma once
// A fixed list of codes with French labels, shared by the parcours enumerations: each entry
// ties an enumerator to its stable code (data and API) and its label (pages). Tables are
// constexpr arrays; lookups are linear (the lists hold a handful of entries).

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace pacte {

template <class E>
struct CodeLabel {
  E value;
  std::string_view code;
  std::string_view label;
};

// The entry of `value`; precondition: the table lists every enumerator.
template <class E, std::size_t N>
constexpr const CodeLabel<E>& EntryOf(const std::array<CodeLabel<E>, N>& table, E value) {
  for (const auto& entry : table) {
    if (entry.value == value) return entry;
  }
  return table.front();
}

// The enumerator whose code is exactly `code`; nullopt otherwise (codes are case-sensitive).
template <class E, std::size_t N>
constexpr std::optional<E> ValueOf(const std::array<CodeLabel<E>, N>& table,
                                   std::string_view code) {
  for (const auto& entry : table) {
    if (entry.code == code) return entry.value;
  }
  return std::nullopt;
}

// Every enumerator, in table order (the display order).
template <class E, std::size_t N>
std::vector<E> ValuesOf(const std::array<CodeLabel<E>, N>& table) {
  std::vector<E> all;
  all.reserve(N);
  for (const auto& entry : table) all.push_back(entry.value);
  return all;
}

}  // namespace pacte
