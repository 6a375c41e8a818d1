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
    // kainjow's set() and push_back() copy their argument (twice for set): build the
    // container with moves and copy it once.
    case nlohmann::json::value_t::object: {
      mstch::object members;
      members.reserve(j.size());
      for (auto it = j.begin(); it != j.end(); ++it) members.emplace(it.key(), ToData(it.value()));
      return mstch::data{members};
    }
    case nlohmann::json::value_t::array: {
      mstch::list items;
      items.reserve(j.size());
      for (const auto& item : j) items.emplace_back(ToData(item));
      return mstch::data{items};
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

// The rendering context: the request's data for names, and the templates (held once, built at
// start-up) for partials only. Partials never shadow data keys, and nothing about them is
// rebuilt per request.
class RenderContext final : public mstch::basic_context<std::string> {
 public:
  RenderContext(const mstch::data* root, const std::map<std::string, mstch::data>& partials)
      : partials_(partials) {
    items_.push_back(root);
  }
  void push(const mstch::data* data) override { items_.insert(items_.begin(), data); }
  void pop() override { items_.erase(items_.begin()); }

  const mstch::data* get(const std::string& name) const override {
    if (name == ".") return items_.front();
    std::vector<std::string> path;
    for (std::size_t pos = 0;;) {
      auto dot = name.find('.', pos);
      path.push_back(name.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos));
      if (dot == std::string::npos) break;
      pos = dot + 1;
    }
    for (const auto* item : items_) {
      const mstch::data* var = item;
      for (const auto& part : path) {
        var = var->get(part);
        if (!var) break;
      }
      if (var) return var;
    }
    return nullptr;
  }

  const mstch::data* get_partial(const std::string& name) const override {
    auto it = partials_.find(name);
    return it == partials_.end() ? nullptr : &it->second;
  }

 private:
  std::vector<const mstch::data*> items_;
  const std::map<std::string, mstch::data>& partials_;
};

}  // namespace

struct Templates::Impl {
  std::map<std::string, std::string> sources;
  std::map<std::string, std::unique_ptr<mstch::mustache>> parsed;
  std::map<std::string, mstch::data> partials;
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
  for (const auto& [name, source] : impl_->sources) {
    const std::string* src = &source;
    impl_->partials.emplace(name, mstch::data{mstch::partial([src]() { return *src; })});
  }
}

Templates::~Templates() = default;

bool Templates::Has(const std::string& name) const { return impl_->parsed.count(name) > 0; }

std::string Templates::Render(const std::string& name, const nlohmann::json& context) const {
  auto it = impl_->parsed.find(name);
  if (it == impl_->parsed.end()) throw std::runtime_error("gabarit inconnu : " + name);
  mstch::data data = ToData(context);
  RenderContext ctx(&data, impl_->partials);
  return it->second->render(ctx);
}

}  // namespace pacte::web
