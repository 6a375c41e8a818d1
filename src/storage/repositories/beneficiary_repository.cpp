#include "storage/repositories/beneficiary_repository.hpp"

#include <algorithm>

#include "domain/beneficiary/name_match.hpp"
#include "domain/common/text.hpp"
#include "storage/repositories/organisation_sql.hpp"
#include "storage/sql/versioned_update.hpp"

namespace pacte::storage {
namespace {

constexpr const char* kHouseholdColumns =
    "SELECT id, numdemrsa, caf_matricule, paying_body, commune_code, address, version, "
    "created_at, updated_at FROM households";

constexpr const char* kPersonColumns =
    "SELECT id, household_id, role, civility, first_name, last_name, birth_name, birth_date, "
    "sex, nir, caf_number, internal_id, email, phone, address, commune_code, version, "
    "created_at, updated_at, anonymised_at FROM persons";

Error NumdemrsaTaken() {
  return Error::Conflict("household.numdemrsa_taken",
                         "Un foyer porte déjà ce numéro de demande RSA.", "numdemrsa");
}
Error NirTakenError() {
  return Error::Conflict("person.nir_taken", "Une personne porte déjà ce NIR.", "nir");
}

Timestamp TimestampOf(const std::string& text) {
  return ParseIsoTimestamp(text).value_or(Timestamp{});
}

app::StoredHousehold HouseholdOf(const SqlRow& r) {
  app::StoredHousehold out;
  out.id = r.Int(0);
  out.household.numdemrsa = r.Text(1);
  out.household.caf_matricule = r.Text(2);
  out.household.paying_body = ParsePayingBody(r.Text(3)).value_or(PayingBody::kCaf);
  out.household.commune_code = r.OptText(4);
  out.household.address = r.OptText(5);
  out.version = r.Int(6);
  out.created_at = TimestampOf(r.Text(7));
  out.updated_at = TimestampOf(r.Text(8));
  return out;
}

app::StoredPerson PersonOf(const SqlRow& r) {
  app::StoredPerson out;
  out.id = r.Int(0);
  out.household_id = r.OptInt(1);
  Person& p = out.person;
  if (!r.IsNull(2)) p.role = ParseHouseholdRole(r.Text(2));
  if (!r.IsNull(3)) p.civility = ParseCivility(r.Text(3));
  p.first_name = r.Text(4);
  p.last_name = r.Text(5);
  p.birth_name = r.OptText(6);
  p.birth_date = ParseIsoDate(r.Text(7)).value_or(Date{});
  if (!r.IsNull(8)) p.sex = ParseSex(r.Text(8));
  if (!r.IsNull(9)) {
    if (auto nir = ParseNir(r.Text(9))) p.nir = *nir;
  }
  p.caf_number = r.OptText(10);
  out.internal_id = r.OptText(11);
  p.email = r.OptText(12);
  p.phone = r.OptText(13);
  p.address = r.OptText(14);
  p.commune_code = r.OptText(15);
  out.version = r.Int(16);
  out.created_at = TimestampOf(r.Text(17));
  out.updated_at = TimestampOf(r.Text(18));
  if (!r.IsNull(19)) out.anonymised_at = ParseIsoTimestamp(r.Text(19));
  return out;
}

// $1..$5 (push_back: a braced list of variants trips GCC 12's maybe-uninitialized at -O3).
SqlParams HouseholdParams(const Household& h) {
  SqlParams p;
  p.reserve(9);
  p.push_back(h.numdemrsa.empty() ? SqlParam(nullptr) : SqlParam(h.numdemrsa));
  p.emplace_back(h.caf_matricule);
  p.emplace_back(std::string(PayingBodyCode(h.paying_body)));
  p.push_back(Opt(h.commune_code));
  p.push_back(Opt(h.address));
  return p;
}

template <class T, class F>
SqlParam OptCode(const std::optional<T>& v, F code) {
  if (!v) return nullptr;
  return std::string(code(*v));
}

// $1..$17.
SqlParams PersonParams(std::optional<std::int64_t> household_id, const Person& p,
                       const std::optional<std::string>& internal_id) {
  SqlParams out;
  out.reserve(21);
  out.push_back(Opt(household_id));
  out.push_back(OptCode(p.role, HouseholdRoleCode));
  out.push_back(OptCode(p.civility, CivilityCode));
  out.emplace_back(p.first_name);
  out.emplace_back(p.last_name);
  out.push_back(Opt(p.birth_name));
  out.emplace_back(FormatIsoDate(p.birth_date));
  out.push_back(OptCode(p.sex, SexCode));
  out.push_back(p.nir ? SqlParam(p.nir->Value()) : SqlParam(nullptr));
  out.push_back(Opt(p.caf_number));
  out.push_back(Opt(internal_id));
  out.push_back(Opt(p.email));
  out.push_back(Opt(p.phone));
  out.push_back(Opt(p.address));
  out.push_back(Opt(p.commune_code));
  out.emplace_back(PersonSearchKey(p));
  return out;
}

SqlConditions ConditionsOf(const Dialect& dialect, const app::PersonQuery& query) {
  SqlConditions where;
  std::string key = SearchKey(query.name);
  if (!key.empty()) {
    SqlParams values;
    const std::string prefix = KeyPrefixCondition(dialect, "search_key", key, values);
    where.Add(prefix, values);
  }
  if (query.nir) where.Add("nir = ?", {*query.nir});
  if (query.caf_number) where.Add("caf_number = ?", {*query.caf_number});
  if (query.birth_date) where.Add("birth_date = ?", {FormatIsoDate(*query.birth_date)});
  return where;
}

}  // namespace

Result<std::int64_t> SqlBeneficiaryRepository::InsertHousehold(const Household& h, Timestamp now) {
  SqlParams params = HouseholdParams(h);
  params.emplace_back(FormatIsoTimestamp(now));
  try {
    return conn_
        .Query(
            "INSERT INTO households (numdemrsa, caf_matricule, paying_body, commune_code, "
            "address, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
            params)
        .rows.at(0)
        .Int(0);
  } catch (const SqlError& e) {
    if (e.IsUniqueViolation()) return Fail(NumdemrsaTaken());
    throw;
  }
}

Status SqlBeneficiaryRepository::UpdateHousehold(std::int64_t id, std::int64_t expected_version,
                                                 const Household& h, Timestamp now) {
  SqlParams params = HouseholdParams(h);
  params.emplace_back(FormatIsoTimestamp(now));
  params.emplace_back(id);
  params.emplace_back(expected_version);
  return VersionedUpdate(
      conn_,
      "UPDATE households SET numdemrsa = $1, caf_matricule = $2, paying_body = $3, "
      "commune_code = $4, address = $5, updated_at = $6, version = version + 1 "
      "WHERE id = $7 AND version = $8",
      params, "households", id,
      {Error::NotFound("household.not_found", "Ce foyer n'existe pas."), NumdemrsaTaken()});
}

std::optional<app::StoredHousehold> SqlBeneficiaryRepository::FindHouseholdWhere(
    const std::string& condition, const SqlParams& params) {
  auto rows = conn_.Query(std::string(kHouseholdColumns) + " WHERE " + condition, params).rows;
  if (rows.empty()) return std::nullopt;
  return HouseholdOf(rows[0]);
}

std::optional<app::StoredHousehold> SqlBeneficiaryRepository::FindHousehold(std::int64_t id) {
  return FindHouseholdWhere("id = $1", {id});
}

std::optional<app::StoredHousehold> SqlBeneficiaryRepository::FindHouseholdByNumdemrsa(
    const std::string& numdemrsa) {
  return FindHouseholdWhere("numdemrsa = $1", {numdemrsa});
}

Result<std::int64_t> SqlBeneficiaryRepository::InsertPerson(
    std::optional<std::int64_t> household_id, const Person& p,
    const std::optional<std::string>& internal_id, Timestamp now) {
  SqlParams params = PersonParams(household_id, p, internal_id);
  params.emplace_back(FormatIsoTimestamp(now));
  try {
    const std::int64_t id = conn_
        .Query(
            "INSERT INTO persons (household_id, role, civility, first_name, last_name, "
            "birth_name, birth_date, sex, nir, caf_number, internal_id, email, phone, address, "
            "commune_code, search_key, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, "
            "$7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) RETURNING id",
            params)
        .rows.at(0)
        .Int(0);
    ReplaceNameVariants(id, p);
    return id;
  } catch (const SqlError& e) {
    if (e.IsUniqueViolation()) return Fail(NirTakenError());
    throw;
  }
}

Status SqlBeneficiaryRepository::UpdatePerson(std::int64_t id, std::int64_t expected_version,
                                              std::optional<std::int64_t> household_id,
                                              const Person& p,
                                              const std::optional<std::string>& internal_id,
                                              Timestamp now) {
  SqlParams params = PersonParams(household_id, p, internal_id);
  params.emplace_back(FormatIsoTimestamp(now));
  params.emplace_back(id);
  params.emplace_back(expected_version);
  auto updated = VersionedUpdate(
      conn_,
      "UPDATE persons SET household_id = $1, role = $2, civility = $3, first_name = $4, "
      "last_name = $5, birth_name = $6, birth_date = $7, sex = $8, nir = $9, "
      "caf_number = $10, internal_id = $11, email = $12, phone = $13, address = $14, "
      "commune_code = $15, search_key = $16, updated_at = $17, version = version + 1 "
      "WHERE id = $18 AND version = $19",
      params, "persons", id,
      {Error::NotFound("person.not_found", "Cette personne n'existe pas."), NirTakenError()});
  if (updated) ReplaceNameVariants(id, p);
  return updated;
}

void SqlBeneficiaryRepository::ReplaceNameVariants(std::int64_t person_id, const Person& p) {
  conn_.Execute("DELETE FROM person_name_variants WHERE person_id = $1", {person_id});
  for (const auto& v : PersonNameVariants(p.last_name, p.birth_name.value_or(""))) {
    conn_.Execute("INSERT INTO person_name_variants (person_id, variant) VALUES ($1, $2)",
                  {person_id, v});
  }
}

bool SqlBeneficiaryRepository::NirTaken(const std::string& nir,
                                        std::optional<std::int64_t> except_id) {
  return !conn_
              .Query("SELECT id FROM persons WHERE nir = $1 AND id <> $2",
                     {nir, except_id.value_or(0)})
              .rows.empty();
}

std::vector<app::StoredPerson> SqlBeneficiaryRepository::FindPersonsWhere(
    const std::string& condition, const SqlParams& params) {
  std::vector<app::StoredPerson> out;
  for (const auto& row :
       conn_.Query(std::string(kPersonColumns) + " WHERE " + condition + " ORDER BY id", params)
           .rows) {
    out.push_back(PersonOf(row));
  }
  return out;
}

std::optional<app::StoredPerson> SqlBeneficiaryRepository::FindPerson(std::int64_t id) {
  auto found = FindPersonsWhere("id = $1", {id});
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

std::optional<app::StoredPerson> SqlBeneficiaryRepository::FindPersonByNir(const std::string& nir) {
  auto found = FindPersonsWhere("nir = $1", {nir});
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

std::vector<app::StoredPerson> SqlBeneficiaryRepository::FindPersonsByCafNumber(
    const std::string& caf_number) {
  return FindPersonsWhere("caf_number = $1", {caf_number});
}

app::PageOf<app::StoredPerson> SqlBeneficiaryRepository::SearchPersons(
    const app::PersonQuery& query, const app::PageRequest& page) {
  SqlConditions where = ConditionsOf(conn_.dialect(), query);
  app::PageOf<app::StoredPerson> out;
  out.number = page.number;
  out.size = page.size;
  out.total =
      conn_.Query("SELECT COUNT(*) FROM persons" + where.Where(), where.params()).rows.at(0).Int(0);
  std::string filters = where.Where();
  std::string limit = where.Next(static_cast<std::int64_t>(page.size));
  std::string offset = where.Next(page.Offset());
  std::string sql = std::string(kPersonColumns) + filters + " ORDER BY search_key, id LIMIT " +
                    limit + " OFFSET " + offset;
  for (const auto& row : conn_.Query(sql, where.params()).rows) out.items.push_back(PersonOf(row));
  return out;
}

}  // namespace pacte::storage
