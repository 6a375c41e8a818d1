#include "app/intake/spreadsheet_communes.hpp"

#include <algorithm>

#include "domain/common/text.hpp"

namespace pacte::app {

CommuneIndex::CommuneIndex(std::vector<CommuneListItem> communes)
    : communes_(std::move(communes)) {
  keys_.reserve(communes_.size());
  for (const auto& c : communes_) keys_.push_back(SearchKey(c.name));
}

CommuneIndex CommuneIndex::Load(UnitOfWork& uow) {
  return CommuneIndex(uow.Territory().ListCommunes(CommuneFilter{}));
}

std::optional<std::string> CommuneIndex::Resolve(const std::string& postal_code,
                                                 const std::string& city) const {
  const std::string key = SearchKey(city);
  if (key.empty() && postal_code.empty()) return std::nullopt;
  std::optional<std::string> found;
  int count = 0;
  for (std::size_t i = 0; i < communes_.size(); ++i) {
    const auto& codes = communes_[i].postal_codes;
    if (!key.empty() && keys_[i] != key) continue;
    if (!postal_code.empty() &&
        std::find(codes.begin(), codes.end(), postal_code) == codes.end()) {
      continue;
    }
    found = communes_[i].insee_code;
    ++count;
  }
  if (count != 1) return std::nullopt;
  return found;
}

}  // namespace pacte::app
