#include "io/caf_flux/caf_flux_fields.hpp"

#include <algorithm>

namespace pacte::io::caf_flux {
namespace {

bool Has(const ElementPath& path, const char* name) {
  return std::find(path.begin(), path.end(), name) != path.end();
}

const std::string& Parent(const ElementPath& path) {
  static const std::string kNone;
  return path.size() >= 2 ? path[path.size() - 2] : kNone;
}

void AssignPerson(const ElementPath& path, const std::string& text, app::CafPerson& p) {
  const std::string& leaf = path.back();
  const std::string& parent = Parent(path);
  if (leaf == "TOPPERSDRODEVORSA") {
    p.toppersdrodevorsa = text;
  } else if (parent == "Prestations" && !p.benefits.empty()) {
    if (leaf == "NATPREST") p.benefits.back().nature = text;
    if (leaf == "ROLEPERS") p.benefits.back().role = text;
  } else if (parent == "Identification") {
    if (leaf == "QUAL") p.qual = text;
    else if (leaf == "NOM") p.nom = text;
    else if (leaf == "NOMNAI") p.nom_naissance = text;
    else if (leaf == "PRENOM") p.prenom = text;
    else if (leaf == "DTNAI") p.birth_date = text;
    else if (leaf == "NOMCOMNAI") p.birth_city = text;
    else if (leaf == "NIR") p.nir = text;
    else if (leaf == "SEXE") p.sexe = text;
  }
}

void AssignSituation(const std::string& parent, const std::string& leaf,
                     const std::string& text, app::CafHousehold& h) {
  if (leaf == "ETATDOSRSA") h.etatdosrsa = text;
  else if (leaf == "MOTIREFURSA") h.refusal_reason = text;
  else if (leaf == "DTREFURSA") h.refusal_date = text;
  else if (leaf == "MOTICLORSA") h.closure_reason = text;
  else if (leaf == "DTCLORSA") h.closure_date = text;
  else if (parent == "SuspensionDroit" && !h.right_suspensions.empty()) {
    if (leaf == "MOTISUSDRORSA") h.right_suspensions.back().reason = text;
    if (leaf == "DDSUSDRORSA") h.right_suspensions.back().date = text;
  } else if (parent == "SuspensionVersement" && !h.payment_suspensions.empty()) {
    if (leaf == "MOTISUSVERSRSA") h.payment_suspensions.back().reason = text;
    if (leaf == "DDSUSVERSRSA") h.payment_suspensions.back().date = text;
  }
}

}  // namespace

bool InHousehold(const ElementPath& path) { return Has(path, "InfosFoyerRSA"); }

void OpenElement(const ElementPath& path, app::CafHousehold& h) {
  const std::string& name = path.back();
  const bool in_person = Has(path, "Personne");
  if (name == "Personne") {
    h.persons.emplace_back();
  } else if (name == "Prestations" && in_person && !h.persons.empty()) {
    h.persons.back().benefits.emplace_back();
  } else if (name == "SuspensionDroit" && !in_person) {
    h.right_suspensions.emplace_back();
  } else if (name == "SuspensionVersement" && !in_person) {
    h.payment_suspensions.emplace_back();
  } else if (name == "FinDroitMoisAnterieur" && !in_person) {
    h.closed_earlier_month = true;
  }
}

void AssignHeader(const ElementPath& path, const std::string& text, app::CafFluxHeader& header) {
  if (path.size() < 2 || Parent(path) != "IdentificationFlux") return;
  const std::string& leaf = path.back();
  if (leaf == "APPLIEME") header.applieme = text;
  else if (leaf == "NUMVERSIONAPPLIEME") header.num_version = text;
  else if (leaf == "TYPEFLUX") header.type_flux = text;
  else if (leaf == "NATFLUX") header.nat_flux = text;
  else if (leaf == "DTCREAFLUX") header.creation_date = text;
  else if (leaf == "HEUCREAFLUX") header.creation_time = text;
  else if (leaf == "DTREF") header.reference_date = text;
}

void AssignHousehold(const ElementPath& path, const std::string& text, app::CafHousehold& h) {
  if (path.empty()) return;
  if (Has(path, "Personne")) {
    if (!h.persons.empty()) AssignPerson(path, text, h.persons.back());
    return;
  }
  const std::string& leaf = path.back();
  const std::string& parent = Parent(path);
  if (parent == "Organisme") {
    if (leaf == "FONORG") h.fonorg = text;
    else if (leaf == "NUMORG") h.numorg = text;
    else if (leaf == "MATRICULE") h.matricule = text;
  } else if (parent == "DemandeRSA") {
    if (leaf == "DTDEMRSA") h.request_date = text;
    else if (leaf == "NUMDEMRSA") h.request_number = text;
  } else if (leaf == "TOPSANSDOMFIXE") {
    h.topsansdomfixe = text;
  } else if (Has(path, "SituationDossierRSA")) {
    AssignSituation(parent, leaf, text, h);
  }
}

}  // namespace pacte::io::caf_flux
