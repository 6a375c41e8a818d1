#pragma once
// Files compiled into the binary (cmake/Embed.cmake): "html/templates/x.mustache",
// "assets/app.css", "assets/htmx.min.js", "api/openapi.yaml", "data/communes-92.geojson"…

#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace pacte::web {

const std::map<std::string, std::string_view, std::less<>>& EmbeddedFiles();

}  // namespace pacte::web
