#include "app/orientation/orient_person.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/orientation/orientation_support.hpp"
#include "app/parcours/person_access.hpp"

namespace pacte::app {
namespace {

nlohmann::json OptionalIdJson(const std::optional<std::int64_t>& id) {
  return id ? nlohmann::json(*id) : nlohmann::json(nullptr);
}

}  // namespace

Result<OrientationRecord> OrientPerson(Store& store, const Clock& clock, const Actor& actor,
                                       std::int64_t person_id, const OrientationInput& input) {
  return Write(store, [&](UnitOfWork& uow) -> Result<OrientationRecord> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kOrient);
    if (!scope) return Fail(scope.error());
    auto recorded =
        RecordOrientation(uow, clock.Now(), actor, person_id, input.draft, input.as_reorientation);
    if (!recorded) return Fail(recorded.error());
    auto saved = uow.Orientations().Find(recorded->id);
    RecordAudit(uow, clock, actor, "orientation.create", "orientation",
                std::to_string(recorded->id),
                {{"person_id", person_id},
                 {"parcours", ParcoursCode(saved->orientation.parcours)},
                 {"structure_id", saved->orientation.structure_id},
                 {"is_reorientation", recorded->is_reorientation},
                 {"previous_orientation_id", OptionalIdJson(recorded->previous_id)},
                 {"closed_assignment_id", OptionalIdJson(recorded->closed_assignment_id)}});
    return *saved;
  });
}

}  // namespace pacte::app
