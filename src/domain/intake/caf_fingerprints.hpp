#pragma once
// Remembering which keys (NUMDEMRSA, NIR…) a file already used, to refuse a household or a
// person present twice in one file, in 8 bytes per key: keys are kept as 64-bit hashes in an
// open-addressing table (no string kept). Two different keys share a hash with a probability
// of about n² / 2^65 (3·10⁻⁹ for a file of 300,000 keys).

#include <cstdint>
#include <string_view>
#include <vector>

namespace pacte::intake {

class FingerprintSet {
 public:
  // Adds the key; false when it (or a key of the same hash) was already there.
  bool Insert(std::string_view key);
  bool Contains(std::string_view key) const;
  std::size_t size() const { return size_; }

  // The 64-bit hash used (FNV-1a, then a final mix); never 0.
  static std::uint64_t Hash(std::string_view key);

 private:
  std::size_t Slot(std::uint64_t hash) const;
  void Grow();

  std::vector<std::uint64_t> slots_;  // 0: empty
  std::size_t size_ = 0;
};

}  // namespace pacte::intake
