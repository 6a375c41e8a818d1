#pragma once
// The one place where business errors become HTTP answers.

#include "domain/common/error.hpp"
#include "web/server/context.hpp"

namespace pacte::web {

int HttpStatusOf(ErrorKind kind);

// RFC 9457 application/problem+json with a French detail and per-field errors.
HttpResponse ProblemResponse(const Error& error, const std::string& instance = {});
HttpResponse ProblemResponse(int status, std::string code, std::string detail);

// A French error page in the layout (pages), or the problem (API and htmx).
HttpResponse ErrorPage(const RequestContext& ctx, const Error& error);

}  // namespace pacte::web
