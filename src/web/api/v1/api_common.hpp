#pragma once
// Helpers shared by every API: list envelopes, paging and typed query parameters (422
// "request.invalid_parameters" naming each parameter that is unknown or cannot be read).

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "app/ports/paging.hpp"
#include "domain/common/error.hpp"
#include "web/server/context.hpp"

namespace pacte::web {

// Reads typed query parameters, collecting every problem. Parameters outside `allowed` are
// reported as unknown (a typo must not silently widen a list); page and page_size are always
// allowed.
class QueryReader {
 public:
  QueryReader(const Params& params, std::set<std::string> allowed);
  // The trimmed text, nullopt when absent or empty.
  std::optional<std::string> Text(const std::string& name) const;
  // A positive integer; an error for `name` when present but not one.
  std::optional<std::int64_t> PositiveInt(const std::string& name);
  // "true"/"false" (also "1"/"0"); an error for `name` otherwise.
  std::optional<bool> Bool(const std::string& name);
  // page (default 1) and page_size (default 25, at most 200).
  app::PageRequest Page();
  // A code parsed by `parse`; an error naming `name` with `message` when unknown.
  template <class Parse>
  auto Code(const std::string& name, Parse parse, const char* message)
      -> decltype(parse(std::string())) {
    auto text = Text(name);
    if (!text) return std::nullopt;
    auto parsed = parse(*text);
    if (!parsed) errors_.Add(name, message);
    return parsed;
  }
  void AddError(const std::string& name, const std::string& message) { errors_.Add(name, message); }
  // Ok, or kInvalid (422) listing the bad parameters.
  Status Finish() const;

 private:
  const Params& params_;
  std::set<std::string> allowed_;
  Validation errors_;
};

// {"items": items, "page": n, "page_size": s, "total": t}
template <class T, class ToJson>
nlohmann::json ListJson(const app::PageOf<T>& page, ToJson to_json) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : page.items) items.push_back(to_json(item));
  return {{"items", std::move(items)},
          {"page", page.number},
          {"page_size", page.size},
          {"total", page.total}};
}

// The {id} path parameter as a positive integer; nullopt when it is not one (→ 404).
std::optional<std::int64_t> PathId(const RequestContext& ctx);

// The 404 problem for an id that is not a number.
HttpResponse NotFoundProblem(const RequestContext& ctx);

// "2026-11-27T09:00:00Z"
std::string IsoOrEmpty(Timestamp t);

}  // namespace pacte::web
