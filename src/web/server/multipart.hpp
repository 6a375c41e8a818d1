#pragma once
// multipart/form-data bodies (RFC 7578), as browsers and `curl -F` send file uploads. The
// parser works on the buffered body (the pipeline has already capped its size) and hands out
// views into it: binary-safe, no copy of the file.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/error.hpp"

namespace pacte::web {

struct MultipartPart {
  std::string name;                     // form field name
  std::optional<std::string> filename;  // set for file fields (may be "")
  std::string content_type;             // "" when the part gives none
  std::string_view data;                // view into the parsed body
};

struct MultipartLimits {
  std::size_t max_parts = 64;
  std::size_t max_header_bytes = 8192;  // per part
};

// The boundary of a "multipart/form-data; boundary=…" Content-Type (quoted or not);
// nullopt for another type or a missing / over-long (> 70 characters) boundary.
std::optional<std::string> MultipartBoundary(std::string_view content_type);

// True when the Content-Type is multipart/form-data.
bool IsMultipart(std::string_view content_type);

// Splits `body` into its parts. kMalformed (code request.multipart_invalid, French message)
// when the Content-Type is not multipart with a boundary, the body does not start with the
// boundary, a part has no Content-Disposition form-data name, a part's headers are too long,
// there are too many parts, or the closing boundary is missing (truncated body).
Result<std::vector<MultipartPart>> ParseMultipart(std::string_view content_type,
                                                  std::string_view body,
                                                  const MultipartLimits& limits = {});

// The first part named `name`, or nullptr.
const MultipartPart* FindPart(const std::vector<MultipartPart>& parts, std::string_view name);
// The text of the first part named `name` (nullopt when absent).
std::optional<std::string> PartText(const std::vector<MultipartPart>& parts,
                                    std::string_view name);

}  // namespace pacte::web
