#include "io/spreadsheet/xlsx_spreadsheet_reader.hpp"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <fstream>
#include <iterator>

#include "io/spreadsheet/spreadsheet_test_support.hpp"
#include "io/spreadsheet/xlsx_sheet_stream.hpp"
#include "io/spreadsheet/xlsx_workbook.hpp"

namespace pacte::io {
namespace {

using spreadsheet_test::ReadAll;
using spreadsheet_test::TempFile;
using spreadsheet_test::WriteZip;
using spreadsheet_test::XlsxParts;
using Cells = std::vector<std::string>;

// Two sheets written by libxlsxwriter: strings, a number, a date, a boolean.
void WriteWithXlsxwriter(const std::string& path) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  lxw_worksheet* first = workbook_add_worksheet(workbook, "Accueil");
  worksheet_write_string(first, 0, 0, "Lisez-moi", nullptr);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Bénéficiaires");
  lxw_format* date = workbook_add_format(workbook);
  format_set_num_format(date, "dd/mm/yyyy");
  worksheet_write_string(sheet, 0, 0, "Nom", nullptr);
  worksheet_write_string(sheet, 0, 1, " Naissance ", nullptr);
  worksheet_write_string(sheet, 0, 2, "Montant", nullptr);
  worksheet_write_string(sheet, 0, 3, "RQTH", nullptr);
  worksheet_write_string(sheet, 1, 0, "Hélène Durand", nullptr);
  lxw_datetime when = {2024, 3, 15, 0, 0, 0};
  worksheet_write_datetime(sheet, 1, 1, &when, date);
  worksheet_write_number(sheet, 1, 2, 123.5, nullptr);
  worksheet_write_boolean(sheet, 1, 3, 1, nullptr);
  worksheet_write_string(sheet, 3, 0, "Martin", nullptr);
  ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);
}

TEST(XlsxSpreadsheetReader, ReadsBackWhatLibxlsxwriterWrote) {
  TempFile file("written.xlsx");
  WriteWithXlsxwriter(file.path());
  XlsxSpreadsheetReader reader;
  app::SpreadsheetOptions options;
  options.sheet = "Bénéficiaires";
  auto out = ReadAll(reader, file.path(), options);
  ASSERT_TRUE(out.info) << out.info.error().message;
  EXPECT_EQ(out.info->format, app::SpreadsheetFormat::kXlsx);
  EXPECT_EQ(out.info->sheets, (Cells{"Accueil", "Bénéficiaires"}));
  EXPECT_EQ(out.info->sheet, "Bénéficiaires");
  EXPECT_EQ(out.info->headers, (Cells{"Nom", "Naissance", "Montant", "RQTH"}));
  EXPECT_EQ(out.info_calls, 1);
  ASSERT_EQ(out.rows.size(), 2U);
  EXPECT_EQ(out.rows[0].number, 2);
  EXPECT_EQ(out.rows[0].cells, (Cells{"Hélène Durand", "45366", "123.5", "1"}));  // date serial
  EXPECT_EQ(out.rows[1].number, 4);
  EXPECT_EQ(out.rows[1].cells, (Cells{"Martin", "", "", ""}));
  ASSERT_FALSE(out.progress.empty());
  EXPECT_EQ(out.progress.back().bytes_read, out.progress.back().bytes_total);
}

TEST(XlsxSpreadsheetReader, FirstSheetByDefault) {
  TempFile file("first.xlsx");
  WriteWithXlsxwriter(file.path());
  XlsxSpreadsheetReader reader;
  auto out = ReadAll(reader, file.path());
  ASSERT_TRUE(out.info) << out.info.error().message;
  EXPECT_EQ(out.info->sheet, "Accueil");
  EXPECT_EQ(out.info->headers, (Cells{"Lisez-moi"}));
  EXPECT_TRUE(out.rows.empty());
}

TEST(XlsxSpreadsheetReader, UnknownSheetIsMalformedListingTheSheets) {
  TempFile file("unknown.xlsx");
  WriteWithXlsxwriter(file.path());
  XlsxSpreadsheetReader reader;
  app::SpreadsheetOptions options;
  options.sheet = "Feuil1";
  auto out = ReadAll(reader, file.path(), options);
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().kind, ErrorKind::kMalformed);
  EXPECT_EQ(out.info.error().message,
            "La feuille « Feuil1 » n'existe pas dans ce classeur. Feuilles disponibles : "
            "« Accueil », « Bénéficiaires ».");
}

