#include "web/html/auth/auth_pages.hpp"

namespace pacte::web {

void RegisterAuthRoutes(Router& /*router*/) {}

}  // namespace pacte::web
