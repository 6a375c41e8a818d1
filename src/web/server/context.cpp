#include "web/server/context.hpp"

#include "web/html/navigation.hpp"
#include "web/server/templates.hpp"

namespace pacte::web {

std::string RequestContext::Param(const std::string& name) const {
  auto it = req.path_params.find(name);
  return it == req.path_params.end() ? std::string() : it->second;
}

HttpResponse RequestContext::Fragment(const std::string& name, const nlohmann::json& data,
                                      int status) const {
  nlohmann::json context = data;
  context["csrf_token"] = csrf_token;
  return HttpResponse::Html(services.templates.Render(name, context), status);
}

HttpResponse RequestContext::Page(const std::string& name, const std::string& title,
                                  nlohmann::json data, int status) const {
  data["csrf_token"] = csrf_token;
  std::string content = services.templates.Render(name, data);
  if (req.IsHtmx() && req.Header("hx-target") != "body") {
    return HttpResponse::Html(std::move(content), status);
  }
  nlohmann::json layout{{"title", title},
                        {"content", content},
                        {"csrf_token", csrf_token},
                        {"signed_in", actor.has_value()}};
  if (actor) {
    layout["user"] = {{"name", actor->display_name}};
    layout["nav"] = NavigationFor(*actor, req.path);
  }
  return HttpResponse::Html(services.templates.Render("layout", layout), status);
}

}  // namespace pacte::web
