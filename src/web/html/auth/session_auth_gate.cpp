#include "web/html/auth/session_auth_gate.hpp"

namespace pacte::web {

std::optional<PageSession> SessionAuthGate::ResolvePage(const HttpRequest&) { return std::nullopt; }
std::optional<app::Actor> SessionAuthGate::ResolveApi(const HttpRequest&) { return std::nullopt; }

}  // namespace pacte::web
