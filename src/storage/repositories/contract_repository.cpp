#include "storage/repositories/contract_repository.hpp"

#include <map>

#include "storage/sql/versioned_update.hpp"

namespace pacte::storage {
namespace {

std::optional<Date> OptDate(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  return ParseIsoDate(r.Text(i).substr(0, 10));
}

SqlParam DateParam(const std::optional<Date>& d) {
  if (!d) return nullptr;
  return FormatIsoDate(*d);
}

Timestamp TimestampOf(const SqlRow& r, std::size_t i) {
  return ParseIsoTimestamp(r.Text(i)).value_or(Timestamp{});
}

constexpr const char* kSelect =
    "SELECT c.id, c.person_id, c.type, c.status, c.signed_on, c.starts_on, c.ends_on, "
    "c.weekly_hours, c.exemption_reason, c.objectives, c.structure_id, c.referent_agent_id, "
    "c.renews_contract_id, c.closed_on, c.closure_reason, c.recorded_by, c.version, "
    "c.created_at, c.updated_at, (SELECT MIN(n.id) FROM contracts n "
    "WHERE n.renews_contract_id = c.id) FROM contracts c ";

app::StoredContract ContractOf(const SqlRow& r) {
  app::StoredContract c;
  c.id = r.Int(0);
  c.person_id = r.Int(1);
  auto& rec = c.record;
  rec.fields.type = ParseContractType(r.Text(2)).value_or(ContractType::kContratEngagement);
  rec.status = ParseContractStatus(r.Text(3)).value_or(ContractStatus::kBrouillon);
  rec.fields.signed_on = OptDate(r, 4);
  rec.fields.starts_on = OptDate(r, 5).value_or(Date{});
  rec.fields.ends_on = OptDate(r, 6).value_or(Date{});
  if (!r.IsNull(7)) rec.fields.weekly_hours = r.Double(7);
  rec.fields.exemption_reason = r.OptText(8);
  rec.objectives = r.OptText(9);
  c.structure_id = r.OptInt(10);
  c.referent_agent_id = r.OptInt(11);
  c.renews_contract_id = r.OptInt(12);
  rec.closed_on = OptDate(r, 13);
  rec.closure_reason = r.OptText(14);
  c.recorded_by = r.OptInt(15);
  c.version = r.Int(16);
  c.created_at = TimestampOf(r, 17);
  c.updated_at = TimestampOf(r, 18);
  c.renewed_by_id = r.OptInt(19);
  return c;
}

SqlParam HoursParam(const std::optional<double>& hours) {
  if (!hours) return nullptr;
  return *hours;
}

}  // namespace

Result<std::int64_t> SqlContractRepository::Insert(const app::NewContract& c, Timestamp now) {
  const auto& rec = c.record;
  const auto& f = rec.fields;
  const std::string at = FormatIsoTimestamp(now);
  SqlParams p{c.person_id,
              std::string(ContractTypeCode(f.type)),
              std::string(ContractStatusCode(rec.status)),
              DateParam(f.signed_on),
              FormatIsoDate(f.starts_on),
              FormatIsoDate(f.ends_on),
              HoursParam(f.weekly_hours),
              Opt(f.exemption_reason),
              Opt(rec.objectives),
              Opt(c.structure_id),
              Opt(c.referent_agent_id),
              Opt(c.renews_contract_id),
              DateParam(rec.closed_on),
              Opt(rec.closure_reason),
              Opt(c.recorded_by),
              at};
  std::int64_t id = 0;
  try {
    id = conn_
             .Query(
                 "INSERT INTO contracts (person_id, type, status, signed_on, starts_on, ends_on, "
                 "weekly_hours, exemption_reason, objectives, structure_id, referent_agent_id, "
                 "renews_contract_id, closed_on, closure_reason, recorded_by, created_at, "
                 "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, "
                 "$14, $15, $16, $16) RETURNING id",
                 p)
             .rows.at(0)
             .Int(0);
  } catch (const SqlError& e) {
    if (!e.IsUniqueViolation()) throw;
    return Fail(Error::Conflict("contract.already_renewed",
                                "Ce contrat a déjà été renouvelé : un contrat ne se renouvelle "
                                "qu'une fois.",
                                "renews_contract_id"));
  }
  InsertActions(id, f.actions);
  return id;
}

void SqlContractRepository::InsertActions(std::int64_t contract_id,
                                          const std::vector<ContractAction>& actions) {
  std::int64_t position = 0;
  for (const auto& a : actions) {
    conn_.Execute(
        "INSERT INTO contract_actions (contract_id, position, label, action_type, "
        "catalogue_action_id, prescription_id) VALUES ($1, $2, $3, $4, $5, $6)",
        {contract_id, position++, a.label, static_cast<std::int64_t>(a.action_type),
         Opt(a.catalogue_action_id), Opt(a.prescription_id)});
  }
}

std::vector<app::StoredContract> SqlContractRepository::Select(const std::string& where,
                                                               const SqlParams& params) {
  auto res = conn_.Query(std::string(kSelect) + where, params);
  std::vector<app::StoredContract> out;
  out.reserve(res.rows.size());
  for (const auto& row : res.rows) out.push_back(ContractOf(row));
  LoadActions(out);
  return out;
}

void SqlContractRepository::LoadActions(std::vector<app::StoredContract>& contracts) {
  if (contracts.empty()) return;
  std::map<std::int64_t, app::StoredContract*> by_id;
  for (auto& c : contracts) by_id[c.id] = &c;
  // Contracts of one query belong to one person: read that person's actions at once.
  auto res = conn_.Query(
      "SELECT a.contract_id, a.label, a.action_type, a.catalogue_action_id, a.prescription_id "
      "FROM contract_actions a JOIN contracts c ON c.id = a.contract_id "
      "WHERE c.person_id = $1 ORDER BY a.contract_id, a.position",
      {contracts.front().person_id});
  for (const auto& row : res.rows) {
    auto it = by_id.find(row.Int(0));
    if (it == by_id.end()) continue;
    ContractAction a;
    a.label = row.Text(1);
    a.action_type = static_cast<int>(row.Int(2));
    a.catalogue_action_id = row.OptInt(3);
    a.prescription_id = row.OptInt(4);
    it->second->record.fields.actions.push_back(std::move(a));
  }
}

std::optional<app::StoredContract> SqlContractRepository::Find(std::int64_t id) {
  auto found = Select("WHERE c.id = $1", {id});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<app::StoredContract> SqlContractRepository::ListForPerson(std::int64_t person_id) {
  return Select("WHERE c.person_id = $1 ORDER BY c.starts_on DESC, c.id DESC", {person_id});
}

Status SqlContractRepository::Update(std::int64_t id, std::int64_t expected_version,
                                     const app::ContractRecord& rec, Timestamp now) {
  const auto& f = rec.fields;
  SqlParams p{std::string(ContractTypeCode(f.type)),
              std::string(ContractStatusCode(rec.status)),
              DateParam(f.signed_on),
              FormatIsoDate(f.starts_on),
              FormatIsoDate(f.ends_on),
              HoursParam(f.weekly_hours),
              Opt(f.exemption_reason),
              Opt(rec.objectives),
              DateParam(rec.closed_on),
              Opt(rec.closure_reason),
              FormatIsoTimestamp(now),
              id,
              expected_version};
  auto saved = VersionedUpdate(
      conn_,
      "UPDATE contracts SET type = $1, status = $2, signed_on = $3, starts_on = $4, "
      "ends_on = $5, weekly_hours = $6, exemption_reason = $7, objectives = $8, "
      "closed_on = $9, closure_reason = $10, updated_at = $11, version = version + 1 "
      "WHERE id = $12 AND version = $13",
      p, "contracts", id,
      {Error::NotFound("contract.not_found", "Ce contrat n'existe pas."), std::nullopt});
  if (!saved) return saved;
  conn_.Execute("DELETE FROM contract_actions WHERE contract_id = $1", {id});
  InsertActions(id, f.actions);
  return {};
}

std::vector<std::int64_t> SqlContractRepository::SignedOverlapping(
    std::int64_t person_id, Date starts_on, Date ends_on, std::optional<std::int64_t> except_id) {
  auto res = conn_.Query(
      "SELECT id FROM contracts WHERE person_id = $1 AND status = 'signe' "
      "AND starts_on <= $2 AND ends_on >= $3 AND id <> $4 ORDER BY starts_on, id",
      {person_id, FormatIsoDate(ends_on), FormatIsoDate(starts_on), except_id.value_or(0)});
  std::vector<std::int64_t> ids;
  for (const auto& row : res.rows) ids.push_back(row.Int(0));
  return ids;
}

}  // namespace pacte::storage
