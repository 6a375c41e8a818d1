#include "io/spreadsheet/xlsx_workbook.hpp"

#include <cstring>
#include <map>
#include <pugixml.hpp>

#include "io/spreadsheet/spreadsheet_errors.hpp"

namespace pacte::io::spreadsheet {
namespace {

constexpr const char* kDefaultWorkbook = "xl/workbook.xml";

// Element and attribute names without their namespace prefix ("x:sheet" → "sheet").
const char* Local(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon != nullptr ? colon + 1 : name;
}

bool Is(const pugi::xml_node& node, const char* local) {
  return std::strcmp(Local(node.name()), local) == 0;
}

pugi::xml_node Child(const pugi::xml_node& node, const char* local) {
  for (auto child : node.children()) {
    if (Is(child, local)) return child;
  }
  return {};
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Result<pugi::xml_document> Parse(XlsxArchive& archive, const std::string& part,
                                 std::string& buffer) {
  auto data = archive.ReadPart(part);
  if (!data) return Fail(data.error());
  buffer = std::move(*data);
  pugi::xml_document doc;
  const auto parsed = doc.load_buffer_inplace(buffer.data(), buffer.size(),
                                              pugi::parse_default | pugi::parse_ws_pcdata_single,
                                              pugi::encoding_utf8);
  if (!parsed) {
    return Fail(Malformed("spreadsheet.xlsx_xml", "Le classeur XLSX est endommagé : la partie « " +
                                                      part + " » n'est pas un XML lisible (" +
                                                      parsed.description() + ")."));
  }
  return doc;
}

struct Relationship {
  std::string type;
  std::string target;
};

// Relationships of `part` (Id → type and resolved target); none when the .rels part is absent.
Result<std::map<std::string, Relationship>> ReadRelationships(XlsxArchive& archive,
                                                              const std::string& part) {
  const auto slash = part.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? part : part.substr(slash + 1);
  const std::string rels = folder + "_rels/" + base + ".rels";
  std::map<std::string, Relationship> out;
  if (!archive.Has(rels)) return out;
  std::string buffer;
  auto doc = Parse(archive, rels, buffer);
  if (!doc) return Fail(doc.error());
  for (auto rel : doc->document_element().children()) {
    if (!Is(rel, "Relationship")) continue;
    std::string target = rel.attribute("Target").as_string();
    if (std::string(rel.attribute("TargetMode").as_string()) == "External") continue;
    out[rel.attribute("Id").as_string()] = {rel.attribute("Type").as_string(),
                                            ResolvePartTarget(part, target)};
  }
  return out;
}

Result<std::string> WorkbookPart(XlsxArchive& archive) {
  auto root_rels = ReadRelationships(archive, "");
  if (!root_rels) return Fail(root_rels.error());
  for (const auto& [id, rel] : *root_rels) {
    if (EndsWith(rel.type, "/officeDocument") && archive.Has(rel.target)) return rel.target;
  }
  if (archive.Has(kDefaultWorkbook)) return std::string(kDefaultWorkbook);
  return Fail(Malformed("spreadsheet.not_xlsx",
                        "Cette archive ZIP n'est pas un classeur XLSX (aucune partie "
                        "« xl/workbook.xml »)."));
}

// The r:id attribute of a <sheet>, whatever the prefix of the relationships namespace.
std::string RelationshipId(const pugi::xml_node& sheet) {
  for (auto attr : sheet.attributes()) {
    const char* name = attr.name();
    if (std::strchr(name, ':') != nullptr && std::strcmp(Local(name), "id") == 0) {
      return attr.as_string();
    }
  }
  return {};
}

std::string SharedStringText(const pugi::xml_node& si) {
  std::string text;
  for (auto child : si.children()) {
    if (Is(child, "t")) text += child.text().get();
    if (Is(child, "r")) text += Child(child, "t").text().get();
  }
  return text;
}

}  // namespace

std::string ResolvePartTarget(const std::string& base, const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  const auto slash = base.rfind('/');
  std::string path = slash == std::string::npos ? "" : base.substr(0, slash);
  std::size_t start = 0;
  while (start <= target.size()) {
    const auto end = std::min(target.find('/', start), target.size());
    const std::string segment = target.substr(start, end - start);
    if (segment == "..") {
      const auto up = path.rfind('/');
      path = up == std::string::npos ? "" : path.substr(0, up);
    } else if (!segment.empty() && segment != ".") {
      path += (path.empty() ? "" : "/") + segment;
    }
    start = end + 1;
  }
  return path;
}

Result<XlsxWorkbook> ReadWorkbook(XlsxArchive& archive) {
  auto part = WorkbookPart(archive);
  if (!part) return Fail(part.error());
  auto rels = ReadRelationships(archive, *part);
  if (!rels) return Fail(rels.error());
  std::string buffer;
  auto doc = Parse(archive, *part, buffer);
  if (!doc) return Fail(doc.error());
  XlsxWorkbook workbook;
  for (auto sheet : Child(doc->document_element(), "sheets").children()) {
    if (!Is(sheet, "sheet")) continue;
    const std::string name = sheet.attribute("name").as_string();
    const auto rel = rels->find(RelationshipId(sheet));
    if (rel == rels->end() || !archive.Has(rel->second.target)) {
      return Fail(Malformed(
          "spreadsheet.xlsx_incomplete",
          "Le classeur XLSX est incomplet : la feuille « " + name + " » n'a pas de contenu."));
    }
    workbook.sheets.push_back({name, rel->second.target});
  }
  for (const auto& [id, rel] : *rels) {
    if (EndsWith(rel.type, "/sharedStrings") && archive.Has(rel.target)) {
      workbook.shared_strings_part = rel.target;
    }
  }
  if (workbook.sheets.empty()) {
    return Fail(Malformed("spreadsheet.no_sheet", "Le classeur XLSX ne contient aucune feuille."));
  }
  return workbook;
}

Result<std::vector<std::string>> ReadSharedStrings(XlsxArchive& archive, const std::string& part) {
  std::vector<std::string> strings;
  if (part.empty()) return strings;
  std::string buffer;
  auto doc = Parse(archive, part, buffer);
  if (!doc) return Fail(doc.error());
  for (auto si : doc->document_element().children()) {
    if (Is(si, "si")) strings.push_back(SharedStringText(si));
  }
  return strings;
}

}  // namespace pacte::io::spreadsheet
