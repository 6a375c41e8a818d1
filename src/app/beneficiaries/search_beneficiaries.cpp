#include "app/beneficiaries/search_beneficiaries.hpp"

#include <array>

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "domain/beneficiary/caf_number.hpp"
#include "domain/beneficiary/nir.hpp"
#include "domain/parcours/parcours.hpp"

namespace pacte::app {
namespace {

struct StatusEntry {
  PersonStatusFilter status;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<StatusEntry, 6> kStatuses{{
    {PersonStatusFilter::kNonOriente, "non_oriente", "Non orienté"},
    {PersonStatusFilter::kOrienteSansReferent, "oriente_sans_referent", "Orienté sans référent"},
    {PersonStatusFilter::kSansContratValide, "sans_contrat_valide", "Sans contrat valide"},
    {PersonStatusFilter::kContratExpirant, "contrat_expirant", "Contrat expirant sous 30 jours"},
    {PersonStatusFilter::kSorti, "sorti", "Sorti du parcours"},
    {PersonStatusFilter::kEnCours, "en_cours", "Parcours en cours"},
}};

constexpr std::array<PersonStatusFilter, 6> kAllStatuses{
    PersonStatusFilter::kNonOriente,        PersonStatusFilter::kOrienteSansReferent,
    PersonStatusFilter::kSansContratValide, PersonStatusFilter::kContratExpirant,
    PersonStatusFilter::kSorti,             PersonStatusFilter::kEnCours};

const StatusEntry& EntryOf(PersonStatusFilter s) {
  for (const auto& e : kStatuses) {
    if (e.status == s) return e;
  }
  return kStatuses[0];
}

}  // namespace

nlohmann::json BeneficiarySearchCodes(const BeneficiarySearch& s) {
  nlohmann::json out = nlohmann::json::object();
  nlohmann::json given = nlohmann::json::array();
  if (!s.name.empty()) given.push_back("name");
  if (!s.nir.empty()) given.push_back("nir");
  if (!s.caf_number.empty()) given.push_back("caf_number");
  if (!s.birth_date.empty()) given.push_back("birth_date");
  out["criteria"] = given;
  if (s.territory_id) out["territory_id"] = *s.territory_id;
  if (s.commune_code) out["commune_code"] = *s.commune_code;
  if (s.structure_id) out["structure_id"] = *s.structure_id;
  if (s.referent_agent_id) out["referent_agent_id"] = *s.referent_agent_id;
  if (s.parcours) out["parcours"] = *s.parcours;
  if (s.status) out["status"] = std::string(PersonStatusFilterCode(*s.status));
  return out;
}

namespace {

Result<PersonQuery> ReadCriteria(const BeneficiarySearch& s) {
  Validation errors;
  PersonQuery q;
  q.name = s.name;
  if (!s.nir.empty()) {
    if (auto nir = ParseNir(s.nir)) {
      q.nir = nir->Value();
    } else {
      errors.Add("nir", nir.error().message);
    }
  }
  if (!s.caf_number.empty()) {
    if (auto caf = NormaliseCafNumber(s.caf_number)) {
      q.caf_number = *caf;
    } else {
      errors.Add("caf_number", caf.error().message);
    }
  }
  if (!s.birth_date.empty()) {
    q.birth_date = ParseIsoDate(s.birth_date);
    if (!q.birth_date) errors.Add("birth_date", "Date de naissance invalide : AAAA-MM-JJ attendu.");
  }
  if (s.parcours && !ParseParcours(*s.parcours)) {
    errors.Add("parcours", "Parcours inconnu : professionnel, socio_professionnel ou social.");
  }
  if (!errors.Ok()) return Fail(errors.ToError("person.search_invalid"));
  return q;
}

}  // namespace

std::string_view PersonStatusFilterCode(PersonStatusFilter s) { return EntryOf(s).code; }
std::string_view PersonStatusFilterLabel(PersonStatusFilter s) { return EntryOf(s).label; }

std::optional<PersonStatusFilter> ParsePersonStatusFilter(std::string_view code) {
  for (const auto& e : kStatuses) {
    if (e.code == code) return e.status;
  }
  return std::nullopt;
}

std::span<const PersonStatusFilter> AllPersonStatusFilters() { return kAllStatuses; }

std::string_view PersonSortCode(PersonSort s) {
  switch (s) {
    case PersonSort::kDdSince:
      return "dd_since";
    case PersonSort::kOrientedOn:
      return "oriented_on";
    case PersonSort::kName:
      break;
  }
  return "name";
}

std::optional<PersonSort> ParsePersonSort(std::string_view code) {
  for (PersonSort s : {PersonSort::kName, PersonSort::kDdSince, PersonSort::kOrientedOn}) {
    if (PersonSortCode(s) == code) return s;
  }
  return std::nullopt;
}

Result<PersonListQuery> PersonListQueryOf(const Clock& clock, const Actor& actor,
                                          const BeneficiarySearch& search) {
  auto criteria = ReadCriteria(search);
  if (!criteria) return Fail(criteria.error());
  PersonListQuery q;
  q.criteria = *criteria;
  q.territory_id = search.territory_id;
  q.commune_code = search.commune_code;
  q.structure_id = search.structure_id;
  q.referent_agent_id = search.referent_agent_id;
  q.parcours = search.parcours;
  q.status = search.status;
  q.sort = search.sort;
  q.descending = search.descending;
  q.today = DateOf(clock.Now());
  q.visibility = VisibilityOf(actor);
  return q;
}

Result<PageOf<PersonListItem>> SearchBeneficiaries(Store& store, const Clock& clock,
                                                   const Actor& actor,
                                                   const BeneficiarySearch& search,
                                                   const PageRequest& page) {
  if (auto ok = AuthorizePersons(actor, PersonAction::kList); !ok) return Fail(ok.error());
  auto q = PersonListQueryOf(clock, actor, search);
  if (!q) return Fail(q.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<PageOf<PersonListItem>> {
    auto found = uow.Beneficiaries().ListPersons(*q, page.Clamped());
    nlohmann::json details = BeneficiarySearchCodes(search);
    details["total"] = found.total;
    RecordAudit(uow, clock, actor, "person.search", "person", "", details);
    return found;
  });
}

PersonScope ListedPersonScope(const Actor& actor, const PersonListItem& item) {
  PersonScope scope;
  scope.territory_id = item.territory_id;
  scope.structure_id = item.structure_id;
  scope.referent_agent_id = item.referent_agent_id;
  scope.referent_structure_id = item.referent_structure_id;
  scope.prescribed_to_actor_structure = VisibilityOf(actor).only_prescribed;
  return scope;
}

Result<CaseloadCounts> GetCaseloadCounts(Store& store, const Clock& clock, const Actor& actor) {
  if (auto ok = AuthorizePersons(actor, PersonAction::kList); !ok) return Fail(ok.error());
  return Read(store, [&](UnitOfWork& uow) -> Result<CaseloadCounts> {
    return uow.Beneficiaries().CountCaseload(actor.agent_id, DateOf(clock.Now()));
  });
}

}  // namespace pacte::app
