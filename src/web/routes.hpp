#pragma once
// Every route of pacte, feature by feature.

#include "web/server/router.hpp"

namespace pacte::web {

Router BuildRouter();

}  // namespace pacte::web
