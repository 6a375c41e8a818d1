#include "domain/intake/caf_fingerprints.hpp"

namespace pacte::intake {

std::uint64_t FingerprintSet::Hash(std::string_view key) {
  std::uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  // splitmix64 finaliser: spreads FNV's weak low bits over the whole word.
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h == 0 ? 1 : h;
}

std::size_t FingerprintSet::Slot(std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  while (slots_[i] != 0 && slots_[i] != hash) i = (i + 1) & mask;
  return i;
}

void FingerprintSet::Grow() {
  std::vector<std::uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  for (std::uint64_t h : old) {
    if (h != 0) slots_[Slot(h)] = h;
  }
}

bool FingerprintSet::Insert(std::string_view key) {
  if ((size_ + 1) * 4 > slots_.size() * 3) Grow();  // load factor at most 3/4
  const std::uint64_t h = Hash(key);
  const std::size_t i = Slot(h);
  if (slots_[i] == h) return false;
  slots_[i] = h;
  ++size_;
  return true;
}

bool FingerprintSet::Contains(std::string_view key) const {
  if (slots_.empty()) return false;
  const std::uint64_t h = Hash(key);
  return slots_[Slot(h)] == h;
}

}  // namespace pacte::intake
