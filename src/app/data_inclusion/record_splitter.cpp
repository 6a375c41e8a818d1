#include "app/data_inclusion/record_splitter.hpp"

#include <cstdint>

namespace pacte::app {
namespace {

// Offset of the first byte that does not belong to a well-formed UTF-8 sequence (overlong
// forms, surrogates and code points above U+10FFFF included); npos when the text is valid.
std::size_t FirstInvalidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return i;
    std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Walks the content byte by byte, counting lines. Strings are skipped whole, so brackets
// and commas inside them do not count.
class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}
  bool AtEnd() const { return pos_ >= s_.size(); }
  char Peek() const { return s_[pos_]; }
  std::size_t pos() const { return pos_; }
  std::size_t line() const { return line_; }
  void Advance() {
    if (s_[pos_] == '\n') ++line_;
    ++pos_;
  }
  void SkipBlanks() {
    while (!AtEnd() && IsBlank(Peek())) Advance();
  }
  // Skips a string whose opening quote is at pos; false when the content ends inside it.
  bool SkipString() {
    Advance();
    while (!AtEnd()) {
      char c = Peek();
      if (c == '\\') {
        Advance();
        if (AtEnd()) return false;
      } else if (c == '"') {
        Advance();
        return true;
      }
      Advance();
    }
    return false;
  }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

std::string Truncated(std::size_t index, std::size_t line) {
  return "Fichier tronqué : le tableau JSON n'est pas refermé (l'enregistrement n° " +
         std::to_string(index) + ", commencé ligne " + std::to_string(line) +
         ", est interrompu par la fin du fichier).";
}

// Scans one array element starting at the scanner's position; stops on the ',' or ']' that
// ends it (not consumed). False when the content ends first.
bool ScanElement(Scanner& sc, std::string& fault) {
  int depth = 0;
  while (!sc.AtEnd()) {
    char c = sc.Peek();
    if (c == '"') {
      if (!sc.SkipString()) return false;
      continue;
    }
    if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) {
        if (c == '}') fault = "accolade fermante inattendue ligne " + std::to_string(sc.line());
        return true;
      }
      --depth;
    } else if (c == ',' && depth == 0) {
      return true;
    }
    sc.Advance();
  }
  return false;
}

std::string_view TrimView(std::string_view v) {
  while (!v.empty() && IsBlank(v.front())) v.remove_prefix(1);
  while (!v.empty() && IsBlank(v.back())) v.remove_suffix(1);
  return v;
}

void SplitArray(std::string_view content, Scanner& sc, SplitFile& out) {
  sc.Advance();  // '['
  sc.SkipBlanks();
  if (!sc.AtEnd() && sc.Peek() == ']') {
    sc.Advance();
  } else {
    while (true) {
      sc.SkipBlanks();
      std::size_t index = out.records.size() + 1;
      if (sc.AtEnd()) {
        out.broken = Truncated(index, sc.line());
        return;
      }
      if (sc.Peek() == ',' || sc.Peek() == ']') {
        out.broken = "Virgule en trop ligne " + std::to_string(sc.line()) +
                     " : un élément du tableau est vide.";
        return;
      }
      std::size_t start = sc.pos(), line = sc.line();
      std::string fault;
      if (!ScanElement(sc, fault)) {
        out.broken = Truncated(index, line);
        return;
      }
      if (!fault.empty()) {
        out.broken = "JSON mal formé : " + fault + ".";
        return;
      }
      out.records.push_back({index, line, TrimView(content.substr(start, sc.pos() - start))});
      char end = sc.Peek();
      sc.Advance();
      if (end == ']') break;
    }
  }
  sc.SkipBlanks();
  if (!sc.AtEnd()) {
    out.broken = "Contenu inattendu après la fin du tableau JSON, ligne " +
                 std::to_string(sc.line()) + ".";
  }
}

// Whether a line ends with every string, object and array it opened closed.
bool IsBalanced(std::string_view text) {
  Scanner sc(text);
  int depth = 0;
  while (!sc.AtEnd()) {
    char c = sc.Peek();
    if (c == '"') {
      if (!sc.SkipString()) return false;
      continue;
    }
    if (c == '{' || c == '[') ++depth;
    if (c == '}' || c == ']') --depth;
    sc.Advance();
  }
  return depth <= 0;
}

void SplitLines(std::string_view content, std::size_t offset, SplitFile& out) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset; ++i) line += content[i] == '\n';
  std::size_t pos = offset;
  while (pos < content.size()) {
    std::size_t nl = content.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? content.size() : nl;
    auto text = TrimView(content.substr(pos, end - pos));
    if (!text.empty()) out.records.push_back({out.records.size() + 1, line, text});
    ++line;
    pos = end + 1;
  }
  if (!out.records.empty() && !IsBalanced(out.records.back().text)) {
    out.broken = "Fichier tronqué : la dernière ligne (n° " +
                 std::to_string(out.records.back().line) +
                 ") s'arrête au milieu d'un enregistrement.";
  }
}

}  // namespace

SplitFile SplitRecords(std::string_view content) {
  SplitFile out;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  Scanner sc(content);
  sc.SkipBlanks();
  if (sc.AtEnd()) {
    out.broken = "Fichier vide : aucun enregistrement.";
    return out;
  }
  if (sc.Peek() == '[') {
    out.format = FileFormat::kJsonArray;
    SplitArray(content, sc, out);
  } else if (sc.Peek() == '{') {
    out.format = FileFormat::kJsonLines;
    SplitLines(content, sc.pos(), out);
  } else {
    out.broken = "Format non reconnu : un tableau JSON (« [ … ] ») ou un enregistrement JSON "
                 "par ligne est attendu.";
  }
  return out;
}

std::optional<nlohmann::json> ParseRecord(const RawRecord& record, std::string& error) {
  if (std::size_t bad = FirstInvalidUtf8(record.text); bad != std::string_view::npos) {
    error = "texte non UTF-8 : octet invalide à la position " + std::to_string(bad + 1) +
            " de l'enregistrement (enregistrez le fichier en UTF-8)";
    return std::nullopt;
  }
  try {
    auto value = nlohmann::json::parse(record.text);
    if (!value.is_object()) {
      error = "l'enregistrement n'est pas un objet JSON (« { … } » attendu)";
      return std::nullopt;
    }
    return value;
  } catch (const nlohmann::json::parse_error& e) {
    error = "JSON illisible à l'octet " + std::to_string(e.byte) + " de l'enregistrement";
    return std::nullopt;
  }
}

}  // namespace pacte::app
