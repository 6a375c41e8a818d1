#include "web/html/auth/auth_pages.hpp"

#include "web/html/auth/auth_routes.hpp"

namespace pacte::web {

void RegisterAuthRoutes(Router& router) {
  RegisterLoginRoutes(router);
  RegisterSecondFactorRoutes(router);
  RegisterPasswordResetRoutes(router);
  RegisterAccountRoutes(router);
}

}  // namespace pacte::web
