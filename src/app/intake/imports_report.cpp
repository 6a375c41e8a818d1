// The report side of the import jobs: report pages, tables for CSV / XLSX, French labels.
#include <map>

#include "app/intake/imports.hpp"
#include "app/ports/unit_of_work.hpp"

namespace pacte::app {
namespace {

const std::map<std::string, std::string>& OutcomeLabels() {
  static const std::map<std::string, std::string> labels{
      {kLineCreated, "Créé"},   {kLineUpdated, "Mis à jour"}, {kLineUnchanged, "Inchangé"},
      {kLineClosed, "Clos"},    {kLineRejected, "Rejeté"},    {kLineWarning, "Avertissement"}};
  return labels;
}

std::string Lookup(const std::map<std::string, std::string>& labels, const std::string& key) {
  auto it = labels.find(key);
  return it == labels.end() ? key : it->second;
}

long long CountValue(const nlohmann::json& value) {
  if (value.is_number_integer()) return value.get<long long>();
  if (value.is_number()) return static_cast<long long>(value.get<double>());
  return 0;
}

}  // namespace

std::string OutcomeLabel(const std::string& outcome) { return Lookup(OutcomeLabels(), outcome); }

std::string ImportStatusLabel(const std::string& status) {
  static const std::map<std::string, std::string> labels{
      {kImportQueued, "En attente"},  {kImportRunning, "En cours"},
      {kImportDone, "Terminé"},       {kImportFailed, "Échoué"},
      {kImportCancelled, "Annulé"},   {kImportInterrupted, "Interrompu"}};
  return Lookup(labels, status);
}

std::string CounterLabel(const std::string& key) {
  static const std::map<std::string, std::string> labels{
      {"households_created", "Foyers créés"},
      {"households_updated", "Foyers mis à jour"},
      {"households_unchanged", "Foyers inchangés"},
      {"households_closed", "Foyers clos"},
      {"households_rejected", "Foyers rejetés"},
      {"persons_created", "Personnes créées"},
      {"persons_updated", "Personnes mises à jour"},
      {"persons_unchanged", "Personnes inchangées"},
      {"persons_rejected", "Personnes rejetées"},
      {"persons_closed", "Personnes closes"},
      {"warnings", "Avertissements"},
      // Spreadsheets (spreadsheet_import.hpp): rows by outcome.
      {"rows", "Lignes lues"},
      {"cree", "Personnes créées"},
      {"mis_a_jour", "Personnes mises à jour"},
      {"inchange", "Lignes inchangées"},
      {"rejete", "Lignes rejetées"},
      {"avertissement", "Avertissements"},
  };
  return Lookup(labels, key);
}

Result<ImportReportPage> ImportReport(Store& store, const Actor& actor, std::int64_t id,
                                      const std::optional<std::string>& outcome,
                                      const PageRequest& page) {
  if (outcome && !OutcomeLabels().count(*outcome)) {
    return Fail(Error::Invalid("import.outcome_unknown",
                               "Résultat inconnu : cree, mis_a_jour, inchange, clos, rejete ou "
                               "avertissement.",
                               "outcome"));
  }
  auto record = GetImport(store, actor, id);
  if (!record) return Fail(record.error());
  auto lines = Read(store, [&](UnitOfWork& uow) {
    return uow.Imports().Lines(id, outcome, page.Clamped());
  });
  return ImportReportPage{std::move(*record), std::move(lines)};
}

std::vector<Table> ReportTables(const ImportRecord& record, const std::vector<ImportLine>& lines) {
  Table report{"Rapport", {"Ligne", "Référence", "Résultat", "Code", "Message"}, {}};
  report.rows.reserve(lines.size());
  for (const auto& l : lines) {
    report.rows.push_back({static_cast<long long>(l.line), l.reference, OutcomeLabel(l.outcome),
                           l.code, l.message});
  }
  Table totals{"Totaux", {"Compteur", "Nombre"}, {}};
  totals.rows.push_back({std::string("Statut"), ImportStatusLabel(record.status)});
  if (record.counts.is_object()) {
    for (const auto& [key, value] : record.counts.items()) {
      totals.rows.push_back({CounterLabel(key), CountValue(value)});
    }
  }
  if (record.error) totals.rows.push_back({std::string("Erreur"), *record.error});
  return {std::move(report), std::move(totals)};
}

Result<std::string> ExportImportReport(Store& store, const Actor& actor, const IntakeDeps& deps,
                                       std::int64_t id, TableFormat format) {
  auto record = GetImport(store, actor, id);
  if (!record) return Fail(record.error());
  std::vector<ImportLine> lines;
  Read(store, [&](UnitOfWork& uow) {
    uow.Imports().ForEachLine(id, [&](const ImportLine& l) { lines.push_back(l); });
    return true;
  });
  return deps.tables->Write(format, ReportTables(*record, lines));
}

}  // namespace pacte::app
