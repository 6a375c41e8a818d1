#include "app/beneficiaries/manage_beneficiary.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/parcours/parcours_state.hpp"
#include "app/parcours/person_access.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/referent_repository.hpp"
#include "app/ports/territory_repository.hpp"
#include "domain/beneficiary/rights.hpp"
#include "domain/territory/insee_code.hpp"

namespace pacte::app {
namespace {

Error NirTakenError() {
  return Error::Conflict("person.nir_taken", "Une personne porte déjà ce NIR.", "nir");
}

// The draft's rules plus what needs the database: the commune must exist.
Result<Person> Validated(UnitOfWork& uow, const PersonDraft& draft, Date today,
                         Validation& errors) {
  Person p = ValidatePersonDraft(draft, today, errors);
  if (p.commune_code && IsValidInseeCode(*p.commune_code) &&
      !uow.Territory().FindCommune(*p.commune_code)) {
    errors.Add("commune_code",
               "Commune inconnue : « " + *p.commune_code + " » ne fait pas partie des communes.");
  }
  if (!errors.Ok()) return Fail(errors.ToError("person.invalid"));
  return p;
}

std::optional<Date> ValidatedDdSince(const std::string& text, Date today, Validation& errors) {
  if (text.empty()) return std::nullopt;
  auto d = ParseIsoDate(text);
  if (!d) {
    errors.Add("dd_since",
               "Date d'entrée en droits et devoirs invalide : format AAAA-MM-JJ attendu.");
  } else if (*d > today) {
    errors.Add("dd_since", "La date d'entrée en droits et devoirs ne peut pas être future.");
  }
  return d;
}

// A household for the manual rights history, then the observation "open, D&D" from `since`.
Status RecordDdSince(UnitOfWork& uow, std::int64_t person_id, Person& person, Date since,
                     Timestamp now) {
  Household h;
  h.caf_matricule = person.caf_number.value_or("");
  h.commune_code = person.commune_code;
  auto household = uow.Beneficiaries().InsertHousehold(h, now);
  if (!household) return Fail(household.error());
  person.role = HouseholdRole::kDem;
  if (auto ok = uow.Beneficiaries().UpdatePerson(person_id, 1, *household, person, std::nullopt,
                                                 now);
      !ok) {
    return ok;
  }
  RightsState state;
  state.etatdosrsa = std::string(kEtatOpenPayable);
  state.dd_flag = DdFlag::kYes;
  auto applied =
      ApplyObservation(uow.Beneficiaries().RightsHistoryOf(person_id), since, state);
  if (!applied) return Fail(applied.error());
  return uow.Beneficiaries().ReplaceRightsRows(person_id, *household, *applied, "manual", now);
}

void Apply(const std::optional<std::string>& change, std::string& field) {
  if (change) field = *change;
}


}  // namespace

PersonDraft DraftOf(const Person& p) {
  PersonDraft d;
  if (p.civility) d.civility = std::string(CivilityCode(*p.civility));
  d.first_name = p.first_name;
  d.last_name = p.last_name;
  d.birth_name = p.birth_name.value_or("");
  d.birth_date = FormatIsoDate(p.birth_date);
  if (p.sex) d.sex = std::string(SexCode(*p.sex));
  if (p.nir) d.nir = p.nir->Value();
  d.caf_number = p.caf_number.value_or("");
  d.email = p.email.value_or("");
  d.phone = p.phone.value_or("");
  d.address = p.address.value_or("");
  d.commune_code = p.commune_code.value_or("");
  if (p.role) d.role = std::string(HouseholdRoleCode(*p.role));
  return d;
}

Result<std::int64_t> CreateBeneficiary(Store& store, const Clock& clock, const Actor& actor,
                                       const NewBeneficiary& input) {
  if (auto ok = AuthorizePersons(actor, PersonAction::kCreate); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<std::int64_t> {
    const Timestamp now = clock.Now();
    Validation errors;
    auto dd_since = ValidatedDdSince(input.dd_since, DateOf(now), errors);
    auto person = Validated(uow, input.person, DateOf(now), errors);
    if (!person) return Fail(person.error());
    if (person->nir && uow.Beneficiaries().NirTaken(person->nir->Value(), std::nullopt)) {
      return Fail(NirTakenError());
    }
    auto id = uow.Beneficiaries().InsertPerson(std::nullopt, *person, std::nullopt, now);
    if (!id) return id;
    if (dd_since) {
      if (auto ok = RecordDdSince(uow, *id, *person, *dd_since, now); !ok) return Fail(ok.error());
    }
    RefreshParcoursState(uow, *id, now);
    // A référent who registers a person follows them: without it the person, not yet
    // oriented, would be invisible to the very agent who created it.
    bool followed = false;
    if (auto scope = LoadPersonScope(uow, actor, *id);
        scope && !CanSee(actor, *scope) && actor.Has(Role::kReferent) && actor.structure_id) {
      NewAssignment assignment{*id, actor.agent_id, actor.structure_id, DateOf(now),
                               actor.agent_id};
      auto opened = uow.Referents().Open(assignment, now);
      if (!opened) return Fail(opened.error());
      RefreshParcoursState(uow, *id, now);
      followed = true;
    }
    RecordAudit(uow, clock, actor, "person.create", "person", std::to_string(*id),
                {{"has_nir", person->nir.has_value()},
                 {"has_dd_since", dd_since.has_value()},
                 {"referent_assigned", followed}});
    return *id;
  });
}

Status UpdateBeneficiary(Store& store, const Clock& clock, const Actor& actor,
                         std::int64_t person_id, std::int64_t version,
                         const BeneficiaryChanges& c) {
  return Write(store, [&](UnitOfWork& uow) -> Status {
    if (auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kEdit); !scope) {
      return Fail(scope.error());
    }
    auto stored = uow.Beneficiaries().FindPerson(person_id);
    if (!stored) return Fail(PersonNotFound());
    PersonDraft d = DraftOf(stored->person);
    Apply(c.civility, d.civility);
    Apply(c.first_name, d.first_name);
    Apply(c.last_name, d.last_name);
    Apply(c.birth_name, d.birth_name);
    Apply(c.birth_date, d.birth_date);
    Apply(c.sex, d.sex);
    Apply(c.nir, d.nir);
    Apply(c.caf_number, d.caf_number);
    Apply(c.email, d.email);
    Apply(c.phone, d.phone);
    Apply(c.address, d.address);
    Apply(c.commune_code, d.commune_code);
    const Timestamp now = clock.Now();
    Validation errors;
    auto person = Validated(uow, d, DateOf(now), errors);
    if (!person) return Fail(person.error());
    if (person->nir && uow.Beneficiaries().NirTaken(person->nir->Value(), person_id)) {
      return Fail(NirTakenError());
    }
    if (auto ok = uow.Beneficiaries().UpdatePerson(person_id, version, stored->household_id,
                                                   *person, stored->internal_id, now);
        !ok) {
      return ok;
    }
    RefreshParcoursState(uow, person_id, now);
    RecordAudit(uow, clock, actor, "person.update", "person", std::to_string(person_id),
                {{"fields", ChangedPersonFields(stored->person, *person)}});
    return {};
  });
}

}  // namespace pacte::app
