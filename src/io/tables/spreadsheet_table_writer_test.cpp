#include "io/tables/spreadsheet_table_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <pugixml.hpp>

#include "support/xlsx_test_reader.hpp"

namespace pacte::io {
namespace {

using app::Table;
using app::TableFormat;

std::map<std::string, std::string> Unzip(const std::string& bytes) {
  return pacte::testing::UnzipForTest(bytes);
}

pugi::xml_document Xml(const std::string& text) {
  pugi::xml_document doc;
  auto parsed = doc.load_string(text.c_str());
  EXPECT_TRUE(parsed) << parsed.description();
  return doc;
}

// The cell at `ref` ("B2") of a sheet: its text (inline or shared string) or its number.
struct XlsxCell {
  std::string type;  // t attribute: "inlineStr", "s", "" (number)
  std::string text;
  std::string style;
};

XlsxCell CellAt(const pugi::xml_document& sheet, const std::string& ref,
                const std::vector<std::string>& shared) {
  auto c = sheet.select_node(("//c[@r='" + ref + "']").c_str()).node();
  XlsxCell out;
  if (!c) return out;
  out.type = c.attribute("t").value();
  out.style = c.attribute("s").value();
  if (out.type == "inlineStr") {
    out.text = c.child("is").child("t").text().get();
  } else if (out.type == "s") {
    out.text = shared.at(static_cast<std::size_t>(c.child("v").text().as_int()));
  } else {
    out.text = c.child("v").text().get();
  }
  return out;
}

std::vector<std::string> SharedStrings(const std::map<std::string, std::string>& files) {
  std::vector<std::string> out;
  auto it = files.find("xl/sharedStrings.xml");
  if (it == files.end()) return out;
  auto doc = Xml(it->second);
  for (auto si : doc.select_nodes("//si")) out.push_back(si.node().child("t").text().get());
  return out;
}

Table Sample() {
  Table t;
  t.sheet_name = "Bénéficiaires";
  t.headers = {"Nom", "Montant", "Nombre"};
  t.rows = {
      {std::string("Lefèvre"), 12.5, 42LL},   {std::string("=HYPERLINK(\"http://x\")"), -3.0, -7LL},
      {std::string("+33 6 12"), 0.0, 0LL},    {std::string("-2+3"), 1e6, 1234567890123LL},
      {std::string("@SOMME(A1)"), 0.25, 1LL}, {std::string("\tcmd"), 2.0, 2LL},
      {std::string("\r=1"), 3.0, 3LL},        {std::string(""), 4.0, 4LL}};
  return t;
}

TEST(SpreadsheetTableWriterXlsx, RoundTripsTextAsStringsNumbersAsNumbersAndNoFormula) {
  SpreadsheetTableWriter writer;
  auto bytes = writer.Write(TableFormat::kXlsx, {Sample()});
  ASSERT_TRUE(bytes) << bytes.error().message;
  ASSERT_EQ(bytes->substr(0, 2), "PK");
  auto files = Unzip(*bytes);
  ASSERT_TRUE(files.count("xl/worksheets/sheet1.xml"));
  auto shared = SharedStrings(files);
  auto sheet = Xml(files["xl/worksheets/sheet1.xml"]);
  EXPECT_TRUE(sheet.select_nodes("//f").empty()) << "aucune formule";
  auto a1 = CellAt(sheet, "A1", shared);
  EXPECT_EQ(a1.text, "Nom");
  EXPECT_FALSE(a1.style.empty()) << "en-tête en gras";
  EXPECT_EQ(CellAt(sheet, "A2", shared).text, "Lefèvre");
  EXPECT_NE(CellAt(sheet, "A2", shared).type, "");
  EXPECT_EQ(CellAt(sheet, "B2", shared).type, "");
  EXPECT_EQ(CellAt(sheet, "B2", shared).text, "12.5");
  EXPECT_EQ(CellAt(sheet, "C2", shared).text, "42");
  EXPECT_EQ(CellAt(sheet, "C5", shared).text, "1234567890123");
  EXPECT_EQ(CellAt(sheet, "C3", shared).text, "-7");
  EXPECT_EQ(CellAt(sheet, "A3", shared).text, "'=HYPERLINK(\"http://x\")");
  EXPECT_EQ(CellAt(sheet, "A4", shared).text, "'+33 6 12");
  EXPECT_EQ(CellAt(sheet, "A5", shared).text, "'-2+3");
  EXPECT_EQ(CellAt(sheet, "A6", shared).text, "'@SOMME(A1)");
  EXPECT_EQ(CellAt(sheet, "A7", shared).text, "'\tcmd");
  EXPECT_EQ(CellAt(sheet, "A8", shared).text.substr(0, 1), "'");
  EXPECT_FALSE(sheet.select_node("//c[@r='A9']")) << "une cellule vide n'est pas écrite";
  for (const auto& [name, content] : files) {
    if (name.rfind("xl/worksheets/", 0) == 0) {
      EXPECT_EQ(content.find("<f>"), std::string::npos) << name;
      EXPECT_EQ(content.find("<f "), std::string::npos) << name;
    }
  }
}

TEST(SpreadsheetTableWriterXlsx, BoldFrozenHeaderAndColumnWidths) {
  SpreadsheetTableWriter writer;
  Table t = Sample();
  t.rows[0][0] = std::string(200, 'x');
  auto bytes = writer.Write(TableFormat::kXlsx, {t});
  ASSERT_TRUE(bytes);
  auto files = Unzip(*bytes);
  auto sheet = Xml(files["xl/worksheets/sheet1.xml"]);
  auto pane = sheet.select_node("//pane").node();
  EXPECT_EQ(std::string(pane.attribute("state").value()), "frozen");
  EXPECT_EQ(std::string(pane.attribute("ySplit").value()), "1");
  auto cols = sheet.select_nodes("//col");
  ASSERT_EQ(cols.size(), 3u);
  double first = cols[0].node().attribute("width").as_double();
  double second = cols[1].node().attribute("width").as_double();
  EXPECT_GE(first, 60.0);
  EXPECT_LT(first, 62.0) << "largeur plafonnée";
  EXPECT_GE(second, 8.0);
  auto styles = files["xl/styles.xml"];
  EXPECT_NE(styles.find("<b/>"), std::string::npos);
}

TEST(SpreadsheetTableWriterXlsx, OneSheetPerTableWithSafeNames) {
  SpreadsheetTableWriter writer;
  Table a{"Rapport: [janvier]/2026 ? * \\ très long nom de feuille", {"A"}, {{1LL}}};
  Table b{"rapport: [janvier]/2026 ? * \\ très long nom de feuille", {"B"}, {}};
  auto bytes = writer.Write(TableFormat::kXlsx, {a, b});
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto files = Unzip(*bytes);
  auto workbook = Xml(files["xl/workbook.xml"]);
  auto sheets = workbook.select_nodes("//sheet");
  ASSERT_EQ(sheets.size(), 2u);
  std::string first = sheets[0].node().attribute("name").value();
  std::string second = sheets[1].node().attribute("name").value();
  EXPECT_EQ(first, "Rapport janvier 2026 très long");  // 31 characters, then trimmed
  EXPECT_EQ(second, "rapport janvier 2026 très l (2)");
  EXPECT_TRUE(files.count("xl/worksheets/sheet2.xml"));
}

TEST(SpreadsheetTableWriterXlsx, NoTableGivesOneEmptySheet) {
  SpreadsheetTableWriter writer;
  auto bytes = writer.Write(TableFormat::kXlsx, {});
  ASSERT_TRUE(bytes);
  auto files = Unzip(*bytes);
  auto workbook = Xml(files["xl/workbook.xml"]);
  auto sheets = workbook.select_nodes("//sheet");
  ASSERT_EQ(sheets.size(), 1u);
  EXPECT_EQ(std::string(sheets[0].node().attribute("name").value()), "Feuille1");
}

TEST(SpreadsheetTableWriterXlsx, EmptyTableKeepsItsHeader) {
  SpreadsheetTableWriter writer;
  auto bytes = writer.Write(TableFormat::kXlsx, {Table{"Vide", {"Nom", "Prénom"}, {}}});
  ASSERT_TRUE(bytes);
  auto files = Unzip(*bytes);
  auto sheet = Xml(files["xl/worksheets/sheet1.xml"]);
  EXPECT_EQ(CellAt(sheet, "B1", SharedStrings(files)).text, "Prénom");
  EXPECT_EQ(sheet.select_nodes("//row").size(), 1u);
}

TEST(SpreadsheetTableWriterXlsx, ControlCharactersAndHugeTextStayReadable) {
  SpreadsheetTableWriter writer;
  std::string huge(40000, 'a');
  Table t{"T",
          {"Texte"},
          {{std::string("a\x01"
                        "b\x1F"
                        "c")},
           {huge},
           {std::nan("")}}};
  auto bytes = writer.Write(TableFormat::kXlsx, {t});
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto files = Unzip(*bytes);
  auto sheet = Xml(files["xl/worksheets/sheet1.xml"]);
  auto shared = SharedStrings(files);
  EXPECT_EQ(CellAt(sheet, "A3", shared).text.size(), 32767u);
  EXPECT_FALSE(sheet.select_node("//c[@r='A4']")) << "NaN laissé vide";
}

TEST(SpreadsheetTableWriterXlsx, TooManyColumnsIsAFrenchError) {
  SpreadsheetTableWriter writer;
  Table t{"Large", std::vector<std::string>(16385, "x"), {}};
  auto bytes = writer.Write(TableFormat::kXlsx, {t});
  ASSERT_FALSE(bytes);
  EXPECT_EQ(bytes.error().code, "table.too_large");
  EXPECT_NE(bytes.error().message.find("16384 colonnes"), std::string::npos);
}

TEST(SpreadsheetTableWriterXlsx, LeavesNoTemporaryFileBehind) {
  auto dir = std::filesystem::temp_directory_path() / "pacte-tables-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  SpreadsheetTableWriter writer(dir.string());
  ASSERT_TRUE(writer.Write(TableFormat::kXlsx, {Sample()}));
  EXPECT_TRUE(std::filesystem::is_empty(dir));
  std::filesystem::remove_all(dir);
}

TEST(SpreadsheetTableWriterXlsx, UnwritableTemporaryDirectoryThrows) {
  SpreadsheetTableWriter writer("/nonexistent/pacte");
  EXPECT_THROW((void)writer.Write(TableFormat::kXlsx, {Sample()}), std::runtime_error);
}

TEST(SpreadsheetTableWriterCsv, BomSemicolonsCrlfAndFrenchDecimals) {
  SpreadsheetTableWriter writer;
  Table t{"T", {"Nom", "Montant", "Nombre"}, {{std::string("Zoé"), 12.5, 42LL}}};
  auto bytes = writer.Write(TableFormat::kCsv, {t});
  ASSERT_TRUE(bytes);
  EXPECT_EQ(*bytes, "\xEF\xBB\xBFNom;Montant;Nombre\r\nZoé;12,5;42\r\n");
}

TEST(SpreadsheetTableWriterCsv, QuotesAndNeutralisesEveryDangerousPrefix) {
  auto csv = WriteCsvTables({Sample()});
  EXPECT_NE(csv.find("\r\n\"'=HYPERLINK(\"\"http://x\"\")\";-3;-7\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\r\n'+33 6 12;0;0\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\r\n'-2+3;1000000;1234567890123\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\r\n'@SOMME(A1);0,25;1\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\r\n'\tcmd;2;2\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\r\n\"'\r=1\";3;3\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\r\n;4;4\r\n"), std::string::npos) << csv;
}

TEST(SpreadsheetTableWriterCsv, EmptyTableAndSeveralTables) {
  EXPECT_EQ(WriteCsvTables({}), "\xEF\xBB\xBF");
  EXPECT_EQ(WriteCsvTables({Table{"A", {"x"}, {}}, Table{"B", {"y"}, {{1LL}}}}),
            "\xEF\xBB\xBFx\r\n\r\ny\r\n1\r\n");
  EXPECT_EQ(WriteCsvTables({Table{"T", {"n"}, {{std::nan("")}}}}), "\xEF\xBB\xBFn\r\n\r\n");
}

TEST(SafeSheetName, FollowsExcelRules) {
  EXPECT_EQ(SafeSheetName("Rapport", {}), "Rapport");
  EXPECT_EQ(SafeSheetName("a[b]c:d*e?f/g\\h", {}), "a b c d e f g h");
  EXPECT_EQ(SafeSheetName("a : [b]", {}), "a b");
  EXPECT_EQ(SafeSheetName("", {}), "Feuille");
  EXPECT_EQ(SafeSheetName("'''", {}), "Feuille");
  EXPECT_EQ(SafeSheetName("'cité'", {}), "cité");
  EXPECT_EQ(SafeSheetName(std::string(40, 'e'), {}), std::string(31, 'e'));
  std::string accents;
  for (int i = 0; i < 40; ++i) accents += "é";
  std::string cut = SafeSheetName(accents, {});
  EXPECT_EQ(cut.size(), 62u) << "31 caractères de 2 octets";
  EXPECT_EQ(SafeSheetName("rapport", {"Rapport"}), "rapport (2)");
  EXPECT_EQ(SafeSheetName("Rapport", {"Rapport", "Rapport (2)"}), "Rapport (3)");
  std::string long_name(31, 'x');
  EXPECT_EQ(SafeSheetName(long_name, {long_name}), std::string(27, 'x') + " (2)");
}

}  // namespace
}  // namespace pacte::io
