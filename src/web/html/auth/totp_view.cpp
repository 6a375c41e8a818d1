#include "web/html/auth/totp_view.hpp"

#include "web/html/forms.hpp"

namespace pacte::web {

nlohmann::json EnrolmentJson(const app::TotpEnrolment& e, const std::string& action,
                             const std::string& suite, const Error* error) {
  std::string grouped;
  for (std::size_t i = 0; i < e.secret_base32.size(); ++i) {
    if (i > 0 && i % 4 == 0) grouped.push_back(' ');
    grouped.push_back(e.secret_base32[i]);
  }
  nlohmann::json data{{"secret", grouped}, {"uri", e.uri}, {"action", action}, {"suite", suite}};
  if (error) data["errors"] = FieldErrorsJson(*error);
  return data;
}

}  // namespace pacte::web
