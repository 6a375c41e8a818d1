#include "web/html/system/system_pages.hpp"

#include "app/worklists/worklists.hpp"
#include "web/html/navigation.hpp"
#include "web/html/worklists/worklist_view.hpp"
#include "web/server/context.hpp"
#include "web/server/embedded_files.hpp"
#include "web/server/metrics.hpp"

namespace pacte::web {

void RegisterSystemRoutes(Router& router) {
  router.Get("/healthz", Access::kPublic, [](RequestContext&) {
    return HttpResponse::Text("ok\n", "text/plain; charset=utf-8");
  });
  router.Get("/readyz", Access::kPublic, [](RequestContext& ctx) {
    bool ok = ctx.services.store.Ping();
    return HttpResponse::Text(ok ? "ok\n" : "base de données injoignable\n",
                              "text/plain; charset=utf-8", ok ? 200 : 503);
  });
  router.Get("/metrics", Access::kPublic, [](RequestContext& ctx) {
    return HttpResponse::Text(ctx.services.metrics.Render(ctx.services.store.Stats()),
                              "text/plain; version=0.0.4; charset=utf-8");
  });
  router.Get("/api/v1/openapi.yaml", Access::kPublic, [](RequestContext&) {
    const auto& files = EmbeddedFiles();
    auto it = files.find("api/openapi.yaml");
    return HttpResponse::Text(std::string(it->second), "application/yaml; charset=utf-8");
  });
  router.Get("/", Access::kPage, [](RequestContext& ctx) {
    nlohmann::json data{{"name", ctx.Who().display_name},
                        {"nav", NavigationFor(ctx.Who(), ctx.req.path)}};
    // The work-list counts of the actor's default perimeter, for the roles that have some.
    if (app::AuthorizeWorklists(ctx.Who())) {
      auto counts = app::CountWorklists(ctx.services.store, ctx.services.clock,
                                        ctx.services.settings, ctx.Who(), {});
      if (counts) {
        data["worklists"] = WorklistCountsJson(*counts, "");
        data["has_worklists"] = true;
      }
    }
    return ctx.Page("home", "Accueil", data);
  });
}

}  // namespace pacte::web
