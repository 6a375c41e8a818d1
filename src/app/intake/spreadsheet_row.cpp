#include "app/intake/spreadsheet_row.hpp"

#include "app/beneficiaries/manage_beneficiary.hpp"
#include "app/intake/spreadsheet_matching.hpp"
#include "app/intake/spreadsheet_row_draft.hpp"
#include "app/parcours/parcours_state.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "domain/intake/field_suggestion.hpp"

namespace pacte::app {
namespace {

using intake::RowCandidate;

std::string Reference(const RowCandidate& row) {
  return !row.internal_id.empty() ? row.internal_id : row.numdemrsa;
}

ImportLine LineOf(std::int64_t n, const RowCandidate& row, const char* outcome, std::string code,
                  std::string message, nlohmann::json details = nlohmann::json::object()) {
  return ImportLine{n, Reference(row), outcome, std::nullopt, std::move(code), std::move(message),
                    std::move(details)};
}

std::string JoinMessages(const std::vector<FieldError>& fields) {
  std::string out;
  for (const auto& f : fields) out += (out.empty() ? "" : " ; ") + f.message;
  return out;
}

class RowApplier {
 public:
  RowApplier(UnitOfWork& uow, const RowSettings& s, std::int64_t n, const RowCandidate& row)
      : uow_(uow), s_(s), n_(n), row_(row) {}

  RowResult Run() {
    if (row_.HasBlockingProblem()) return Blocked();
    if (row_.role == "ENF" || row_.role == "AUT" || row_.role == "RDO") {
      return RejectedRow(n_, row_, "spreadsheet.role_not_followed",
                         "Rôle dans le foyer " + row_.role +
                             " : seuls le demandeur (DEM) et le conjoint (CJT) sont suivis.");
    }
    const PersonMatch match = MatchPerson(uow_, row_);
    if (match.Ambiguous()) {
      return RejectedRow(n_, row_, "spreadsheet.ambiguous_match",
                         "Plusieurs personnes correspondent (" + MatchRuleLabel(match.rule) +
                             ") : ligne non appliquée.",
                         {{"matched_by", match.rule}, {"person_ids", match.ambiguous_ids}});
    }
    CellWarnings();
    ResolveCommune();
    RowResult out = match.Found() ? Update(match) : Create();
    if (out.line.outcome == kLineRejected) return out;  // the reason says it all
    for (auto& w : warnings_) w.person_id = out.line.person_id;
    if (!row_.not_applied.empty()) out.line.details["not_applied"] = row_.not_applied;
    out.warnings.insert(out.warnings.begin(), warnings_.begin(), warnings_.end());
    return out;
  }

 private:
  RowResult Blocked() {
    std::vector<FieldError> blocking;
    std::string code;
    for (const auto& p : row_.problems) {
      if (!p.blocking) continue;
      if (code.empty()) code = p.code;
      blocking.push_back({p.field, p.message});
    }
    return RejectedRow(n_, row_, code, JoinMessages(blocking));
  }

  std::string Header(const std::string& field) const {
    auto it = s_.header_of_field.find(field);
    if (it != s_.header_of_field.end()) return it->second;
    return std::string(intake::IntakeFieldLabel(field));
  }

  void Warn(std::string code, std::string message,
            nlohmann::json details = nlohmann::json::object()) {
    warnings_.push_back(LineOf(n_, row_, kLineWarning, std::move(code), std::move(message),
                               std::move(details)));
  }

  void CellWarnings() {
    for (const auto& p : row_.problems) {
      Warn(p.code, p.message + " Valeur non reprise.", {{"field", p.field}});
    }
  }

