#include "io/caf_flux/caf_flux_writer.hpp"

#include <array>
#include <cstdio>
#include <fstream>
#include <ostream>

#include "domain/common/time.hpp"

namespace pacte::io {
namespace {

void AppendEscaped(std::string& out, const std::string& text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
}

// UTF-8 → windows-1252 for the characters names use (Latin-1 range, œ, Œ); others → '?'.
std::string ToWindows1252(const std::string& utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    unsigned cp = 0;
    std::size_t extra = 0;
    if ((c & 0xE0) == 0xC0) cp = c & 0x1F, extra = 1;
    else if ((c & 0xF0) == 0xE0) cp = c & 0x0F, extra = 2;
    else if ((c & 0xF8) == 0xF0) cp = c & 0x07, extra = 3;
    for (std::size_t k = 0; k < extra && i + 1 < utf8.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3F);
    }
    if (cp >= 0xA0 && cp <= 0xFF) out += static_cast<char>(cp);
    else if (cp == 0x153) out += static_cast<char>(0x9C);
    else if (cp == 0x152) out += static_cast<char>(0x8C);
    else out += '?';
  }
  return out;
}

std::string Tabs(int depth) { return std::string(static_cast<std::size_t>(depth), '\t'); }

// splitmix64: the deterministic source of every generated value.
std::uint64_t Mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

constexpr std::array kLastNames{
    "MARTIN",  "BERNARD",  "THOMAS",    "PETIT",   "ROBERT",  "RICHARD", "DURAND",  "DUBOIS",
    "MOREAU",  "LAURENT",  "SIMON",     "MICHEL",  "LEFÈVRE", "LEROY",   "ROUX",    "DAVID",
    "BERTRAND", "MOREL",   "FOURNIER",  "GIRARD",  "BONNET",  "DUPONT",  "LAMBERT", "FONTAINE",
    "ROUSSEAU", "VINCENT", "LE GOFF",   "GARNIER", "FAURE",   "ANDRÉ",   "MERCIER", "N'DIAYE"};
constexpr std::array kWomen{"MARIE",  "NATHALIE", "ISABELLE", "SYLVIE", "CÉLINE", "HÉLÈNE",
                            "SOPHIE", "AMÉLIE",   "CHLOÉ",    "FATOU",  "LÉA",    "ANNE-MARIE"};
constexpr std::array kMen{"JEAN",   "PHILIPPE", "MICHEL",  "ALAIN",    "NOËL",   "JÉRÔME",
                          "NICOLAS", "FRANÇOIS", "KARIM",  "JEAN-LUC", "THÉO",   "MAMADOU"};

template <class A>
std::string Pick(const A& list, std::uint64_t r) {
  return list[r % list.size()];
}

std::string TwoDigits(unsigned v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02u", v % 100);
  return buf;
}

std::string ThreeDigits(unsigned v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%03u", v % 1000);
  return buf;
}

// A 13-character NIR consistent with sex and birth date, unique per (seed, slot, index) up to
// 998,001 households: the index gives the commune and order numbers, the slot the département.
std::string GeneratedNir(const GeneratedFluxOptions& o, int slot, std::int64_t index, bool woman,
                         int year, unsigned month) {
  const auto n = static_cast<unsigned>(index);
  const unsigned dept = 30 + static_cast<unsigned>((o.seed % 25) * 2) + static_cast<unsigned>(slot);
  return std::string(woman ? "2" : "1") + TwoDigits(static_cast<unsigned>(year)) +
         TwoDigits(month) + TwoDigits(dept) + ThreeDigits(1 + n % 999) +
         ThreeDigits(1 + (n / 999) % 999);
}

