#include "app/organisations/institutions.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/policies/organisation_policy.hpp"

namespace pacte::app {
namespace {

Error NotFoundError() {
  return Error::NotFound("institution.not_found", "Cette institution n'existe pas.");
}

nlohmann::json ChangedFields(const InstitutionFields& before, const InstitutionFields& after) {
  nlohmann::json changed = nlohmann::json::array();
  if (before.name != after.name) changed.push_back("name");
  if (before.kind != after.kind) changed.push_back("kind");
  if (before.siret != after.siret) changed.push_back("siret");
  if (before.is_pact_signatory != after.is_pact_signatory) changed.push_back("is_pact_signatory");
  return changed;
}

Result<InstitutionFields> Validated(const InstitutionDraft& draft) {
  Validation errors;
  auto fields = ValidateInstitution(draft, errors);
  if (!errors.Ok()) return Fail(errors.ToError("institution.invalid"));
  return fields;
}

}  // namespace

Result<Institution> CreateInstitution(Store& store, const Clock& clock, const Actor& actor,
                                      const InstitutionDraft& draft) {
  if (auto allowed = Authorize(actor, OrganisationAction::kManageInstitutions); !allowed) {
    return Fail(allowed.error());
  }
  auto fields = Validated(draft);
  if (!fields) return Fail(fields.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<Institution> {
    auto id = uow.Institutions().Insert(*fields, clock.Now());
    if (!id) return Fail(id.error());
    nlohmann::json details{{"kind", InstitutionKindCode(fields->kind)},
                           {"is_pact_signatory", fields->is_pact_signatory}};
    if (fields->siret) details["siret"] = *fields->siret;
    RecordAudit(uow, clock, actor, "institution.create", "institution", std::to_string(*id),
                details);
    return *uow.Institutions().Find(*id);
  });
}

Result<Institution> UpdateInstitution(Store& store, const Clock& clock, const Actor& actor,
                                      std::int64_t id, std::int64_t expected_version,
                                      const InstitutionChanges& changes) {
  if (auto allowed = Authorize(actor, OrganisationAction::kManageInstitutions); !allowed) {
    return Fail(allowed.error());
  }
  return Write(store, [&](UnitOfWork& uow) -> Result<Institution> {
    auto current = uow.Institutions().Find(id);
    if (!current) return Fail(NotFoundError());
    if (current->version != expected_version) return Fail(Error::Stale());
    InstitutionDraft draft = DraftOf(current->fields);
    if (changes.name) draft.name = *changes.name;
    if (changes.kind) draft.kind = *changes.kind;
    if (changes.siret) draft.siret = *changes.siret;
    if (changes.is_pact_signatory) draft.is_pact_signatory = *changes.is_pact_signatory;
    auto fields = Validated(draft);
    if (!fields) return Fail(fields.error());
    if (auto saved = uow.Institutions().Update(id, expected_version, *fields, clock.Now());
        !saved) {
      return Fail(saved.error());
    }
    RecordAudit(uow, clock, actor, "institution.update", "institution", std::to_string(id),
                {{"changed", ChangedFields(current->fields, *fields)}});
    return *uow.Institutions().Find(id);
  });
}

Result<Institution> GetInstitution(Store& store, const Actor& actor, std::int64_t id) {
  if (auto allowed = Authorize(actor, OrganisationAction::kReadInstitutions); !allowed) {
    return Fail(allowed.error());
  }
  return Read(store, [&](UnitOfWork& uow) -> Result<Institution> {
    auto found = uow.Institutions().Find(id);
    if (!found) return Fail(NotFoundError());
    return *found;
  });
}

Result<PageOf<Institution>> ListInstitutions(Store& store, const Actor& actor,
                                             const InstitutionFilter& filter,
                                             const PageRequest& page) {
  if (auto allowed = Authorize(actor, OrganisationAction::kReadInstitutions); !allowed) {
    return Fail(allowed.error());
  }
  return Read(store, [&](UnitOfWork& uow) -> Result<PageOf<Institution>> {
    return uow.Institutions().List(filter, page.Clamped());
  });
}

Result<std::vector<InstitutionChoice>> ListInstitutionChoices(Store& store, const Actor& actor) {
  if (auto allowed = Authorize(actor, OrganisationAction::kManageStructures); !allowed) {
    return Fail(allowed.error());
  }
  return Read(store, [&](UnitOfWork& uow) -> Result<std::vector<InstitutionChoice>> {
    return uow.Institutions().ListChoices();
  });
}

}  // namespace pacte::app
