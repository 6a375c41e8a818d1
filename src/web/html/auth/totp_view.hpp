#pragma once
// Rendering of the TOTP forms shared by the sign-in and account pages.

#include <nlohmann/json.hpp>
#include <string>

#include "app/accounts/second_factor.hpp"
#include "domain/common/error.hpp"

namespace pacte::web {

// Template data of an enrolment form: the secret in groups of four, the otpauth URI, the
// form action, the carried target and the field errors (if any).
nlohmann::json EnrolmentJson(const app::TotpEnrolment& e, const std::string& action,
                             const std::string& suite, const Error* error = nullptr);

}  // namespace pacte::web