FluxPersonSpec GeneratedAdult(const GeneratedFluxOptions& o, std::int64_t index, int slot,
                              std::uint64_t r, const std::string& last_name) {
  FluxPersonSpec p;
  const bool woman = (r >> 3) % 2 == 0;
  const int year = 1960 + static_cast<int>((r >> 8) % 44);
  const unsigned month = 1 + static_cast<unsigned>((r >> 16) % 12);
  const unsigned day = 1 + static_cast<unsigned>((r >> 24) % 28);
  p.qual = woman ? "MME" : "MR";
  p.sexe = woman ? "2" : "1";
  p.nom = last_name;
  p.nom_naissance = last_name;
  p.prenom = woman ? Pick(kWomen, r >> 32) : Pick(kMen, r >> 32);
  p.birth_date = std::to_string(year) + "-" + TwoDigits(month) + "-" + TwoDigits(day);
  p.nir = GeneratedNir(o, slot, index, woman, year, month);
  p.role = slot == 0 ? "DEM" : "CJT";
  p.toppersdrodevorsa = (r >> 40) % 10 == 0 ? "0" : "1";
  return p;
}

FluxPersonSpec GeneratedChild(const FluxPersonSpec& parent, std::uint64_t r, int reference_year) {
  FluxPersonSpec c;
  const bool girl = r % 2 == 0;
  c.qual = girl ? "MME" : "MR";
  c.sexe = girl ? "2" : "1";
  c.nom = parent.nom;
  c.prenom = girl ? Pick(kWomen, r >> 8) : Pick(kMen, r >> 8);
  c.birth_date = std::to_string(reference_year - 1 - static_cast<int>((r >> 16) % 15)) + "-06-15";
  c.role = "ENF";
  c.toppersdrodevorsa.clear();
  return c;
}

void GenerateRights(FluxHouseholdSpec& h, std::uint64_t r, const std::string& dtref) {
  const auto roll = r % 100;
  const std::string month_start = dtref.substr(0, 8) + "01";
  if (roll < 70) {
    h.etatdosrsa = "2";
  } else if (roll < 82) {
    h.etatdosrsa = roll < 78 ? "4" : "3";
    static constexpr std::array kReasons{"06", "01", "44", "70", "05"};
    h.payment_suspension = FluxReason{Pick(kReasons, r >> 8), month_start};
  } else if (roll < 96) {
    h.etatdosrsa = roll < 92 ? "5" : "6";
    static constexpr std::array kClosures{"PCG", "ECH", "RFD", "MUT", "RAU"};
    h.closure = FluxReason{Pick(kClosures, r >> 8), month_start};
  } else {
    h.etatdosrsa = "0";
  }
  h.topsansdomfixe = (r >> 16) % 50 == 0 ? "1" : "0";
}

}  // namespace

CafFluxWriter::CafFluxWriter(std::ostream& out, FluxEncoding encoding,
                             const std::string& reference_date, const std::string& creation_date)
    : out_(out), encoding_(encoding) {
  out_ << "<?xml version=\"1.0\" encoding=\""
       << (encoding_ == FluxEncoding::kUtf8 ? "UTF-8" : "windows-1252") << "\"?>\n"
       << "<Racine>\n\t<IdentificationFlux>\n";
  Element(2, "APPLIEME", "CRI");
  Element(2, "NUMVERSIONAPPLIEME", "6200");
  Element(2, "TYPEFLUX", "M");
  Element(2, "NATFLUX", "D");
  Element(2, "DTCREAFLUX", creation_date);
  Element(2, "HEUCREAFLUX", "01:18:36.0000");
  Element(2, "DTREF", reference_date);
  out_ << "\t</IdentificationFlux>\n";
}

std::string CafFluxWriter::Encoded(const std::string& utf8) const {
  std::string escaped;
  AppendEscaped(escaped, utf8);
  return encoding_ == FluxEncoding::kUtf8 ? escaped : ToWindows1252(escaped);
}

void CafFluxWriter::Element(int depth, const char* name, const std::string& value) {
  out_ << Tabs(depth) << '<' << name << '>' << Encoded(value) << "</" << name << ">\n";
}

