#pragma once
// Route groups of the auth feature, registered by RegisterAuthRoutes.

#include "web/server/router.hpp"

namespace pacte::web {

// GET/POST /connexion (public), POST /deconnexion.
void RegisterLoginRoutes(Router& router);
// /connexion/second-facteur and /connexion/second-facteur/activation (half-signed-in).
void RegisterSecondFactorRoutes(Router& router);
// GET/POST /connexion/reinitialisation/{token} (public).
void RegisterPasswordResetRoutes(Router& router);
// /compte and /compte/second-facteur (any signed-in agent).
void RegisterAccountRoutes(Router& router);

}  // namespace pacte::web
