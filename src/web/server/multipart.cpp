#include "web/server/multipart.hpp"

#include <algorithm>
#include <cctype>

namespace pacte::web {
namespace {

Error Malformed(std::string message) {
  return Error{ErrorKind::kMalformed, "request.multipart_invalid", std::move(message), {}};
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The value of `key=` in a header's parameters ("form-data; name=\"file\"; filename=…").
std::optional<std::string> HeaderParam(std::string_view header, std::string_view key) {
  std::size_t pos = 0;
  while (pos < header.size()) {
    auto semi = header.find(';', pos);
    if (semi == std::string_view::npos) return std::nullopt;
    auto start = semi + 1;
    while (start < header.size() && header[start] == ' ') ++start;
    auto eq = header.find('=', start);
    if (eq == std::string_view::npos) return std::nullopt;
    std::string name = Lower(TrimView(header.substr(start, eq - start)));
    std::size_t v = eq + 1;
    std::string value;
    if (v < header.size() && header[v] == '"') {
      ++v;
      while (v < header.size() && header[v] != '"') {
        if (header[v] == '\\' && v + 1 < header.size()) ++v;
        value += header[v++];
      }
      ++v;
    } else {
      auto end = header.find(';', v);
      value = std::string(TrimView(header.substr(v, end == std::string_view::npos ? end : end - v)));
      v = end == std::string_view::npos ? header.size() : end;
    }
    if (name == key) return value;
    pos = v;
  }
  return std::nullopt;
}

// Reads the headers of one part (up to the blank line) into `part`; returns the offset of
// its data, or an error.
Result<std::size_t> ReadPartHeaders(std::string_view body, std::size_t pos,
                                    const MultipartLimits& limits, MultipartPart& part) {
  auto end = body.find("\r\n\r\n", pos);
  if (end == std::string_view::npos || end - pos > limits.max_header_bytes) {
    return Fail(Malformed("Envoi multipart illisible : en-têtes d'une partie absents ou trop longs."));
  }
  bool disposition = false;
  std::string_view headers = body.substr(pos, end - pos);
  while (!headers.empty()) {
    auto eol = headers.find("\r\n");
    std::string_view line = headers.substr(0, eol);
    headers = eol == std::string_view::npos ? std::string_view() : headers.substr(eol + 2);
    auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = Lower(TrimView(line.substr(0, colon)));
    std::string_view value = TrimView(line.substr(colon + 1));
    if (name == "content-disposition" && Lower(value.substr(0, 9)) == "form-data") {
      auto field = HeaderParam(value, "name");
      if (!field) break;
      disposition = true;
      part.name = *field;
      part.filename = HeaderParam(value, "filename");
    } else if (name == "content-type") {
      part.content_type = std::string(value);
    }
  }
  if (!disposition) {
    return Fail(Malformed("Envoi multipart illisible : une partie n'a pas de nom de champ."));
  }
  return end + 4;
}

}  // namespace

bool IsMultipart(std::string_view content_type) {
  return Lower(TrimView(content_type.substr(0, content_type.find(';')))) == "multipart/form-data";
}

std::optional<std::string> MultipartBoundary(std::string_view content_type) {
  if (!IsMultipart(content_type)) return std::nullopt;
  auto b = HeaderParam(content_type, "boundary");
  if (!b || b->empty() || b->size() > 70) return std::nullopt;
  return b;
}

Result<std::vector<MultipartPart>> ParseMultipart(std::string_view content_type,
                                                  std::string_view body,
                                                  const MultipartLimits& limits) {
  auto boundary = MultipartBoundary(content_type);
  if (!boundary) {
    return Fail(Malformed("Le contenu doit être envoyé en multipart/form-data avec une frontière "
                          "(boundary)."));
  }
  const std::string delimiter = "--" + *boundary;
  const std::string separator = "\r\n" + delimiter;
  if (body.substr(0, delimiter.size()) != delimiter) {
    return Fail(Malformed("Envoi multipart illisible : le contenu ne commence pas par la "
                          "frontière annoncée."));
  }
  std::vector<MultipartPart> parts;
  std::size_t pos = delimiter.size();
  for (;;) {
    if (body.substr(pos, 2) == "--") return parts;  // closing delimiter
    if (body.substr(pos, 2) != "\r\n") break;
    if (parts.size() >= limits.max_parts) {
      return Fail(Malformed("Envoi multipart refusé : trop de champs."));
    }
    MultipartPart part;
    auto data_at = ReadPartHeaders(body, pos + 2, limits, part);
    if (!data_at) return Fail(data_at.error());
    auto next = body.find(separator, *data_at);
    if (next == std::string_view::npos) break;
    part.data = body.substr(*data_at, next - *data_at);
    parts.push_back(std::move(part));
    pos = next + separator.size();
  }
  return Fail(Malformed("Envoi multipart incomplet : la frontière de fin est absente (envoi "
                        "tronqué ?)."));
}

const MultipartPart* FindPart(const std::vector<MultipartPart>& parts, std::string_view name) {
  auto it = std::find_if(parts.begin(), parts.end(),
                         [&](const MultipartPart& p) { return p.name == name; });
  return it == parts.end() ? nullptr : &*it;
}

std::optional<std::string> PartText(const std::vector<MultipartPart>& parts,
                                    std::string_view name) {
  const auto* p = FindPart(parts, name);
  if (!p) return std::nullopt;
  return std::string(p->data);
}

}  // namespace pacte::web
