#pragma once
// Reading catalogue bodies (POST/PATCH /api/v1/actions, POST /api/v1/actions/{id}/sessions)
// and writing the API representations of actions and sessions. Field names are those of
// domain/offer/action.hpp, so that a 422 names the field of the body.

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/catalogue/catalogue.hpp"
#include "domain/common/error.hpp"

namespace pacte::web {

struct ActionBody {
  std::optional<std::int64_t> structure_id;  // POST only
  std::optional<std::int64_t> version;       // PATCH only (required)
  std::optional<ActionStatus> status;        // PATCH only: "publiee" or "archivee"
  app::ActionEdit edit;                      // null when no field is present
};

// kMalformed never (the caller parsed the object); kInvalid `request.invalid_fields` naming
// unknown, mistyped or missing fields (a present null clears a field).
Result<ActionBody> ReadActionBody(const nlohmann::json& body, bool patch);

// The fields of a session body; places is required by the use case.
Result<SessionInput> ReadSessionBody(const nlohmann::json& body);

nlohmann::json ActionJson(const app::StoredAction& a);
// ActionJson plus quality, stale, can_manage, programme_name and sessions.
nlohmann::json ActionDetailJson(const app::ActionDetail& d);
nlohmann::json SessionJson(const app::StoredSession& s);

}  // namespace pacte::web
