#include "io/spreadsheet/xlsx_sheet_stream.hpp"

#include <libxml/xmlreader.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <optional>

#include "domain/common/text.hpp"
#include "io/spreadsheet/spreadsheet_errors.hpp"

namespace pacte::io::spreadsheet {
namespace {

constexpr int kMaxColumns = 16'384;  // A … XFD
constexpr std::uint64_t kProgressEvery = 4U << 20;

struct ReaderDeleter {
  void operator()(xmlTextReaderPtr r) const { xmlFreeTextReader(r); }
};

// The inflater seen by libxml2; the first error (budget, CRC) is kept to be reported as is.
struct Input {
  XlsxPartStream* stream;
  std::optional<Error> error;
};

int ReadInput(void* context, char* buffer, int size) {
  auto* input = static_cast<Input*>(context);
  auto n = input->stream->Read(buffer, static_cast<std::size_t>(size));
  if (!n) {
    input->error = n.error();
    return -1;
  }
  return static_cast<int>(*n);
}

int CloseInput(void*) { return 0; }

void RecordXmlError(void* context, xmlErrorPtr error) {
  auto* message = static_cast<std::optional<std::string>*>(context);
  if (error == nullptr || message->has_value() || error->level < XML_ERR_ERROR) return;
  *message = "ligne " + std::to_string(error->line) +
             (error->message != nullptr ? ", " + Trim(error->message) : std::string());
}

const char* Name(xmlTextReaderPtr r) {
  const xmlChar* name = xmlTextReaderConstLocalName(r);
  return name != nullptr ? reinterpret_cast<const char*>(name) : "";
}

std::optional<std::string> Attribute(xmlTextReaderPtr r, const char* name) {
  xmlChar* value = xmlTextReaderGetAttribute(r, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return std::nullopt;
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

// The state of one sheet read: the row and cell being assembled.
class SheetState {
 public:
  SheetState(xmlTextReaderPtr reader, XlsxPartStream& stream,
             const std::vector<std::string>& shared, const SheetStreamCallbacks& callbacks)
      : r_(reader), stream_(stream), shared_(shared), callbacks_(callbacks) {}

  Status Handle() {
    switch (xmlTextReaderNodeType(r_)) {
      case XML_READER_TYPE_DOCUMENT_TYPE:
        return Fail(Malformed("spreadsheet.xlsx_doctype",
                              "Le classeur XLSX contient une déclaration DOCTYPE (entités XML), "
                              "refusée."));
      case XML_READER_TYPE_ELEMENT:
        return Open();
      case XML_READER_TYPE_END_ELEMENT:
        return Close(Name(r_));
      case XML_READER_TYPE_TEXT:
      case XML_READER_TYPE_CDATA:
      case XML_READER_TYPE_WHITESPACE:
      case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
        if (capture_ && !skipping_) {
          const xmlChar* value = xmlTextReaderConstValue(r_);
          if (value != nullptr) text_ += reinterpret_cast<const char*>(value);
        }
        return {};
      default:
        return {};
    }
  }

 private:
  Status Open() {
    const char* name = Name(r_);
    const bool empty = xmlTextReaderIsEmptyElement(r_) == 1;
    if (std::strcmp(name, "row") == 0) {
      const auto r = Attribute(r_, "r");
      row_ = r ? std::atoll(r->c_str()) : row_ + 1;
      cells_.clear();
      column_ = -1;
      return empty ? EmitRow() : Status{};
    }
    if (std::strcmp(name, "c") == 0) return OpenCell();
    if (std::strcmp(name, "v") == 0 || (std::strcmp(name, "t") == 0 && in_inline_)) {
      capture_ = !empty;
    } else if (std::strcmp(name, "is") == 0) {
      in_inline_ = !empty;
    } else if (std::strcmp(name, "rPh") == 0) {
      skipping_ = !empty;
    }
    return {};
  }

  // An empty <c/> has no end element: it simply leaves its column empty.
  Status OpenCell() {
    const auto ref = Attribute(r_, "r");
    const int column = ref ? ColumnOfReference(ref->c_str()) : column_ + 1;
    if (column < 0 || column >= kMaxColumns) {
      return Fail(Malformed("spreadsheet.xlsx_reference",
                            "Le classeur XLSX est endommagé : référence de cellule « " +
                                ref.value_or("") + " » invalide.",
                            row_));
    }
    column_ = column;
    type_ = Attribute(r_, "t").value_or("n");
    text_.clear();
    return {};
  }

  Status Close(const char* name) {
    if (std::strcmp(name, "v") == 0 || std::strcmp(name, "t") == 0) {
      capture_ = false;
    } else if (std::strcmp(name, "is") == 0) {
      in_inline_ = false;
    } else if (std::strcmp(name, "rPh") == 0) {
      skipping_ = false;
    } else if (std::strcmp(name, "c") == 0) {
      return CloseCell();
    } else if (std::strcmp(name, "row") == 0) {
      return EmitRow();
    }
    return {};
  }

  Status CloseCell() {
    const std::size_t wanted = callbacks_.wanted_cells ? callbacks_.wanted_cells() : 0;
    const auto column = static_cast<std::size_t>(column_);
    if (text_.empty() || (wanted > 0 && column >= wanted)) return {};
    if (type_ == "s") {
      char* end = nullptr;
      const unsigned long long index = std::strtoull(text_.c_str(), &end, 10);
      if (end == text_.c_str() || *end != '\0' || index >= shared_.size()) {
        return Fail(Malformed("spreadsheet.xlsx_shared_string",
                              "Le classeur XLSX est endommagé : la cellule " +
                                  ColumnLetters(column + 1) +
                                  " renvoie à une chaîne partagée inexistante.",
                              row_));
      }
      text_ = shared_[static_cast<std::size_t>(index)];
    }
    if (cells_.size() <= column) cells_.resize(column + 1);
    cells_[column].swap(text_);
    text_.clear();
    return {};
  }

  Status EmitRow() {
    if (callbacks_.progress && stream_.bytes_read() >= next_progress_) {
      callbacks_.progress(stream_.bytes_read());
      next_progress_ = stream_.bytes_read() + kProgressEvery;
    }
    return callbacks_.on_row(row_, cells_);
  }

  xmlTextReaderPtr r_;
  XlsxPartStream& stream_;
  const std::vector<std::string>& shared_;
  const SheetStreamCallbacks& callbacks_;
  std::int64_t row_ = 0;
  int column_ = -1;
  std::string type_;
  std::string text_;
  bool capture_ = false;
  bool in_inline_ = false;
  bool skipping_ = false;
  std::vector<std::string> cells_;
  std::uint64_t next_progress_ = kProgressEvery;
};

}  // namespace

int ColumnOfReference(const char* reference) {
  int column = 0;
  int letters = 0;
  for (const char* p = reference; *p >= 'A' && *p <= 'Z'; ++p, ++letters) {
    column = column * 26 + (*p - 'A' + 1);
    if (column > kMaxColumns) return -1;
  }
  return letters == 0 ? -1 : column - 1;
}

Status StreamSheetRows(XlsxPartStream& stream, const std::vector<std::string>& shared,
                       const SheetStreamCallbacks& callbacks) {
  Input input{&stream, std::nullopt};
  // No XML_PARSE_NOENT / DTDLOAD / DTDATTR / XINCLUDE / HUGE: entities stay unexpanded, no DTD
  // is read, and libxml2's own size limits on text nodes apply.
  const int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  std::unique_ptr<xmlTextReader, ReaderDeleter> reader(
      xmlReaderForIO(ReadInput, CloseInput, &input, nullptr, "UTF-8", flags));
  if (!reader) throw std::bad_alloc();
  std::optional<std::string> xml_error;
  xmlTextReaderSetStructuredErrorHandler(reader.get(), RecordXmlError, &xml_error);
  SheetState state(reader.get(), stream, shared, callbacks);
  int ret = 0;
  while ((ret = xmlTextReaderRead(reader.get())) == 1 && !xml_error) {
    if (auto status = state.Handle(); !status) return status;
  }
  if (input.error) return Fail(*input.error);
  if (ret != 0 || xml_error) {
    return Fail(
        Malformed("spreadsheet.xlsx_xml", "Le classeur XLSX est endommagé : la feuille (partie « " +
                                              stream.part() + " ») n'est pas un XML lisible (" +
                                              xml_error.value_or("fin inattendue") + ")."));
  }
  if (callbacks.progress) callbacks.progress(stream.bytes_read());
  return {};
}

}  // namespace pacte::io::spreadsheet
