#include "web/routes.hpp"

#include "web/html/system/system_pages.hpp"

namespace pacte::web {

Router BuildRouter() {
  Router router;
  RegisterSystemRoutes(router);
  return router;
}

}  // namespace pacte::web
