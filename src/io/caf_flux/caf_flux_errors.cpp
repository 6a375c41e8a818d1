#include "io/caf_flux/caf_flux_errors.hpp"

#include <utility>

#include <libxml/xmlerror.h>

namespace pacte::io::caf_flux {
namespace {

std::string LinePrefix(int line) {
  return line > 0 ? "Ligne " + std::to_string(line) + " : " : std::string();
}

}  // namespace

Error FluxError(const std::string& code, int line, const std::string& message) {
  std::string text = LinePrefix(line) + message;
  if (line <= 0 && !text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] -= 'a' - 'A';
  return Error{ErrorKind::kMalformed, code, std::move(text), {}};
}

Error TranslateXmlFailure(const XmlFailure& f) {
  const std::string detail = f.message.empty() ? "" : " (détail : " + f.message + ")";
  if (f.domain == XML_FROM_SCHEMASV) {
    return Error{ErrorKind::kInvalid, "caf_flux.xsd",
                 LinePrefix(f.line) + "le fichier n'est pas conforme au schéma VRSB0801" +
                     detail + ".",
                 {}};
  }
  if (f.code == XML_ERR_DOCUMENT_EMPTY || (f.no_root && f.code == XML_ERR_DOCUMENT_END)) {
    return FluxError("caf_flux.empty", 0, "le fichier est vide : il ne contient aucun élément XML.");
  }
  switch (f.code) {
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_BOUNDARY:
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      return FluxError("caf_flux.entities", f.line,
                       "entités XML refusées dans un flux CAF" + detail + ".");
    default:
      break;
  }
  if (f.at_end || f.code == XML_ERR_TAG_NOT_FINISHED) {
    return FluxError("caf_flux.truncated", f.line,
                     "le fichier est tronqué : il s'arrête avant la fin du flux" + detail + ".");
  }
  return FluxError("caf_flux.malformed", f.line, "XML mal formé" + detail + ".");
}

}  // namespace pacte::io::caf_flux
