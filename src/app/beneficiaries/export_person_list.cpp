#include "app/beneficiaries/export_person_list.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/policies/intake_policy.hpp"
#include "domain/parcours/parcours.hpp"

namespace pacte::app {
namespace {

std::string Text(const std::optional<std::string>& s) { return s.value_or(""); }

std::string French(const std::optional<Date>& d) { return d ? FormatFrenchDate(*d) : ""; }

std::string ParcoursText(const std::optional<std::string>& code) {
  if (!code) return "";
  auto parcours = ParseParcours(*code);
  return parcours ? std::string(ParcoursLabel(*parcours)) : *code;
}

std::vector<TableCell> RowOf(const PersonListItem& p) {
  return {p.last_name,
          p.first_name,
          FormatFrenchDate(p.birth_date),
          Text(p.commune_name),
          French(p.dd_since),
          ParcoursText(p.parcours),
          French(p.oriented_on),
          Text(p.structure_name),
          Text(p.referent_name),
          French(p.contract_ends_on),
          French(p.exited_on)};
}

// "50 000": French digit grouping.
std::string Grouped(std::int64_t n) {
  std::string digits = std::to_string(n);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
    digits.insert(static_cast<std::size_t>(i), " ");
  }
  return digits;
}

Error TooLarge(std::int64_t total, std::int64_t max_rows) {
  return Error::Invalid("person.export_too_large",
                        "L'export est limité à " + Grouped(max_rows) + " personnes et " +
                            Grouped(total) +
                            " correspondent à ces critères : affinez la recherche "
                            "(territoire, structure, situation…).");
}

Status Authorized(const Actor& actor) {
  if (auto ok = Authorize(actor, IntakeAction::kExportPersonList); !ok) return ok;
  return AuthorizePersons(actor, PersonAction::kList);
}

// Appends every page after the first to `table`.
void ReadRemainingPages(UnitOfWork& uow, const PersonListQuery& q, int page_size,
                        std::int64_t total, Table& table) {
  for (int number = 2; static_cast<std::int64_t>(table.rows.size()) < total; ++number) {
    auto page = uow.Beneficiaries().ListPersons(q, PageRequest{number, page_size});
    if (page.items.empty()) break;  // rows removed meanwhile
    for (const auto& p : page.items) table.rows.push_back(RowOf(p));
  }
}

}  // namespace

const std::vector<std::string>& PersonListExportHeaders() {
  static const std::vector<std::string> kHeaders{
      "Nom",         "Prénom",    "Date de naissance", "Commune",          "Entrée D&D", "Parcours",
      "Orientée le", "Structure", "Référent",          "Contrat jusqu'au", "Sortie"};
  return kHeaders;
}

Result<Table> ExportPersonList(Store& store, const Clock& clock, const Actor& actor,
                               const BeneficiarySearch& search,
                               const PersonListExportLimits& limits) {
  if (auto ok = Authorized(actor); !ok) return Fail(ok.error());
  auto q = PersonListQueryOf(clock, actor, search);
  if (!q) return Fail(q.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<Table> {
    const int page_size = std::max(1, limits.page_size);
    auto first = uow.Beneficiaries().ListPersons(*q, PageRequest{1, page_size});
    if (first.total > limits.max_rows) return Fail(TooLarge(first.total, limits.max_rows));
    Table table{"Bénéficiaires", PersonListExportHeaders(), {}};
    table.rows.reserve(static_cast<std::size_t>(first.total));
    for (const auto& p : first.items) table.rows.push_back(RowOf(p));
    ReadRemainingPages(uow, *q, page_size, first.total, table);
    nlohmann::json details = BeneficiarySearchCodes(search);
    details["count"] = table.rows.size();
    RecordAudit(uow, clock, actor, "person.list_export", "person", "", details);
    return table;
  });
}

}  // namespace pacte::app
