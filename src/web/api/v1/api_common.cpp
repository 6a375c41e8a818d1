#include "web/api/v1/api_common.hpp"

#include <charconv>

#include "domain/common/text.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

std::optional<std::int64_t> ParsePositive(const std::string& text) {
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v <= 0) return std::nullopt;
  return v;
}

}  // namespace

QueryReader::QueryReader(const Params& params, std::set<std::string> allowed)
    : params_(params), allowed_(std::move(allowed)) {
  allowed_.insert("page");
  allowed_.insert("page_size");
  for (const auto& [key, value] : params_) {
    if (!allowed_.count(key)) errors_.Add(key, "Paramètre inconnu.");
  }
}

std::optional<std::string> QueryReader::Text(const std::string& name) const {
  auto v = First(params_, name);
  if (!v) return std::nullopt;
  std::string t = Trim(*v);
  if (t.empty()) return std::nullopt;
  return t;
}

std::optional<std::int64_t> QueryReader::PositiveInt(const std::string& name) {
  auto text = Text(name);
  if (!text) return std::nullopt;
  auto v = ParsePositive(*text);
  if (!v) errors_.Add(name, "Doit être un nombre entier positif.");
  return v;
}

std::optional<bool> QueryReader::Bool(const std::string& name) {
  auto text = Text(name);
  if (!text) return std::nullopt;
  if (*text == "true" || *text == "1") return true;
  if (*text == "false" || *text == "0") return false;
  errors_.Add(name, "Doit valoir true ou false.");
  return std::nullopt;
}

app::PageRequest QueryReader::Page() {
  app::PageRequest p;
  if (auto n = PositiveInt("page"))
    p.number = static_cast<int>(std::min<std::int64_t>(*n, 1'000'000));
  if (auto s = PositiveInt("page_size")) {
    if (*s > 200) {
      errors_.Add("page_size", "Doit être compris entre 1 et 200.");
    } else {
      p.size = static_cast<int>(*s);
    }
  }
  return p.Clamped();
}

Status QueryReader::Finish() const {
  if (errors_.Ok()) return {};
  return Fail(errors_.ToError("request.invalid_parameters"));
}

std::optional<std::int64_t> PathId(const RequestContext& ctx) {
  return ParsePositive(ctx.Param("id"));
}

HttpResponse NotFoundProblem(const RequestContext& ctx) {
  return ProblemResponse(Error::NotFound("not_found", "Ressource introuvable."), ctx.req.path);
}

std::string IsoOrEmpty(Timestamp t) {
  return t == Timestamp{} ? std::string() : FormatIsoTimestamp(t);
}

}  // namespace pacte::web
