#include "domain/beneficiary/name_match.hpp"

#include <algorithm>

#include "domain/common/text.hpp"

namespace pacte {
namespace {

// True when deleting exactly one character of `longer` gives `shorter`.
bool OneDeletionGives(std::string_view longer, std::string_view shorter) {
  std::size_t i = 0;
  while (i < shorter.size() && longer[i] == shorter[i]) ++i;
  return longer.substr(i + 1) == shorter.substr(i);
}

}  // namespace

bool WithinOneTypo(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() == b.size() + 1) return OneDeletionGives(a, b);
  if (b.size() == a.size() + 1) return OneDeletionGives(b, a);
  if (a.size() != b.size() || a.empty()) return false;
  // Same length: one deletion each, so the two strings differ only inside one window
  // [first, last] that one deletion on each side makes equal.
  std::size_t first = 0;
  while (a[first] == b[first]) ++first;
  std::size_t last = a.size() - 1;
  while (a[last] == b[last]) --last;
  std::string_view wa = a.substr(first, last - first + 1);
  std::string_view wb = b.substr(first, last - first + 1);
  if (wa.size() == 1) return true;  // one replaced letter
  // Deleting wa's first and wb's last (or the reverse) must leave the same window.
  return wa.substr(1) == wb.substr(0, wb.size() - 1) ||
         wa.substr(0, wa.size() - 1) == wb.substr(1);
}

std::vector<std::string> NameVariants(std::string_view word) {
  std::vector<std::string> out;
  if (word.size() < kVariantMinLength) return out;
  out.emplace_back(word);
  for (std::size_t i = 0; i < word.size(); ++i) {
    std::string v(word.substr(0, i));
    v.append(word.substr(i + 1));
    if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(std::move(v));
  }
  return out;
}

std::vector<std::string> KeyWords(std::string_view key) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < key.size()) {
    auto space = key.find(' ', pos);
    if (space == std::string_view::npos) space = key.size();
    if (space > pos) out.emplace_back(key.substr(pos, space - pos));
    pos = space + 1;
  }
  return out;
}

std::vector<std::string> PersonNameVariants(std::string_view last_name,
                                            std::string_view birth_name) {
  std::vector<std::string> variants;
  const std::string names = SearchKey(last_name) + " " + SearchKey(birth_name);
  for (const auto& word : KeyWords(names)) {
    for (auto& v : NameVariants(word)) {
      if (std::find(variants.begin(), variants.end(), v) == variants.end()) {
        variants.push_back(std::move(v));
      }
    }
  }
  return variants;
}

}  // namespace pacte
