#include "web/server/templates.hpp"

#include <stdexcept>

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

#include "web/server/embedded_files.hpp"

namespace pacte::web {

namespace mstch = kainjow::mustache;

namespace {

mstch::data ToData(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      mstch::data d{mstch::data::type::object};
      for (auto it = j.begin(); it != j.end(); ++it) d.set(it.key(), ToData(it.value()));
      return d;
    }
    case nlohmann::json::value_t::array: {
      mstch::data d{mstch::data::type::list};
      for (const auto& item : j) d.push_back(ToData(item));
      return d;
    }
    case nlohmann::json::value_t::string:
      return mstch::data{j.get<std::string>()};
    case nlohmann::json::value_t::boolean:
      return j.get<bool>() ? mstch::data{mstch::data::type::bool_true}
                           : mstch::data{mstch::data::type::bool_false};
    case nlohmann::json::value_t::null:
      return mstch::data{mstch::data::type::bool_false};
    default:
      return mstch::data{j.dump()};
  }
}

}  // namespace

struct Templates::Impl {
  std::map<std::string, std::string> sources;
  std::map<std::string, std::unique_ptr<mstch::mustache>> parsed;
};

Templates::Templates() : impl_(std::make_unique<Impl>()) {
  const std::string prefix = "html/templates/";
  const std::string suffix = ".mustache";
  for (const auto& [path, content] : EmbeddedFiles()) {
    if (path.rfind(prefix, 0) != 0) continue;
    std::string name = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
    impl_->sources.emplace(name, std::string(content));
    auto tpl = std::make_unique<mstch::mustache>(std::string(content));
    if (!tpl->is_valid()) {
      throw std::runtime_error("gabarit " + name + " invalide : " + tpl->error_message());
    }
    impl_->parsed.emplace(name, std::move(tpl));
  }
}

Templates::~Templates() = default;

bool Templates::Has(const std::string& name) const { return impl_->parsed.count(name) > 0; }

std::string Templates::Render(const std::string& name, const nlohmann::json& context) const {
  auto it = impl_->parsed.find(name);
  if (it == impl_->parsed.end()) throw std::runtime_error("gabarit inconnu : " + name);
  mstch::data data = ToData(context);
  for (const auto& [partial_name, source] : impl_->sources) {
    // A data key wins over a template of the same name. Nested keys are not checked: keep
    // template names distinct from data keys (hence "error_page", not "error").
    if (context.is_object() && context.contains(partial_name)) continue;
    const std::string* src = &source;
    data.set(partial_name, mstch::partial([src]() { return *src; }));
  }
  return it->second->render(data);
}

}  // namespace pacte::web
