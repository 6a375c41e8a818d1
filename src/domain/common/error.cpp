#include "domain/common/error.hpp"

namespace pacte {

Error Error::Invalid(std::string code, std::string message, std::string field) {
  Error e{ErrorKind::kInvalid, std::move(code), message, {}};
  if (!field.empty()) e.fields.push_back({std::move(field), std::move(message)});
  return e;
}

Error Error::NotFound(std::string code, std::string message) {
  return Error{ErrorKind::kNotFound, std::move(code), std::move(message), {}};
}

Error Error::Forbidden(std::string message) {
  return Error{ErrorKind::kForbidden, "forbidden", std::move(message), {}};
}

Error Error::Conflict(std::string code, std::string message, std::string field) {
  Error e{ErrorKind::kConflict, std::move(code), message, {}};
  if (!field.empty()) e.fields.push_back({std::move(field), std::move(message)});
  return e;
}

Error Error::Stale() {
  return Error{ErrorKind::kStale, "version.stale",
               "Cette fiche a été modifiée par quelqu'un d'autre depuis son ouverture. "
               "Rechargez la page pour voir la version actuelle.",
               {{"version", "Version périmée."}}};
}

void Validation::Add(std::string field, std::string message) {
  fields_.push_back({std::move(field), std::move(message)});
}

Error Validation::ToError(std::string code) const {
  std::string message = fields_.size() == 1 ? fields_.front().message
                                            : "Le formulaire contient des erreurs.";
  return Error{ErrorKind::kInvalid, std::move(code), std::move(message), fields_};
}

}  // namespace pacte
