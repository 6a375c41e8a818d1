#include "web/server/router.hpp"

namespace pacte::web {
namespace {

std::vector<std::string_view> Split(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t pos = 0;
  while (pos < path.size()) {
    auto slash = path.find('/', pos);
    if (slash == std::string_view::npos) slash = path.size();
    if (slash > pos) parts.push_back(path.substr(pos, slash - pos));
    pos = slash + 1;
  }
  return parts;
}

bool MatchPattern(std::string_view pattern, std::string_view path,
                  std::map<std::string, std::string>& params) {
  auto p = Split(pattern);
  auto s = Split(path);
  if (p.size() != s.size()) return false;
  std::map<std::string, std::string> found;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i].size() > 2 && p[i].front() == '{' && p[i].back() == '}') {
      found.emplace(std::string(p[i].substr(1, p[i].size() - 2)), std::string(s[i]));
    } else if (p[i] != s[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

}  // namespace

void Router::Add(std::string method, std::string pattern, Access access, Handler handler) {
  std::string name = method + " " + pattern;
  routes_.push_back(Route{std::move(method), std::move(pattern), access, std::move(handler),
                          std::move(name)});
}

Router::Match Router::Find(const std::string& method, const std::string& path) const {
  Match m;
  // Literal segments win over parameters: try routes without parameters first.
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& r : routes_) {
      bool has_param = r.pattern.find('{') != std::string::npos;
      if ((pass == 0) == has_param) continue;
      std::map<std::string, std::string> params;
      if (!MatchPattern(r.pattern, path, params)) continue;
      bool method_ok = r.method == method || (method == "HEAD" && r.method == "GET");
      if (!method_ok) {
        m.method_mismatch = true;
        continue;
      }
      m.route = &r;
      m.params = std::move(params);
      m.method_mismatch = false;
      return m;
    }
  }
  return m;
}

}  // namespace pacte::web
