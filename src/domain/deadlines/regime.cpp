#include "domain/deadlines/regime.hpp"

namespace pacte {

std::string_view RegimeCode(Regime r) { return r == Regime::k2009 ? "2009" : "2025"; }

std::string_view RegimeLabel(Regime r) {
  return r == Regime::k2009 ? "Règles de 2009 (loi RSA)"
                            : "Règles de 2025 (loi pour le plein emploi)";
}

}  // namespace pacte
