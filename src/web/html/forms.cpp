#include "web/html/forms.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include "domain/common/text.hpp"

namespace pacte::web {

nlohmann::json FieldErrorsJson(const Error& e) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& f : e.fields) {
    if (!out.contains(f.field)) out[f.field] = f.message;
  }
  out["_summary"] = e.message;
  return out;
}

app::PageRequest PageFromQuery(const Params& query) {
  app::PageRequest p;
  try {
    if (auto n = First(query, "page")) p.number = std::stoi(*n);
    if (auto s = First(query, "taille")) p.size = std::stoi(*s);
  } catch (const std::exception&) {
    p = app::PageRequest{};
  }
  return p.Clamped();
}

nlohmann::json PaginationJson(const std::string& path, const Params& query, std::int64_t total,
                              const app::PageRequest& page) {
  auto href = [&](int number) {
    std::string q;
    for (const auto& [k, v] : query) {
      if (k == "page") continue;
      q += (q.empty() ? "" : "&") + UrlEncode(k) + "=" + UrlEncode(v);
    }
    q += (q.empty() ? "" : "&") + std::string("page=") + std::to_string(number);
    return path + "?" + q;
  };
  int pages = total == 0 ? 1 : static_cast<int>((total + page.size - 1) / page.size);
  nlohmann::json out{{"page", page.number}, {"pages", pages}, {"total", total}};
  if (page.number > 1) out["prev_href"] = href(page.number - 1);
  if (page.number < pages) out["next_href"] = href(page.number + 1);
  return out;
}

std::optional<double> FormDouble(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  std::string t = Trim(*text);
  if (t.empty()) return std::nullopt;
  std::replace(t.begin(), t.end(), ',', '.');
  char* end = nullptr;
  double v = std::strtod(t.c_str(), &end);
  if (end == t.c_str() || *end != '\0') return std::numeric_limits<double>::quiet_NaN();
  return v;
}

}  // namespace pacte::web
