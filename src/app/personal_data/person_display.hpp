#pragma once
// How pages name a person: "Mme Awa MARTIN", or "Personne anonymisée" once anonymised.

#include <string>

#include "app/ports/beneficiary_repository.hpp"

namespace pacte::app {

std::string PersonDisplayName(const StoredPerson& p);

}  // namespace pacte::app