TEST(XlsxSpreadsheetReader, SparseRowsSharedRichAndInlineStrings) {
  const std::string sheet =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c>"
      "<c r=\"AA1\" t=\"inlineStr\"><is><t>Loin</t></is></c></row>"
      "<row r=\"2\" spans=\"1:3\"><c r=\"A2\" s=\"3\"/><c r=\"B2\"/></row>"
      "<row r=\"4\"><c r=\"C4\" t=\"s\"><v>2</v></c><c r=\"AA4\"><v>45366</v></c></row>"
      "<row><c t=\"inlineStr\"><is><r><t>en </t></r><r><t>ligne</t></r></is></c>"
      "<c t=\"b\"><v>0</v></c><c t=\"str\"><f>A1</f><v>calc</v></c></row>";
  const Cells shared = {"<t>Nom</t>",
                        "<r><t>Pré</t></r><r><rPr><b/></rPr><t>nom</t></r><rPh><t>ヨミ</t></rPh>",
                        "<t xml:space=\"preserve\"> Inès </t>"};
  TempFile file("sparse.xlsx");
  WriteZip(file.path(), XlsxParts({{"Feuil1", sheet}}, shared));
  XlsxSpreadsheetReader reader;
  auto out = ReadAll(reader, file.path());
  ASSERT_TRUE(out.info) << out.info.error().message;
  Cells headers(27);
  headers[0] = "Nom";
  headers[2] = "Prénom";
  headers[26] = "Loin";
  EXPECT_EQ(out.info->headers, headers);
  ASSERT_EQ(out.rows.size(), 2U);  // row 2 is empty, skipped
  EXPECT_EQ(out.rows[0].number, 4);
  EXPECT_EQ(out.rows[0].cells[2], " Inès ");
  EXPECT_EQ(out.rows[0].cells[26], "45366");
  EXPECT_EQ(out.rows[0].cells[0], "");
  EXPECT_EQ(out.rows[1].number, 5);
  EXPECT_EQ((Cells{out.rows[1].cells.begin(), out.rows[1].cells.begin() + 3}),
            (Cells{"en ligne", "0", "calc"}));
}

TEST(XlsxSpreadsheetReader, ColumnReferences) {
  EXPECT_EQ(spreadsheet::ColumnOfReference("A1"), 0);
  EXPECT_EQ(spreadsheet::ColumnOfReference("Z9"), 25);
  EXPECT_EQ(spreadsheet::ColumnOfReference("AA10"), 26);
  EXPECT_EQ(spreadsheet::ColumnOfReference("XFD1"), 16'383);
  EXPECT_EQ(spreadsheet::ColumnOfReference("XFE1"), -1);
  EXPECT_EQ(spreadsheet::ColumnOfReference("12"), -1);
}

TEST(XlsxSpreadsheetReader, PartTargetsResolveAgainstTheWorkbookFolder) {
  EXPECT_EQ(spreadsheet::ResolvePartTarget("xl/workbook.xml", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml");
  EXPECT_EQ(spreadsheet::ResolvePartTarget("xl/workbook.xml", "/xl/worksheets/s.xml"),
            "xl/worksheets/s.xml");
  EXPECT_EQ(spreadsheet::ResolvePartTarget("xl/workbook.xml", "../other/./s.xml"), "other/s.xml");
  EXPECT_EQ(spreadsheet::ResolvePartTarget("", "xl/workbook.xml"), "xl/workbook.xml");
}

TEST(XlsxSpreadsheetReader, ZipBombIsRefusedBeforeInflating) {
  // 64 MiB of blank rows compress to a few dozen KiB.
  std::string rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nom</t></is></c></row>";
  rows += std::string(64U << 20, ' ');
  TempFile file("bomb.xlsx");
  WriteZip(file.path(), XlsxParts({{"Feuil1", rows}}));
  ASSERT_LT(std::filesystem::file_size(file.path()), 1U << 20);
  XlsxSpreadsheetReader reader;
  app::SpreadsheetOptions options;
  options.max_uncompressed_bytes = 8U << 20;
  auto out = ReadAll(reader, file.path(), options);
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().kind, ErrorKind::kTooLarge);
  EXPECT_EQ(out.info.error().message,
            "Le classeur XLSX dépasse, une fois décompressé, la limite de 8388608 octets : il "
            "est trop volumineux ou piégé (bombe de compression).");
  EXPECT_EQ(out.info_calls, 0);
}

// Rewrites the uncompressed size of `part` in its local header and in the central directory.
void ForgeDeclaredSize(const std::string& path, const std::string& part, std::uint32_t size) {
  std::ifstream in(path, std::ios::binary);
  std::string zip((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  int patched = 0;
  for (const auto& [signature, size_at, name_at] :
       {std::tuple<std::string, std::size_t, std::size_t>{"PK\x03\x04", 22, 30},
        std::tuple<std::string, std::size_t, std::size_t>{"PK\x01\x02", 24, 46}}) {
    for (auto at = zip.find(signature); at != std::string::npos; at = zip.find(signature, at + 1)) {
      if (zip.compare(at + name_at, part.size(), part) != 0) continue;
      for (int k = 0; k < 4; ++k)
        zip[at + size_at + k] = static_cast<char>((size >> (8 * k)) & 0xFF);
      ++patched;
    }
  }
  ASSERT_EQ(patched, 2);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << zip;
}

TEST(XlsxSpreadsheetReader, ZipBombWithAForgedDirectoryIsStoppedWhileInflating) {
  std::string rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nom</t></is></c></row>";
  rows += std::string(64U << 20, ' ');
  TempFile file("forged.xlsx");
  WriteZip(file.path(), XlsxParts({{"Feuil1", rows}}));
  ForgeDeclaredSize(file.path(), "xl/worksheets/sheet1.xml", 1000);
  XlsxSpreadsheetReader reader;
  app::SpreadsheetOptions options;
  options.max_uncompressed_bytes = 8U << 20;
  auto out = ReadAll(reader, file.path(), options);
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().kind, ErrorKind::kTooLarge) << out.info.error().message;
  EXPECT_EQ(out.info.error().code, "spreadsheet.xlsx_too_large");
}

TEST(XlsxSpreadsheetReader, MaxRowsAndCellLength) {
  std::string rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nom</t></is></c></row>";
  for (int r = 2; r <= 5; ++r) {
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) + "\"><v>" +
            std::string(static_cast<std::size_t>(r) * 10, '7') + "</v></c></row>";
  }
  TempFile file("limits.xlsx");
  WriteZip(file.path(), XlsxParts({{"Feuil1", rows}}));
  XlsxSpreadsheetReader reader;
  app::SpreadsheetOptions options;
  options.max_rows = 3;
  auto out = ReadAll(reader, file.path(), options);
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().message,
            "Ligne 5 : le fichier dépasse le nombre maximal de 3 lignes de données.");
  options = {};
  options.max_cell_length = 35;
  out = ReadAll(reader, file.path(), options);
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().kind, ErrorKind::kTooLarge);
  EXPECT_EQ(out.info.error().message,
            "Ligne 4 : la cellule de la colonne A dépasse la longueur maximale de 35 octets.");
  EXPECT_EQ(out.rows.size(), 2U);
}

