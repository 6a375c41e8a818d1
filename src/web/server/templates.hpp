#pragma once
// Mustache templates (kainjow), parsed once at start-up from the embedded
// html/templates/*.mustache. Values are HTML-escaped unless written {{{triple}}}.
// Every template can be used as a partial of any other ({{> name}}); partial names are looked
// up apart from data keys, so a key may share a template's name.

#include <map>
#include <memory>
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace pacte::web {

class Templates {
 public:
  Templates();
  ~Templates();
  // Renders template `name` (file name without .mustache) with a JSON context.
  // Throws std::runtime_error when the template does not exist.
  std::string Render(const std::string& name, const nlohmann::json& context) const;
  bool Has(const std::string& name) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace pacte::web
