#pragma once
// Crawling the application as a given caller, for the "nobody exposed" tests: the links of a
// page, the GET paths of the OpenAPI document, the expansion of route patterns with candidate
// parameter values, and the searchable text of a response (headers, body, XLSX cells).

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "support/test_server.hpp"

namespace pacte::testing {

// Same-origin paths ("/x?y") found in href, src, action and hx-get attributes of `html`,
// with "&amp;" decoded and any "#fragment" dropped, in document order, without duplicates.
std::vector<std::string> ExtractLinks(std::string_view html);

// The URLs a reader can reach by submitting the GET forms of `html` (a form without method
// is a GET form; without action it targets `page_path`): the form with its default values
// (value attributes, checked boxes, selected or first options), then once per other option
// of each <select> (at most `per_select` options each). Same-origin paths only.
std::vector<std::string> ExtractGetFormUrls(std::string_view html, const std::string& page_path,
                                            std::size_t per_select = 30);

// The paths of the OpenAPI document `yaml` that have a `get` operation ("/api/v1/x/{id}").
std::vector<std::string> OpenApiGetPaths(const std::string& yaml);

// The names of the "{name}" parameters of a route pattern, in order.
std::vector<std::string> PatternParameters(const std::string& pattern);

// Every path obtained by replacing each "{name}" of `pattern` with one of values(name)
// (cartesian product, at most `limit` paths; a parameter without values gives no path).
std::vector<std::string> ExpandPattern(
    const std::string& pattern,
    const std::function<std::vector<std::string>(const std::string&)>& values,
    std::size_t limit);

// Everything a reader of the response sees: status line, header names and values, body;
// for an XLSX body, also every member of the archive and the cell texts of its sheets.
std::string ResponseText(const ClientResponse& r);

// Distinctive personal values looked for in responses: found case-insensitively, and also
// when the response and the value are both folded by SearchKey (accents, punctuation).
class PersonalDataProbe {
 public:
  // `label` names the value in failure messages ("NIR de Zorglubinette").
  void Add(std::string label, std::string value);
  // The labels of the values present in `text`.
  std::vector<std::string> FoundIn(std::string_view text) const;
  std::size_t size() const { return values_.size(); }

 private:
  struct Value {
    std::string label;
    std::string lower;
    std::string folded;
  };
  std::vector<Value> values_;
};

}  // namespace pacte::testing