void CafFluxWriter::Add(const FluxHouseholdSpec& h) {
  out_ << "\t<InfosFoyerRSA>\n\t\t<IdentificationRSA>\n\t\t\t<Organisme>\n";
  Element(4, "FONORG", h.fonorg);
  Element(4, "NUMORG", h.numorg);
  Element(4, "MATRICULE", h.matricule);
  out_ << "\t\t\t</Organisme>\n\t\t\t<Partenaire>\n";
  Element(4, "TYPEPARTE", "CG ");
  Element(4, "IDEPARTE", "0" + (h.numdemrsa.size() >= 2 ? h.numdemrsa.substr(0, 2) : "92"));
  out_ << "\t\t\t</Partenaire>\n\t\t\t<DemandeRSA>\n";
  Element(4, "DTDEMRSA", h.request_date);
  Element(4, "NUMDEMRSA", h.numdemrsa);
  out_ << "\t\t\t</DemandeRSA>\n\t\t</IdentificationRSA>\n";
  for (const auto& p : h.persons) AddPerson(h, p);
  out_ << "\t\t<DonneesAdministratives>\n\t\t\t<SituationFamille>\n";
  Element(4, "SITFAM", h.persons.size() > 1 && h.persons[1].role == "CJT" ? "MAR" : "CEL");
  Element(4, "DDSITFAM", h.request_date);
  out_ << "\t\t\t</SituationFamille>\n\t\t\t<Adresse>\n\t\t\t\t<TroncCommunAdresse>\n";
  Element(5, "RGADR", "01");
  Element(5, "DTEMM", h.request_date);
  Element(5, "PAYS", "FRA");
  Element(5, "TYPEADR", "D");
  Element(5, "ETATADR", "CO");
  out_ << "\t\t\t\t</TroncCommunAdresse>\n\t\t\t</Adresse>\n\t\t</DonneesAdministratives>\n";
  out_ << "\t\t<PrestationRSA>\n\t\t\t<SituationDossierRSA>\n\t\t\t\t<EtatDossierRSA>\n";
  Element(5, "ETATDOSRSA", h.etatdosrsa);
  out_ << "\t\t\t\t</EtatDossierRSA>\n";
  if (h.payment_suspension) {
    out_ << "\t\t\t\t<SuspensionVersement>\n";
    Element(5, "MOTISUSVERSRSA", h.payment_suspension->reason);
    Element(5, "DDSUSVERSRSA", h.payment_suspension->date);
    out_ << "\t\t\t\t</SuspensionVersement>\n";
  }
  if (h.closure) {
    out_ << "\t\t\t\t<FinDroit>\n";
    Element(5, "MOTICLORSA", h.closure->reason);
    Element(5, "DTCLORSA", h.closure->date);
    out_ << "\t\t\t\t</FinDroit>\n";
  }
  out_ << "\t\t\t</SituationDossierRSA>\n\t\t\t<DetailDroitRSA>\n\t\t\t\t<TroncCommunDroitRSA>\n";
  Element(5, "TOPSANSDOMFIXE", h.topsansdomfixe);
  Element(5, "ORIDEMRSA", "DEM");
  out_ << "\t\t\t\t</TroncCommunDroitRSA>\n\t\t\t</DetailDroitRSA>\n\t\t</PrestationRSA>\n"
       << "\t</InfosFoyerRSA>\n";
  ++households_;
}

void CafFluxWriter::AddPerson(const FluxHouseholdSpec& h, const FluxPersonSpec& p) {
  out_ << "\t\t<Personne>\n\t\t\t<Identification>\n";
  Element(4, "QUAL", p.qual);
  Element(4, "NOM", p.nom);
  Element(4, "NOMNAI", p.nom_naissance.empty() ? p.nom : p.nom_naissance);
  Element(4, "PRENOM", p.prenom);
  Element(4, "NOMCOMNAI", "NANTERRE");
  Element(4, "DTNAI", p.birth_date);
  Element(4, "TYPEDTNAI", "N");
  if (!p.nir.empty()) Element(4, "NIR", p.nir);
  Element(4, "SEXE", p.sexe);
  out_ << "\t\t\t</Identification>\n\t\t\t<DossierCAF>\n";
  Element(4, "TOPRESPDOS", p.role == "DEM" ? "1" : "0");
  Element(4, "DDRATDOS", h.request_date);
  out_ << "\t\t\t</DossierCAF>\n\t\t\t<Prestations>\n";
  // The schema wants exactly two benefits: family benefits (PFA), then the one given.
  Element(4, "NATPREST", "PFA");
  Element(4, "ROLEPERS", p.role);
  Element(4, "TOPCHAPERS", "0");
  out_ << "\t\t\t</Prestations>\n\t\t\t<Prestations>\n";
  Element(4, "NATPREST", p.nature);
  Element(4, "ROLEPERS", p.role);
  Element(4, "TOPCHAPERS", "1");
  out_ << "\t\t\t</Prestations>\n";
  if (!p.toppersdrodevorsa.empty()) {
    out_ << "\t\t\t<MontantCalculDroitRSAPersonne>\n";
    Element(4, "TOPPERSDRODEVORSA", p.toppersdrodevorsa);
    out_ << "\t\t\t</MontantCalculDroitRSAPersonne>\n";
  }
  out_ << "\t\t</Personne>\n";
  ++persons_;
}

