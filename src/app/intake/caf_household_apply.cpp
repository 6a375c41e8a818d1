#include "app/intake/caf_household_apply.hpp"

#include <optional>
#include <vector>

#include "app/parcours/parcours_state.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/caf_intake_repository.hpp"
#include "domain/common/text.hpp"
#include "domain/intake/caf_rights.hpp"

namespace pacte::app {
namespace {

std::string Rank(int position) { return "personne n°" + std::to_string(position); }

bool SameNames(const Person& stored, const Person& file) {
  const std::string first = SearchKey(file.first_name);
  const std::string last = SearchKey(file.last_name);
  const bool last_ok = SearchKey(stored.last_name) == last ||
                       (stored.birth_name && SearchKey(*stored.birth_name) == last);
  return last_ok && SearchKey(stored.first_name) == first;
}

// The file's identity over the stored person; what the flux does not carry stays.
Person Merged(const Person& stored, const Person& file) {
  Person p = stored;
  if (file.civility) p.civility = file.civility;
  p.first_name = file.first_name;
  p.last_name = file.last_name;
  if (file.birth_name) p.birth_name = file.birth_name;
  p.birth_date = file.birth_date;
  if (file.sex) p.sex = file.sex;
  if (file.nir) p.nir = file.nir;
  p.caf_number = file.caf_number;
  p.role = file.role;
  return p;
}

// One household's writes; the persons matched by CAF number are looked up once.
class HouseholdWriter {
 public:
  HouseholdWriter(UnitOfWork& uow, const CafHouseholdPlan& plan, const CafApplyContext& ctx)
      : uow_(uow), repo_(uow.Beneficiaries()), plan_(plan), ctx_(ctx) {}

  Result<CafHouseholdApplied> Run() {
    if (auto ok = WriteHousehold(); !ok) return Fail(ok.error());
    bool any_person_changed = false;
    for (const auto& p : plan_.persons) {
      auto changed = WritePerson(p);
      if (!changed) return Fail(changed.error());
      any_person_changed = any_person_changed || *changed;
    }
    if (created_) {
      out_.outcome = CafHouseholdOutcome::kCreated;
    } else if (was_open_ && intake::IsClosedRight(plan_.persons[0].rights.etatdosrsa)) {
      out_.outcome = CafHouseholdOutcome::kClosed;
    } else if (household_changed_ || any_person_changed) {
      out_.outcome = CafHouseholdOutcome::kUpdated;
    }
    return out_;
  }

 private:
  Status WriteHousehold() {
    auto stored = repo_.FindHouseholdByNumdemrsa(plan_.household.numdemrsa);
    if (!stored) {
      auto id = repo_.InsertHousehold(plan_.household, ctx_.now);
      if (!id) return Fail(id.error());
      household_id_ = *id;
      created_ = true;
      return {};
    }
    household_id_ = stored->id;
    if (stored->household.caf_matricule != plan_.household.caf_matricule) {
      return Fail(Error::Conflict(
          "caf.household_matricule_mismatch",
          "Foyer refusé : le dossier NUMDEMRSA " + plan_.household.numdemrsa +
              " est déjà connu sous le matricule " + stored->household.caf_matricule +
              ", le fichier indique " + plan_.household.caf_matricule + "."));
    }
    Household merged = stored->household;
    merged.paying_body = plan_.household.paying_body;
    if (merged == stored->household) return {};
    household_changed_ = true;
    return repo_.UpdateHousehold(stored->id, stored->version, merged, ctx_.now);
  }

  std::optional<StoredPerson> Match(const Person& p) {
    if (p.nir) {
      auto found = repo_.FindPersonByNir(p.nir->Value());
      if (found && !found->anonymised_at) return found;
    }
    if (!p.caf_number) return std::nullopt;
    if (!same_caf_) same_caf_ = repo_.FindPersonsByCafNumber(*p.caf_number);
    for (const auto& c : *same_caf_) {
      if (c.anonymised_at || c.person.birth_date != p.birth_date) continue;
      if (c.person.nir && p.nir && c.person.nir != p.nir) continue;
      if (SameNames(c.person, p)) return c;
    }
    return std::nullopt;
  }

  // True when something of the person was written.
  Result<bool> WritePerson(const CafPersonPlan& p) {
    std::int64_t id = 0;
    RightsHistory history;
    bool is_new = false;
    bool identity_changed = false;
    if (auto stored = Match(p.person)) {
      id = stored->id;
      const Person merged = Merged(stored->person, p.person);
      if (merged != stored->person || stored->household_id != household_id_) {
        identity_changed = true;
        if (auto ok = repo_.UpdatePerson(id, stored->version, household_id_, merged,
                                         stored->internal_id, ctx_.now);
            !ok) {
          return Fail(ok.error());
        }
      }
      history = repo_.RightsHistoryOf(id);
      if (!history.empty() && !intake::IsClosedRight(history.back().state.etatdosrsa)) {
        was_open_ = true;
      }
    } else {
      auto inserted = repo_.InsertPerson(household_id_, p.person, std::nullopt, ctx_.now);
      if (!inserted) return Fail(inserted.error());
      id = *inserted;
      is_new = true;
    }
    auto rights_changed = WriteRights(id, history, p);
    if (!rights_changed) return Fail(rights_changed.error());
    const bool changed = is_new || identity_changed || *rights_changed;
    if (is_new) {
      // Nothing else is attached to a person created here: the projection is only dd_since
      // (as RefreshParcoursState computes it), one INSERT instead of eight statements.
      uow_.CafIntake().StartParcours(
          id, DdSince(history_after_, DateOf(ctx_.now), SuspensionEffect::kKeepsPeriod), ctx_.now);
    } else if (changed) {
      RefreshParcoursState(uow_, id, ctx_.now);
    }
    ++(is_new ? out_.persons_created
              : changed ? out_.persons_updated : out_.persons_unchanged);
    return changed;
  }

  Result<bool> WriteRights(std::int64_t person_id, const RightsHistory& history,
                           const CafPersonPlan& p) {
    auto applied = ApplyObservation(history, ctx_.reference_date, p.rights);
    if (!applied) {
      return Fail(Error::Conflict("caf.observation_older",
                                  "Foyer refusé : observation antérieure (" + Rank(p.position) +
                                      ") : " + applied.error().message));
    }
    history_after_ = applied->history;
    if (applied->effect == ObservationEffect::kUnchanged) return false;
    if (auto ok = repo_.ReplaceRightsRows(person_id, household_id_, *applied, ctx_.source,
                                          ctx_.now);
        !ok) {
      return Fail(ok.error());
    }
    return true;
  }

  UnitOfWork& uow_;
  BeneficiaryRepository& repo_;
  const CafHouseholdPlan& plan_;
  const CafApplyContext& ctx_;
  std::optional<std::vector<StoredPerson>> same_caf_;
  RightsHistory history_after_;  // the current person's history once observed
  std::int64_t household_id_ = 0;
  bool created_ = false;
  bool household_changed_ = false;
  bool was_open_ = false;
  CafHouseholdApplied out_;
};

}  // namespace

Result<CafHouseholdApplied> ApplyCafHousehold(UnitOfWork& uow, const CafHouseholdPlan& plan,
                                              const CafApplyContext& ctx) {
  return HouseholdWriter(uow, plan, ctx).Run();
}

}  // namespace pacte::app
