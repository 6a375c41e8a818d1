#pragma once
// Helpers of the CAF flux reader tests: temporary files and a minimal VRSB0801 household.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "app/ports/caf_flux_reader.hpp"
#include "io/caf_flux/libxml_caf_flux_reader.hpp"
#include "io/testing/temp_file.hpp"

namespace pacte::io::caf_flux_test {

inline std::string SourceData(const std::string& name) {
  return std::string(PACTE_SOURCE_DIR) + "/data/caf-flux/" + name;
}

// A file under the temp dir, removed at destruction (io/testing/temp_file.hpp).
class TempFile : public io::testing::TempFile {
 public:
  explicit TempFile(const std::string& name, const std::string& content = {})
      : io::testing::TempFile("pacte-caf-", name, content) {}
};

inline std::string Header(const std::string& encoding = "windows-1252") {
  return "<?xml version=\"1.0\" encoding=\"" + encoding +
         "\"?>\n<Racine>\n<IdentificationFlux><APPLIEME>CRI</APPLIEME>"
         "<NUMVERSIONAPPLIEME>6200</NUMVERSIONAPPLIEME><TYPEFLUX>Q</TYPEFLUX>"
         "<NATFLUX>D</NATFLUX><DTCREAFLUX>2024-03-05</DTCREAFLUX>"
         "<HEUCREAFLUX>01:18:36.0000</HEUCREAFLUX><DTREF>2024-03-04</DTREF>"
         "</IdentificationFlux>\n";
}

inline std::string Household(const std::string& matricule, const std::string& nom,
                             const std::string& prenom) {
  return "<InfosFoyerRSA><IdentificationRSA><Organisme><FONORG>MSA</FONORG><NUMORG>921</NUMORG>"
         "<MATRICULE>" +
         matricule +
         "</MATRICULE></Organisme><DemandeRSA>"
         "<DTDEMRSA>2023-01-02</DTDEMRSA><NUMDEMRSA>42</NUMDEMRSA></DemandeRSA>"
         "</IdentificationRSA><Personne><Identification><QUAL>MME</QUAL><NOM>" +
         nom + "</NOM><PRENOM>" + prenom +
         "</PRENOM><DTNAI>1980-01-01</DTNAI>"
         "<NIR>2800192050123</NIR><SEXE>2</SEXE></Identification><Prestations>"
         "<NATPREST>RSA</NATPREST><ROLEPERS>DEM</ROLEPERS></Prestations>"
         "<MontantCalculDroitRSAPersonne><TOPPERSDRODEVORSA>1</TOPPERSDRODEVORSA>"
         "</MontantCalculDroitRSAPersonne></Personne><PrestationRSA><SituationDossierRSA>"
         "<EtatDossierRSA><ETATDOSRSA>2</ETATDOSRSA></EtatDossierRSA></SituationDossierRSA>"
         "<DetailDroitRSA><TroncCommunDroitRSA><TOPSANSDOMFIXE>1</TOPSANSDOMFIXE>"
         "</TroncCommunDroitRSA></DetailDroitRSA></PrestationRSA></InfosFoyerRSA>\n";
}

inline std::string Footer() { return "</Racine>\n"; }

// Reads `path`, collecting every household.
inline Result<app::CafFluxSummary> ReadAll(const std::string& path,
                                           std::vector<app::CafHousehold>& out,
                                           const app::CafFluxOptions& options = {}) {
  LibxmlCafFluxReader reader;
  return reader.Read(path, options, [&](const app::CafHousehold& h) -> Status {
    out.push_back(h);
    return {};
  });
}

}  // namespace pacte::io::caf_flux_test
