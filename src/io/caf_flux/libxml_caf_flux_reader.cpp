#include "io/caf_flux/libxml_caf_flux_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <system_error>
#include <vector>

#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>

#include "domain/common/text.hpp"
#include "io/caf_flux/caf_flux_errors.hpp"
#include "io/caf_flux/caf_flux_fields.hpp"

namespace pacte::io {
namespace caf_files {
const std::map<std::string, std::string_view, std::less<>>& EmbeddedFiles();
}  // namespace caf_files
namespace {

using caf_flux::FluxError;
using caf_flux::XmlFailure;

void RecordFailure(void* context, xmlErrorPtr error) {
  auto* failure = static_cast<XmlFailure*>(context);
  if (error == nullptr || failure->set || error->level < XML_ERR_ERROR) return;
  failure->set = true;
  failure->domain = error->domain;
  failure->code = error->code;
  failure->line = error->line;
  failure->message = error->message != nullptr ? std::string(Trim(error->message)) : "";
}

struct ReaderDeleter {
  void operator()(xmlTextReaderPtr r) const { xmlFreeTextReader(r); }
};

std::string NodeName(xmlTextReaderPtr r) {
  const xmlChar* name = xmlTextReaderConstLocalName(r);
  return name != nullptr ? reinterpret_cast<const char*>(name) : "";
}

// One read of one file: the open element path, the household being filled and the counts.
class Session {
 public:
  Session(xmlTextReaderPtr reader, const app::CafFluxOptions& options,
          const std::function<Status(const app::CafHousehold&)>& on_household)
      : r_(reader), options_(options), on_household_(on_household) {}

  // Handles the node the reader stands on; an error stops the read.
  Status Handle() {
    switch (xmlTextReaderNodeType(r_)) {
      case XML_READER_TYPE_DOCUMENT_TYPE:
        return Fail(FluxError("caf_flux.entities", Line(),
                              "déclaration DOCTYPE refusée : un flux CAF ne contient ni DTD ni "
                              "entités XML."));
      case XML_READER_TYPE_ELEMENT:
        return Open();
      case XML_READER_TYPE_TEXT:
      case XML_READER_TYPE_CDATA:
      case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
        return Text();
      case XML_READER_TYPE_END_ELEMENT:
        return Close();
      default:
        return {};
    }
  }

  bool SawRoot() const { return seen_root_; }

  // After the last node: the flux must have had its root and header.
  Result<app::CafFluxSummary> Finish() {
    if (!seen_root_) {
      return Fail(FluxError("caf_flux.empty", 0,
                            "le fichier est vide : il ne contient aucun élément XML."));
    }
    if (!seen_header_) return MissingHeader();
    return summary_;
  }

 private:
  int Line() const { return xmlTextReaderGetParserLineNumber(r_); }

  tl::unexpected<Error> MissingHeader() const {
    return Fail(FluxError("caf_flux.not_vrsb0801", Line(),
                          "l'en-tête <IdentificationFlux> du flux VRSB0801 est absent."));
  }

  Status Open() {
    std::string name = NodeName(r_);
    if (!seen_root_) {
      seen_root_ = true;
      if (name != "Racine") {
        return Fail(FluxError("caf_flux.not_vrsb0801", Line(),
                              "l'élément racine est <" + name +
                                  ">, un flux VRSB0801 commence par <Racine>."));
      }
      return {};
    }
    const bool empty = xmlTextReaderIsEmptyElement(r_) == 1;
    path_.push_back(std::move(name));
    text_.clear();
    if (auto status = Opened(); !status) return status;
    if (empty) return Close();
    return {};
  }

  Status Opened() {
    if (path_.size() == 1 && path_[0] == "InfosFoyerRSA") {
      if (!seen_header_) return MissingHeader();
      household_ = app::CafHousehold{};
      household_.line = Line();
      return {};
    }
    if (!caf_flux::InHousehold(path_)) return {};
    caf_flux::OpenElement(path_, household_);
    if (household_.persons.size() > options_.max_persons_per_household) {
      return Fail(Error{ErrorKind::kTooLarge, "caf_flux.too_many_persons",
                        "Ligne " + std::to_string(Line()) + " : le foyer compte plus de " +
                            std::to_string(options_.max_persons_per_household) +
                            " personnes, limite dépassée.",
                        {}});
    }
    return {};
  }

  Status Text() {
    const xmlChar* value = xmlTextReaderConstValue(r_);
    if (value == nullptr || path_.empty()) return {};
    text_ += reinterpret_cast<const char*>(value);
    if (text_.size() > options_.max_value_length) {
      return Fail(Error{ErrorKind::kTooLarge, "caf_flux.value_too_long",
                        "Ligne " + std::to_string(Line()) + " : la valeur de <" + path_.back() +
                            "> dépasse " + std::to_string(options_.max_value_length) +
                            " caractères.",
                        {}});
    }
    return {};
  }

  Status Close() {
    if (path_.empty()) return {};  // </Racine>
    const std::string value(Trim(text_));
    text_.clear();
    if (caf_flux::InHousehold(path_)) {
      if (!value.empty()) caf_flux::AssignHousehold(path_, value, household_);
    } else {
      caf_flux::AssignHeader(path_, value, summary_.header);
      if (path_.back() == "NBTOTDOSRSATRANSM") summary_.declared_households = value;
    }
    std::string closed = std::move(path_.back());
    path_.pop_back();
    if (path_.empty()) return Closed(closed);
    return {};
  }

