#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "io/territory/geojson_territory.hpp"
#include "io/territory/postal_codes_csv.hpp"

namespace pacte::io {
namespace {

constexpr std::uintmax_t kMaxFileBytes = 256ull * 1024 * 1024;

Result<std::string> ReadWholeFile(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Fail(Error{
        ErrorKind::kNotFound, "file.not_found", "Fichier introuvable : " + path.string(), {}});
  }
  if (std::filesystem::file_size(path, ec) > kMaxFileBytes) {
    return Fail(Error{ErrorKind::kTooLarge,
                      "file.too_large",
                      "Fichier trop volumineux (256 Mio au plus) : " + path.string(),
                      {}});
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  if (!in.good() && !in.eof()) {
    return Fail(Error{
        ErrorKind::kMalformed, "file.unreadable", "Lecture impossible : " + path.string(), {}});
  }
  return content.str();
}

std::string Count(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n > 1 ? many : one);
}

// Prints the refusal and returns the exit code of a refused import.
int Refuse(std::ostream& err, const Error& e) {
  err << "erreur : " << e.message << "\n";
  return 1;
}

// Loads postal-codes-<département>.csv when it sits beside the GeoJSON file.
Status AttachSiblingPostalCodes(const std::filesystem::path& geojson, app::TerritoryImport& import,
                                std::ostream& out) {
  auto csv = geojson.parent_path() / ("postal-codes-" + import.departement_code + ".csv");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(csv, ec)) return {};
  auto content = ReadWholeFile(csv);
  if (!content) return Fail(content.error());
  auto codes = ParsePostalCodesCsv(*content);
  if (!codes) return Fail(codes.error());
  auto attached = AttachPostalCodes(import, *codes);
  out << "Codes postaux lus dans " << csv.filename().string() << " : "
      << Count(static_cast<std::int64_t>(attached), "commune", "communes") << ".\n";
  return {};
}

}  // namespace

std::string DescribeImport(const app::TerritoryImportReport& r) {
  std::int64_t territories =
      r.territories_created + r.territories_updated + r.territories_unchanged;
  std::int64_t communes = r.communes_created + r.communes_updated + r.communes_unchanged;
  return "Département " + r.departement_code + " (" + r.departement_name +
         ") : " + Count(territories, "territoire", "territoires") + " (" +
         Count(r.territories_created, "créé", "créés") + ", " +
         Count(r.territories_updated, "modifié", "modifiés") + ", " +
         Count(r.territories_unchanged, "inchangé", "inchangés") + ") et " +
         Count(communes, "commune", "communes") + " (" +
         Count(r.communes_created, "créée", "créées") + ", " +
         Count(r.communes_updated, "modifiée", "modifiées") + ", " +
         Count(r.communes_unchanged, "inchangée", "inchangées") + ").";
}

int ImportTerritoryFile(app::Store& store, const std::string& path, std::ostream& out,
                        std::ostream& err) {
  return ImportTerritoryFile(store, path, TerritoryFileOptions{}, out, err);
}

int ImportTerritoryFile(app::Store& store, const std::string& path,
                        const TerritoryFileOptions& options, std::ostream& out, std::ostream& err) {
  std::filesystem::path file(path);
  auto content = ReadWholeFile(file);
  if (!content) return Refuse(err, content.error());
  auto import = ParseTerritoryGeoJson(*content, file.filename().string());
  if (!import) return Refuse(err, import.error());
  if (options.departement_name) import->departement_name = options.departement_name;
  if (auto ok = AttachSiblingPostalCodes(file, *import, out); !ok) {
    return Refuse(err, ok.error());
  }
  app::SystemClock clock;
  auto report = app::ImportTerritory(store, clock, app::Actor::System("territory import"), *import);
  if (!report) return Refuse(err, report.error());
  out << DescribeImport(*report) << "\n";
  return 0;
}

}  // namespace pacte::io
