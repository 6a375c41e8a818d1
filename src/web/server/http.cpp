#include "web/server/http.hpp"

#include <cctype>

#include <nlohmann/json.hpp>

namespace pacte::web {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string UrlDecode(std::string_view s, bool plus_as_space) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '+' && plus_as_space) {
      out.push_back(' ');
    } else if (c == '%' && i + 2 < s.size() &&
               HexValue(s[i + 1]) >= 0 && HexValue(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2])));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string UrlEncode(std::string_view s) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

Params ParseUrlEncoded(std::string_view s) {
  Params out;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    auto amp = s.find('&', pos);
    if (amp == std::string_view::npos) amp = s.size();
    auto pair = s.substr(pos, amp - pos);
    if (!pair.empty()) {
      auto eq = pair.find('=');
      std::string key = UrlDecode(pair.substr(0, eq));
      std::string value = eq == std::string_view::npos ? "" : UrlDecode(pair.substr(eq + 1));
      out.emplace(std::move(key), std::move(value));
    }
    pos = amp + 1;
  }
  return out;
}

std::optional<std::string> First(const Params& p, std::string_view key) {
  auto it = p.find(std::string(key));
  if (it == p.end()) return std::nullopt;
  return it->second;
}

std::string HttpRequest::Header(std::string_view name) const {
  auto it = headers.find(std::string(name));
  return it == headers.end() ? std::string() : it->second;
}

std::optional<std::string> HttpRequest::Cookie(std::string_view name) const {
  std::string all = Header("cookie");
  std::size_t pos = 0;
  while (pos < all.size()) {
    auto semi = all.find(';', pos);
    if (semi == std::string::npos) semi = all.size();
    std::string_view item(all.data() + pos, semi - pos);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    auto eq = item.find('=');
    if (eq != std::string_view::npos && item.substr(0, eq) == name) {
      return std::string(item.substr(eq + 1));
    }
    pos = semi + 1;
  }
  return std::nullopt;
}

Params HttpRequest::QueryParams() const { return ParseUrlEncoded(query); }

Params HttpRequest::Form() const {
  if (Header("content-type").rfind("application/x-www-form-urlencoded", 0) != 0) return {};
  return ParseUrlEncoded(body);
}

HttpResponse& HttpResponse::Set(std::string name, std::string value) {
  for (auto& [n, v] : headers) {
    if (n == name && name != "Set-Cookie") {
      v = std::move(value);
      return *this;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
  return *this;
}

std::optional<std::string> HttpResponse::Get(std::string_view name) const {
  for (const auto& [n, v] : headers) {
    if (n == name) return v;
  }
  return std::nullopt;
}

HttpResponse HttpResponse::Html(std::string body, int status) {
  HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  r.Set("Content-Type", "text/html; charset=utf-8");
  return r;
}

HttpResponse HttpResponse::Json(const nlohmann::json& body, int status) {
  HttpResponse r;
  r.status = status;
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  r.Set("Content-Type", "application/json");
  return r;
}

HttpResponse HttpResponse::Text(std::string body, std::string content_type, int status) {
  HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  r.Set("Content-Type", std::move(content_type));
  return r;
}

HttpResponse HttpResponse::Redirect(std::string location, int status) {
  HttpResponse r;
  r.status = status;
  r.Set("Location", std::move(location));
  return r;
}

std::string CookieSpec::Render() const {
  std::string out = name + "=" + value + "; Path=/; SameSite=" + same_site;
  if (http_only) out += "; HttpOnly";
  if (secure) out += "; Secure";
  if (max_age_seconds) out += "; Max-Age=" + std::to_string(*max_age_seconds);
  return out;
}

}  // namespace pacte::web
