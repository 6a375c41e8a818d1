#pragma once
// Transport-neutral HTTP request and response. Handlers and tests use these; only
// web/server/restinio_server.cpp knows RESTinio.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace pacte::web {

using Params = std::multimap<std::string, std::string>;

struct HttpRequest {
  std::string method;  // "GET", "POST"…
  std::string path;    // decoded path without query
  std::string query;   // raw query string
  std::map<std::string, std::string> headers;  // keys lower-case
  std::string body;
  std::string client_addr;
  std::string request_id;
  std::map<std::string, std::string> path_params;  // filled by the router

  std::string Header(std::string_view name) const;  // "" when absent
  std::optional<std::string> Cookie(std::string_view name) const;
  Params QueryParams() const;
  // Fields of an application/x-www-form-urlencoded body.
  Params Form() const;
  bool IsHtmx() const { return !Header("hx-request").empty(); }
  bool IsStateChanging() const { return method != "GET" && method != "HEAD"; }
};

struct HttpResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  HttpResponse& Set(std::string name, std::string value);
  std::optional<std::string> Get(std::string_view name) const;
  static HttpResponse Html(std::string body, int status = 200);
  static HttpResponse Json(const nlohmann::json& body, int status = 200);
  static HttpResponse Text(std::string body, std::string content_type, int status = 200);
  static HttpResponse Redirect(std::string location, int status = 303);
};

// One "name=value; attrs" Set-Cookie value.
struct CookieSpec {
  std::string name;
  std::string value;
  bool http_only = true;
  bool secure = false;
  std::string same_site = "Lax";
  std::optional<long long> max_age_seconds;  // nullopt: session cookie; 0: delete
  std::string Render() const;
};

std::string UrlDecode(std::string_view s, bool plus_as_space = true);
std::string UrlEncode(std::string_view s);
Params ParseUrlEncoded(std::string_view s);
std::optional<std::string> First(const Params& p, std::string_view key);

}  // namespace pacte::web