  // A top-level element ended.
  Status Closed(const std::string& name) {
    if (name == "IdentificationFlux") {
      seen_header_ = true;
      if (options_.on_header) return options_.on_header(summary_.header);
    } else if (name == "InfosFoyerRSA") {
      ++summary_.households;
      household_.bytes_read = static_cast<std::int64_t>(xmlTextReaderByteConsumed(r_));
      summary_.persons += static_cast<int>(household_.persons.size());
      auto status = on_household_(household_);
      household_ = app::CafHousehold{};
      return status;
    }
    return {};
  }

  xmlTextReaderPtr r_;
  const app::CafFluxOptions& options_;
  const std::function<Status(const app::CafHousehold&)>& on_household_;
  caf_flux::ElementPath path_;
  std::string text_;
  app::CafHousehold household_;
  app::CafFluxSummary summary_;
  bool seen_root_ = false;
  bool seen_header_ = false;
};

// Lines of the file (its '\n' count), read by chunks: only on the failure path, to tell a
// file cut short from an error in its middle.
int NewlineCount(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<char> buffer(1 << 16);
  long count = 0;
  while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
    count += std::count(buffer.begin(), buffer.begin() + in.gcount(), '\n');
  }
  return static_cast<int>(std::min<long>(count, std::numeric_limits<int>::max()));
}

std::optional<Error> CheckFile(const std::string& path, const app::CafFluxOptions& options) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec || !std::filesystem::is_regular_file(path, ec)) {
    return Error::NotFound("caf_flux.not_found", "Le fichier « " + path + " » est introuvable.");
  }
  if (size == 0) {
    return FluxError("caf_flux.empty", 0, "le fichier est vide (0 octet).");
  }
  if (options.max_file_bytes > 0 && size > options.max_file_bytes) {
    return Error{ErrorKind::kTooLarge, "caf_flux.too_large",
                 "Le fichier dépasse la taille maximale de " +
                     (options.max_file_bytes >= (1U << 20)
                          ? std::to_string(options.max_file_bytes >> 20) + " Mo."
                          : std::to_string(options.max_file_bytes) + " octets."),
                 {}};
  }
  return std::nullopt;
}

// The embedded vrsb0801.xsd, parsed once and kept for the life of the process (a parsed
// schema is read-only and shared by every validating reader); nullptr if it does not parse.
xmlSchemaPtr EmbeddedSchema() {
  static xmlSchemaPtr schema = [] {
    const auto& files = caf_files::EmbeddedFiles();
    auto it = files.find("vrsb0801.xsd");
    if (it == files.end()) return xmlSchemaPtr{nullptr};
    xmlSchemaParserCtxtPtr ctxt =
        xmlSchemaNewMemParserCtxt(it->second.data(), static_cast<int>(it->second.size()));
    if (ctxt == nullptr) return xmlSchemaPtr{nullptr};
    xmlSchemaSetParserStructuredErrors(ctxt, [](void*, xmlErrorPtr) {}, nullptr);
    xmlSchemaPtr parsed = xmlSchemaParse(ctxt);
    xmlSchemaFreeParserCtxt(ctxt);
    return parsed;
  }();
  return schema;
}

// Turns validation on, with the given XSD file or the embedded one.
Status EnableValidation(xmlTextReaderPtr reader, const std::string& xsd_path) {
  const bool ok = xsd_path.empty()
                      ? EmbeddedSchema() != nullptr &&
                            xmlTextReaderSetSchema(reader, EmbeddedSchema()) == 0
                      : xmlTextReaderSchemaValidate(reader, xsd_path.c_str()) == 0;
  if (ok) return {};
  return Fail(Error::Invalid("caf_flux.xsd_unreadable",
                             "Le schéma XSD « " +
                                 (xsd_path.empty() ? std::string("vrsb0801.xsd (intégré)")
                                                   : xsd_path) +
                                 " » est illisible."));
}

}  // namespace

Result<app::CafFluxSummary> LibxmlCafFluxReader::Read(
    const std::string& path, const app::CafFluxOptions& options,
    const std::function<Status(const app::CafHousehold&)>& on_household) {
  if (auto error = CheckFile(path, options)) return Fail(*error);
  // No XML_PARSE_NOENT / DTDLOAD / DTDATTR / XINCLUDE: entities stay unexpanded, no DTD is read.
  const int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  std::unique_ptr<xmlTextReader, ReaderDeleter> reader(
      xmlReaderForFile(path.c_str(), nullptr, flags));
  if (!reader) {
    return Fail(Error::NotFound("caf_flux.not_found",
                                "Le fichier « " + path + " » ne peut pas être ouvert."));
  }
  XmlFailure failure;
  xmlTextReaderSetStructuredErrorHandler(reader.get(), RecordFailure, &failure);
  if (options.validate_xsd) {
    if (auto ok = EnableValidation(reader.get(), options.xsd_path); !ok) return Fail(ok.error());
  }
  Session session(reader.get(), options, on_household);
  int ret = 0;
  while (!failure.set && (ret = xmlTextReaderRead(reader.get())) == 1) {
    if (failure.set) break;
    if (auto status = session.Handle(); !status) return Fail(status.error());
  }
  if (failure.set || ret < 0) {
    failure.no_root = !session.SawRoot();
    failure.at_end = failure.domain != XML_FROM_SCHEMASV && failure.line >= NewlineCount(path);
    return Fail(caf_flux::TranslateXmlFailure(failure));
  }
  if (options.validate_xsd && xmlTextReaderIsValid(reader.get()) != 1) {
    return Fail(caf_flux::TranslateXmlFailure(XmlFailure{true, XML_FROM_SCHEMASV, 0, 0, ""}));
  }
  auto summary = session.Finish();
  if (summary) summary->validated = options.validate_xsd;
  return summary;
}

}  // namespace pacte::io