  void ResolveCommune() {
    if (row_.postal_code.empty() && row_.city.empty()) return;
    if (s_.communes) commune_ = s_.communes->Resolve(row_.postal_code, row_.city);
    if (commune_) return;
    std::string place = row_.postal_code;
    if (!row_.city.empty()) place += (place.empty() ? "" : " ") + row_.city;
    address_suffix_ = place;
    const std::string column = Header(s_.header_of_field.contains("postal_code_city")
                                          ? "postal_code_city"
                                          : (row_.city.empty() ? "postal_code" : "city"));
    Warn("spreadsheet.commune_unknown",
         "Colonne « " + column +
             " » : commune introuvable dans le référentiel des communes ; le code postal et "
             "la ville sont conservés dans l'adresse.");
  }

  PersonDraft RowDraft(const PersonDraft& base) const {
    PersonDraft d = base;
    OverlayRow(d, row_, commune_);
    if (!address_suffix_.empty()) {
      const std::string street = row_.address.empty() ? base.address : row_.address;
      const std::string tail = ", " + address_suffix_;
      const bool kept = street == address_suffix_ ||
                        (street.size() > tail.size() && street.ends_with(tail));
      d.address = kept ? street : street.empty() ? address_suffix_ : street + tail;
    }
    return d;
  }

  void DroppedWarnings(const std::vector<FieldError>& dropped) {
    for (const auto& f : dropped) {
      Warn("spreadsheet.value_ignored",
           "Colonne « " + Header(f.field) + " » : " + f.message + " Valeur non reprise.",
           {{"field", f.field}});
    }
  }

  // The household named by the row's numdemrsa: found, or created with its CAF number.
  Result<std::optional<std::int64_t>> Household() {
    if (row_.numdemrsa.empty()) return std::nullopt;
    auto& repo = uow_.Beneficiaries();
    if (auto h = repo.FindHouseholdByNumdemrsa(row_.numdemrsa)) return h->id;
    HouseholdDraft draft{row_.numdemrsa, row_.caf_number, "", commune_.value_or(""), ""};
    Validation errors;
    auto h = ValidateHouseholdDraft(draft, errors);
    if (!errors.Ok()) {
      return Fail(Error::Invalid("spreadsheet.household_invalid",
                                 "Foyer inconnu et impossible à créer : " +
                                     JoinMessages(errors.ToError().fields)));
    }
    auto id = repo.InsertHousehold(h, s_.now);
    if (!id) return Fail(id.error());
    return std::optional<std::int64_t>(*id);
  }

  Status NirFree(const Person& p, std::optional<std::int64_t> except) {
    if (p.nir && uow_.Beneficiaries().NirTaken(p.nir->Value(), except)) {
      return Fail(Error::Conflict("person.nir_taken",
                                  "Une autre personne porte déjà ce NIR : ligne non appliquée.",
                                  "nir"));
    }
    return {};
  }

  RowResult Refused(const Error& e) {
    std::string message = e.fields.empty() ? e.message : JoinMessages(e.fields);
    return RejectedRow(n_, row_, e.code, message);
  }

  RowResult Create() {
    auto household = Household();
    if (!household) return Refused(household.error());
    std::vector<FieldError> dropped;
    auto person = ValidateLeniently(RowDraft(PersonDraft{}), PersonDraft{}, DateOf(s_.now), dropped);
    if (!person) return Refused(person.error());
    if (!*household) person->role.reset();
    if (auto ok = NirFree(*person, std::nullopt); !ok) return Refused(ok.error());
    auto internal = row_.internal_id.empty() ? std::nullopt : std::optional(row_.internal_id);
    auto id = uow_.Beneficiaries().InsertPerson(*household, *person, internal, s_.now);
    if (!id) return Refused(id.error());
    RefreshParcoursState(uow_, *id, s_.now);
    DroppedWarnings(dropped);
    RowResult out{LineOf(n_, row_, kLineCreated, "spreadsheet.created", "Personne créée."), {},
                  true};
    out.line.person_id = *id;
    return out;
  }

  std::optional<std::string> IdentityConflict(const StoredPerson& stored) const {
    if (row_.nir && stored.person.nir && *row_.nir != *stored.person.nir) return "nir";
    if (row_.birth_date && *row_.birth_date != stored.person.birth_date) return "birth_date";
    return std::nullopt;
  }

