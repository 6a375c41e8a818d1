#pragma once
// Business outcomes as values: every use case returns Result<T>. Infrastructure failures
// (database down, disk full) are exceptions caught once at the boundary.

#include <string>
#include <utility>
#include <vector>

#include <tl/expected.hpp>

namespace pacte {

// What went wrong, independent of transport. The web layer maps each kind to one HTTP status
// in a single place (web/server/error_mapping.cpp).
enum class ErrorKind {
  kInvalid,          // input breaks a rule (422 on the API, inline errors on pages)
  kMalformed,        // input cannot be read at all (400)
  kUnauthenticated,  // no or bad credentials (401 / back to login)
  kForbidden,        // authenticated but not allowed (403)
  kNotFound,         // absent, or hidden from this actor (404)
  kConflict,         // duplicate or state clash (409)
  kStale,            // optimistic concurrency: the record changed since it was read (409)
  kLocked,           // account or address locked out (429 on the API, message on pages)
  kTooLarge,         // body or file over the limit (413)
};

// One offending field with its French message.
struct FieldError {
  std::string field;
  std::string message;
};

// A business error: a stable code (`structure.siret_invalid`), a French message for people,
// and the fields at fault.
struct Error {
  ErrorKind kind = ErrorKind::kInvalid;
  std::string code;
  std::string message;
  std::vector<FieldError> fields;

  static Error Invalid(std::string code, std::string message, std::string field = {});
  static Error NotFound(std::string code, std::string message);
  static Error Forbidden(std::string message = "Vous n'avez pas accès à cette ressource.");
  static Error Conflict(std::string code, std::string message, std::string field = {});
  static Error Stale();
};

template <class T>
using Result = tl::expected<T, Error>;

using Status = tl::expected<void, Error>;

inline tl::unexpected<Error> Fail(Error e) { return tl::unexpected<Error>(std::move(e)); }

// Accumulates field errors so a form reports all of them at once.
class Validation {
 public:
  void Add(std::string field, std::string message);
  bool Ok() const { return fields_.empty(); }
  // The accumulated errors as one kInvalid error (precondition: !Ok()).
  Error ToError(std::string code = "validation.failed") const;

 private:
  std::vector<FieldError> fields_;
};

}  // namespace pacte
