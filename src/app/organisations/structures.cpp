#include "app/organisations/structures.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/policies/organisation_policy.hpp"
#include "app/ports/institution_repository.hpp"
#include "app/ports/territory_repository.hpp"
#include "domain/territory/insee_code.hpp"

namespace pacte::app {
namespace {

Error NotFoundError() {
  return Error::NotFound("structure.not_found", "Cette structure n'existe pas.");
}

void Apply(const StructureChanges& c, StructureDraft& d) {
  if (c.institution_id) d.institution_id = *c.institution_id;
  if (c.name) d.name = *c.name;
  if (c.address) d.address = *c.address;
  if (c.commune_code) d.commune_code = *c.commune_code;
  if (c.phone) d.phone = *c.phone;
  if (c.email) d.email = *c.email;
  if (c.is_referent_body) d.is_referent_body = *c.is_referent_body;
  if (c.is_action_operator) d.is_action_operator = *c.is_action_operator;
  if (c.drees_category) d.drees_category = *c.drees_category;
}

nlohmann::json ChangedFields(const StructureFields& a, const StructureFields& b) {
  nlohmann::json changed = nlohmann::json::array();
  auto note = [&](bool differs, const char* name) {
    if (differs) changed.push_back(name);
  };
  note(a.institution_id != b.institution_id, "institution_id");
  note(a.name != b.name, "name");
  note(a.address != b.address, "address");
  note(a.commune_code != b.commune_code, "commune_code");
  note(a.phone != b.phone, "phone");
  note(a.email != b.email, "email");
  note(a.is_referent_body != b.is_referent_body, "is_referent_body");
  note(a.is_action_operator != b.is_action_operator, "is_action_operator");
  note(a.drees_category != b.drees_category, "drees_category");
  return changed;
}

// The draft's rules plus the existence of its institution and commune.
Result<StructureFields> Validated(UnitOfWork& uow, const StructureDraft& draft) {
  Validation errors;
  auto fields = ValidateStructure(draft, errors);
  if (fields.institution_id > 0 && !uow.Institutions().Find(fields.institution_id)) {
    errors.Add("institution_id", "Institution inconnue : choisissez-en une dans la liste.");
  }
  if (IsValidInseeCode(fields.commune_code) && !uow.Territory().FindCommune(fields.commune_code)) {
    errors.Add("commune_code", "Commune inconnue : « " + fields.commune_code +
                                   " » ne fait pas partie des communes importées.");
  }
  if (!errors.Ok()) return Fail(errors.ToError("structure.invalid"));
  return fields;
}

}  // namespace

Result<Structure> CreateStructure(Store& store, const Clock& clock, const Actor& actor,
                                  const StructureDraft& draft) {
  if (auto allowed = Authorize(actor, OrganisationAction::kManageStructures); !allowed) {
    return Fail(allowed.error());
  }
  return Write(store, [&](UnitOfWork& uow) -> Result<Structure> {
    auto fields = Validated(uow, draft);
    if (!fields) return Fail(fields.error());
    auto id = uow.Structures().Insert(*fields, clock.Now());
    RecordAudit(uow, clock, actor, "structure.create", "structure", std::to_string(id),
                {{"institution_id", fields->institution_id},
                 {"commune_code", fields->commune_code},
                 {"drees_category", DreesCategoryCode(fields->drees_category)}});
    return *uow.Structures().Find(id);
  });
}

Result<Structure> UpdateStructure(Store& store, const Clock& clock, const Actor& actor,
                                  std::int64_t id, std::int64_t expected_version,
                                  const StructureChanges& changes) {
  if (auto allowed = Authorize(actor, OrganisationAction::kManageStructures); !allowed) {
    return Fail(allowed.error());
  }
  return Write(store, [&](UnitOfWork& uow) -> Result<Structure> {
    auto current = uow.Structures().Find(id);
    if (!current) return Fail(NotFoundError());
    if (current->version != expected_version) return Fail(Error::Stale());
    StructureDraft draft = DraftOf(current->fields);
    Apply(changes, draft);
    auto fields = Validated(uow, draft);
    if (!fields) return Fail(fields.error());
    if (auto saved = uow.Structures().Update(id, expected_version, *fields, clock.Now()); !saved) {
      return Fail(saved.error());
    }
    RecordAudit(uow, clock, actor, "structure.update", "structure", std::to_string(id),
                {{"changed", ChangedFields(current->fields, *fields)}});
    return *uow.Structures().Find(id);
  });
}

Result<Structure> GetStructure(Store& store, const Actor& actor, std::int64_t id) {
  if (auto allowed = Authorize(actor, OrganisationAction::kReadStructures); !allowed) {
    return Fail(allowed.error());
  }
  return Read(store, [&](UnitOfWork& uow) -> Result<Structure> {
    auto found = uow.Structures().Find(id);
    if (!found) return Fail(NotFoundError());
    return *found;
  });
}

Result<PageOf<Structure>> ListStructures(Store& store, const Actor& actor,
                                         const StructureFilter& filter, const PageRequest& page) {
  if (auto allowed = Authorize(actor, OrganisationAction::kReadStructures); !allowed) {
    return Fail(allowed.error());
  }
  return Read(store, [&](UnitOfWork& uow) -> Result<PageOf<Structure>> {
    return uow.Structures().List(filter, page.Clamped());
  });
}

}  // namespace pacte::app