  RowResult Update(const PersonMatch& match) {
    const StoredPerson& stored = *match.person;
    if (auto field = IdentityConflict(stored)) {
      RowResult r = RejectedRow(
          n_, row_, "spreadsheet.identity_conflict",
          "Conflit avec la personne trouvée par " + MatchRuleLabel(match.rule) + " : " +
              FieldLabels({*field}) + " différent de celui enregistré ; ligne non appliquée.",
          {{"matched_by", match.rule}, {"field", *field}});
      r.line.person_id = stored.id;
      return r;
    }
    auto household = Household();
    if (!household) return Refused(household.error());
    std::optional<std::int64_t> household_id = stored.household_id;
    if (*household && stored.household_id && **household != *stored.household_id) {
      Warn("spreadsheet.household_kept",
           "La personne est déjà rattachée à un autre foyer : rattachement inchangé.");
    } else if (*household) {
      household_id = *household;
    }
    const PersonDraft base = DraftOf(stored.person);
    std::vector<FieldError> dropped;
    auto person = ValidateLeniently(RowDraft(base), base, DateOf(s_.now), dropped);
    if (!person) return Refused(person.error());
    if (!household_id) person->role = stored.person.role;
    if (auto ok = NirFree(*person, stored.id); !ok) return Refused(ok.error());
    DroppedWarnings(dropped);
    const auto internal = row_.internal_id.empty() ? stored.internal_id
                                                   : std::optional(row_.internal_id);
    auto fields = ChangedPersonFields(stored.person, *person);
    auto replaced = ReplacedPersonFields(stored.person, fields);
    if (internal != stored.internal_id) fields.emplace_back("internal_id");
    if (internal != stored.internal_id && stored.internal_id) replaced.emplace_back("internal_id");
    if (household_id != stored.household_id) fields.emplace_back("household");
    nlohmann::json details = {{"matched_by", match.rule}};
    if (fields.empty()) {
      RowResult out{LineOf(n_, row_, kLineUnchanged, "spreadsheet.unchanged",
                           "Personne déjà à jour.", details),
                    {}, false};
      out.line.person_id = stored.id;
      return out;
    }
    if (auto ok = uow_.Beneficiaries().UpdatePerson(stored.id, stored.version, household_id,
                                                    *person, internal, s_.now);
        !ok) {
      return Refused(ok.error());
    }
    RefreshParcoursState(uow_, stored.id, s_.now);
    if (!replaced.empty()) {
      Warn("spreadsheet.value_replaced",
           "Valeurs différentes de celles enregistrées, remplacées par celles du fichier : " +
               FieldLabels(replaced) + ".",
           {{"fields", replaced}});
    }
    details["fields"] = fields;
    RowResult out{LineOf(n_, row_, kLineUpdated, "spreadsheet.updated",
                         "Personne mise à jour : " + FieldLabels(fields) + ".", details),
                  {}, true};
    out.line.person_id = stored.id;
    return out;
  }

  UnitOfWork& uow_;
  const RowSettings& s_;
  std::int64_t n_;
  const RowCandidate& row_;
  std::optional<std::string> commune_;
  std::string address_suffix_;
  std::vector<ImportLine> warnings_;
};

}  // namespace

RowResult RejectedRow(std::int64_t row_number, const RowCandidate& row, std::string code,
                      std::string message, nlohmann::json details) {
  return RowResult{LineOf(row_number, row, kLineRejected, std::move(code), std::move(message),
                          std::move(details)),
                   {}, false};
}

RowResult ApplySpreadsheetRow(UnitOfWork& uow, const RowSettings& settings,
                              std::int64_t row_number, const RowCandidate& row) {
  return RowApplier(uow, settings, row_number, row).Run();
}

}  // namespace pacte::app