TEST(XlsxSpreadsheetReader, BrokenXmlDoctypeAndBadSharedStringAreMalformed) {
  struct Case {
    std::string sheet_xml;
    std::string code;
  };
  const std::vector<Case> cases = {
      {"<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</c>",
       "spreadsheet.xlsx_xml"},
      {"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>9</v></c></row>", "spreadsheet.xlsx_shared_string"},
      {"<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>", "spreadsheet.xlsx_reference"},
  };
  for (const auto& c : cases) {
    TempFile file("broken.xlsx");
    WriteZip(file.path(), XlsxParts({{"Feuil1", c.sheet_xml}}, {"<t>x</t>"}));
    XlsxSpreadsheetReader reader;
    auto out = ReadAll(reader, file.path());
    ASSERT_FALSE(out.info) << c.code;
    EXPECT_EQ(out.info.error().kind, ErrorKind::kMalformed);
    EXPECT_EQ(out.info.error().code, c.code) << out.info.error().message;
  }
  auto parts = XlsxParts({{"Feuil1", ""}});
  for (auto& [name, bytes] : parts) {
    if (name == "xl/worksheets/sheet1.xml") {
      bytes =
          "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
          "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet><sheetData><row r=\"1\"><c "
          "t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>";
    }
  }
  TempFile file("doctype.xlsx");
  WriteZip(file.path(), parts);
  XlsxSpreadsheetReader reader;
  auto out = ReadAll(reader, file.path());
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().code, "spreadsheet.xlsx_doctype");
}

TEST(XlsxSpreadsheetReader, ZipWithoutWorkbookAndEmptySheet) {
  TempFile other("other.xlsx");
  WriteZip(other.path(), {{"word/document.xml", "<document/>"}});
  XlsxSpreadsheetReader reader;
  auto out = ReadAll(reader, other.path());
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().message,
            "Cette archive ZIP n'est pas un classeur XLSX (aucune partie « xl/workbook.xml »).");

  TempFile empty("emptysheet.xlsx");
  WriteZip(empty.path(), XlsxParts({{"Vide", "<row r=\"1\"><c r=\"A1\" s=\"1\"/></row>"}}));
  out = ReadAll(reader, empty.path());
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().kind, ErrorKind::kMalformed);
  EXPECT_EQ(out.info.error().message, "La feuille « Vide » est vide.");
}

TEST(XlsxSpreadsheetReader, TruncatedZipIsUnreadable) {
  TempFile file("truncated.xlsx");
  WriteWithXlsxwriter(file.path());
  std::filesystem::resize_file(file.path(), std::filesystem::file_size(file.path()) / 2);
  XlsxSpreadsheetReader reader;
  auto out = ReadAll(reader, file.path());
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().kind, ErrorKind::kMalformed);
  EXPECT_EQ(out.info.error().message, "Ce fichier n'est ni un CSV ni un classeur XLSX lisible.");
}

}  // namespace
}  // namespace pacte::io
