#pragma once
// Helpers for server-rendered forms: field errors for templates, pagination links.

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/ports/paging.hpp"
#include "domain/common/error.hpp"
#include "web/server/http.hpp"

namespace pacte::web {

// {"field": "message", …} plus "_summary" (the error message) for a form template.
nlohmann::json FieldErrorsJson(const Error& e);

// Page request from ?page=N&taille=M.
app::PageRequest PageFromQuery(const Params& query);

// {page, pages, total, prev_href, next_href} keeping the other query parameters.
nlohmann::json PaginationJson(const std::string& path, const Params& query, std::int64_t total,
                              const app::PageRequest& page);

// A decimal typed in French or not: "17,5" or "17.5" → 17.5; "" or absent → nullopt;
// unreadable → NaN, so that the domain reports the field's range.
std::optional<double> FormDouble(const std::optional<std::string>& text);

}  // namespace pacte::web
