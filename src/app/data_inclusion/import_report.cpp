#include "app/data_inclusion/exchange.hpp"

#include "domain/common/time.hpp"

namespace pacte::app {
namespace {

nlohmann::json IssuesJson(const std::vector<RecordIssue>& issues) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& i : issues) out.push_back({{"field", i.field}, {"message", i.message}});
  return out;
}

nlohmann::json RecordJson(const RecordReport& r) {
  return {{"index", r.index},
          {"line", r.line},
          {"kind", RecordKindCode(r.kind)},
          {"id", r.id},
          {"v0", r.v0},
          {"outcome", RecordOutcomeCode(r.outcome)},
          {"errors", IssuesJson(r.errors)},
          {"warnings", IssuesJson(r.warnings)}};
}

nlohmann::json RecordsJson(const ImportResult& result, bool findings_only) {
  nlohmann::json records = nlohmann::json::array();
  for (const auto& r : result.records) {
    if (findings_only && r.errors.empty() && r.warnings.empty()) continue;
    records.push_back(RecordJson(r));
  }
  return records;
}

std::string Plural(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n > 1 ? many : one);
}

}  // namespace

nlohmann::json ImportReportJson(const ImportResult& result) {
  return {{"broken", result.broken ? nlohmann::json(*result.broken) : nlohmann::json()},
          {"records", RecordsJson(result, true)}};
}

nlohmann::json CatalogueImportJson(const CatalogueImport& j) {
  return {{"id", j.id},
          {"file_name", j.file_name},
          {"file_sha256", j.file_sha256},
          {"dry_run", j.dry_run},
          {"applied", j.applied},
          {"records", j.records},
          {"structures_created", j.structures_created},
          {"structures_updated", j.structures_updated},
          {"services_created", j.services_created},
          {"services_updated", j.services_updated},
          {"unchanged", j.unchanged},
          {"rejected", j.rejected},
          {"warnings", j.warnings},
          {"imported_at", FormatIsoTimestamp(j.imported_at)},
          {"summary", ImportSummary(j)}};
}

nlohmann::json ImportResultJson(const ImportResult& result) {
  auto out = CatalogueImportJson(result.journal);
  out["broken"] = result.broken ? nlohmann::json(*result.broken) : nlohmann::json();
  out["report"] = RecordsJson(result, false);
  return out;
}

std::string ImportSummary(const CatalogueImport& j) {
  std::string s = (j.dry_run ? "Vérification de " : "Import de ") +
                  Plural(j.records, "enregistrement", "enregistrements");
  if (j.broken) return s + " : fichier inutilisable, rien n'a été importé.";
  if (j.dry_run) {
    return s + " (rien n'a été écrit) : " +
           Plural(j.structures_created, "structure", "structures") + " à créer, " +
           std::to_string(j.structures_updated) + " à mettre à jour ; " +
           Plural(j.services_created, "service", "services") + " à créer, " +
           std::to_string(j.services_updated) + " à mettre à jour ; " +
           std::to_string(j.unchanged) + " inchangé(s) ; " + std::to_string(j.rejected) +
           " rejeté(s) ; " + std::to_string(j.warnings) + " avec avertissements.";
  }
  return s + " : " + Plural(j.structures_created, "structure créée", "structures créées") +
         ", " + std::to_string(j.structures_updated) + " mise(s) à jour ; " +
         Plural(j.services_created, "service créé", "services créés") + ", " +
         std::to_string(j.services_updated) + " mis à jour ; " + std::to_string(j.unchanged) +
         " inchangé(s) ; " + std::to_string(j.rejected) + " rejeté(s) ; " +
         std::to_string(j.warnings) + " avec avertissements.";
}

}  // namespace pacte::app
