#pragma once
// French titles of the exported sections and columns (the stored names otherwise).

#include <string>

namespace pacte::web {

std::string SectionTitle(const std::string& key);
std::string ColumnLabel(const std::string& column);

}  // namespace pacte::web