void CafFluxWriter::Finish() {
  char count[16];
  std::snprintf(count, sizeof count, "%08lld", static_cast<long long>(households_));
  out_ << "\t<TransmissionFlux>\n";
  Element(2, "NBTOTDOSRSATRANSM", count);
  Element(2, "NBTOTDOSRSATRANSMANO", "00000000");
  out_ << "\t</TransmissionFlux>\n</Racine>\n";
}

FluxHouseholdSpec GeneratedHousehold(const GeneratedFluxOptions& o, std::int64_t index) {
  const std::uint64_t r = Mix(Mix(o.seed) ^ static_cast<std::uint64_t>(index));
  FluxHouseholdSpec h;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%07lld00000000", static_cast<long long>(1000000 + index % 8999999));
  h.matricule = buf;
  std::snprintf(buf, sizeof buf, "%02u%09lld", static_cast<unsigned>(10 + o.seed % 90),
                static_cast<long long>(index % 1000000000));
  h.numdemrsa = buf;
  const std::string last_name = Pick(kLastNames, r >> 48);
  h.persons.push_back(GeneratedAdult(o, index, 0, Mix(r), last_name));
  if ((r >> 4) % 10 < 4) h.persons.push_back(GeneratedAdult(o, index, 1, Mix(r + 1), last_name));
  const int reference_year = std::stoi(o.reference_date.substr(0, 4));
  const int children = static_cast<int>((r >> 12) % 4) - 1;  // -1..2: about half have some
  for (int i = 0; i < children; ++i) {
    h.persons.push_back(GeneratedChild(h.persons[0], Mix(r + 2 + i), reference_year));
  }
  GenerateRights(h, Mix(r + 7), o.reference_date);
  return h;
}

Result<GeneratedFluxSummary> WriteGeneratedCafFlux(const std::string& path,
                                                   const GeneratedFluxOptions& options) {
  if (options.households < 0) {
    return Fail(Error::Invalid("caf_flux.households_invalid",
                               "Le nombre de foyers doit être positif ou nul.", "households"));
  }
  if (options.reference_date.size() != 10 || !ParseIsoDate(options.reference_date)) {
    return Fail(Error::Invalid("caf_flux.dtref_invalid",
                               "Date de référence invalide : format AAAA-MM-JJ attendu.",
                               "dtref"));
  }
  std::vector<char> buffer(1 << 20);
  std::ofstream out;
  out.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  out.open(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    return Fail(Error::NotFound("caf_flux.unwritable",
                                "Impossible d'écrire le fichier « " + path + " »."));
  }
  CafFluxWriter writer(out, options.encoding, options.reference_date, options.reference_date);
  for (std::int64_t i = 0; i < options.households; ++i) writer.Add(GeneratedHousehold(options, i));
  writer.Finish();
  out.flush();
  if (!out) {
    return Fail(Error::NotFound("caf_flux.unwritable",
                                "Écriture interrompue du fichier « " + path + " »."));
  }
  GeneratedFluxSummary summary{writer.households(), writer.persons(),
                               static_cast<std::int64_t>(out.tellp())};
  return summary;
}

}  // namespace pacte::io
