#include "web/api/v1/orientations_api.hpp"
#include "web/api/v1/referents_api.hpp"
#include "web/html/orientation/orientation_pages.hpp"

namespace pacte::web {

void RegisterOrientationRoutes(Router& router) {
  RegisterPersonOrientationPages(router);
  RegisterReorientationPages(router);
  RegisterReferentPages(router);
  RegisterOrientationApi(router);
  RegisterReferentApi(router);
}

}  // namespace pacte::web
