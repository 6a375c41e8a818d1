#include "io/spreadsheet/csv_spreadsheet_reader.hpp"

#include <gtest/gtest.h>

#include "io/spreadsheet/csv_parser.hpp"
#include "io/spreadsheet/spreadsheet_test_support.hpp"

namespace pacte::io {
namespace {

using spreadsheet_test::ReadAll;
using spreadsheet_test::TempFile;
using Cells = std::vector<std::string>;

TEST(CsvSpreadsheetReader, DetectsSemicolonCommaAndTab) {
  for (const char d : {';', ',', '\t'}) {
    const std::string sep(1, d);
    TempFile file("delim.csv", "Nom" + sep + "Prénom" + sep + "Ville\nDurand" + sep + "Paul" + sep +
                                   "Nice, Alpes\n");
    CsvSpreadsheetReader reader;
    auto out = ReadAll(reader, file.path());
    ASSERT_TRUE(out.info) << out.info.error().message;
    EXPECT_EQ(out.info->delimiter, d);
    EXPECT_EQ(out.info->format, app::SpreadsheetFormat::kCsv);
    EXPECT_EQ(out.info->headers, (Cells{"Nom", "Prénom", "Ville"}));
    ASSERT_EQ(out.rows.size(), 1U);
    EXPECT_EQ(out.rows[0].number, 2);
    if (d != ',') {
      EXPECT_EQ(out.rows[0].cells, (Cells{"Durand", "Paul", "Nice, Alpes"}));
    }
  }
}

TEST(CsvSpreadsheetReader, DelimiterIsCountedOutsideQuotesOfTheHeaderLine) {
  EXPECT_EQ(spreadsheet::DetectDelimiter("\"a,b,c\";\"d,e\";f\n1,2,3,4,5,6,7\n", 1), ';');
  EXPECT_EQ(spreadsheet::DetectDelimiter("titre; du; fichier\na,b,c\n", 2), ',');
  EXPECT_EQ(spreadsheet::DetectDelimiter("seule\n", 1), ';');
}

TEST(CsvSpreadsheetReader, QuotesHoldDelimitersDoubledQuotesAndLineBreaks) {
  TempFile file("quotes.csv",
                "Nom;Adresse;Note\r\n"
                "\"Durand; Paul\";\"Lieu-dit \"\"Le sandwich\"\"\";\"ligne 1\r\nligne 2\"\r\n"
                "Martin;\"\";fin\r\n");
  CsvSpreadsheetReader reader;
  auto out = ReadAll(reader, file.path());
  ASSERT_TRUE(out.info) << out.info.error().message;
  ASSERT_EQ(out.rows.size(), 2U);
  EXPECT_EQ(out.rows[0].cells,
            (Cells{"Durand; Paul", "Lieu-dit \"Le sandwich\"", "ligne 1\r\nligne 2"}));
  EXPECT_EQ(out.rows[1].number, 3);  // records, not physical lines
  EXPECT_EQ(out.rows[1].cells, (Cells{"Martin", "", "fin"}));
}

TEST(CsvSpreadsheetReader, LineEndsLfCrlfAndCrAndNoFinalBreak) {
  for (const std::string eol : {"\n", "\r\n", "\r"}) {
    TempFile file("eol.csv", "a;b" + eol + "1;2" + eol + eol + "3;4");
    CsvSpreadsheetReader reader;
    auto out = ReadAll(reader, file.path());
    ASSERT_TRUE(out.info) << out.info.error().message;
    ASSERT_EQ(out.rows.size(), 2U);
    EXPECT_EQ(out.rows[0].cells, (Cells{"1", "2"}));
    EXPECT_EQ(out.rows[1].number, 4);  // the blank line 3 is skipped but counted
    EXPECT_EQ(out.rows[1].cells, (Cells{"3", "4"}));
  }
}

TEST(CsvSpreadsheetReader, BomIsDroppedAndUtf8Kept) {
  TempFile file("bom.csv",
                "\xEF\xBB\xBF"
                "Civilité;Nom\nMadame;Inès\n");
  CsvSpreadsheetReader reader;
  auto out = ReadAll(reader, file.path());
  ASSERT_TRUE(out.info);
  EXPECT_EQ(out.info->encoding, "UTF-8");
  EXPECT_EQ(out.info->headers, (Cells{"Civilité", "Nom"}));
  EXPECT_EQ(out.rows.at(0).cells, (Cells{"Madame", "Inès"}));
}

TEST(CsvSpreadsheetReader, Windows1252IsDetectedAndConverted) {
  // é è Œ € ’ « » as windows-1252 bytes, 0x80–0x9F included.
  TempFile file("cp1252.csv",
                "Pr\xE9nom;Note\nH\xE9l\xE8"
                "ne;\x8C\x75vre \x80 l\x92\xE9t\xE9 \xAB ok \xBB\n");
  CsvSpreadsheetReader reader;
  auto out = ReadAll(reader, file.path());
  ASSERT_TRUE(out.info) << out.info.error().message;
  EXPECT_EQ(out.info->encoding, "windows-1252");
  EXPECT_EQ(out.info->headers, (Cells{"Prénom", "Note"}));
  EXPECT_EQ(out.rows.at(0).cells, (Cells{"Hélène", "Œuvre € l’été « ok »"}));
}

TEST(CsvSpreadsheetReader, LateWindows1252CellInAUtf8FileIsStillConverted) {
  std::string content = "Nom;Ville\n";
  for (int i = 0; i < 100'000; ++i) content += "Durand;Nice\n";  // over the 1 MiB sniffed
  content += "Mart\xEEn;S\xE8vres\n";
  TempFile file("late.csv", content);
  CsvSpreadsheetReader reader;
  auto out = ReadAll(reader, file.path());
  ASSERT_TRUE(out.info) << out.info.error().message;
  EXPECT_EQ(out.info->encoding, "UTF-8");
  EXPECT_EQ(out.rows.back().cells, (Cells{"Martîn", "Sèvres"}));
  ASSERT_FALSE(out.progress.empty());
  EXPECT_EQ(out.progress.back().bytes_read, content.size());
  EXPECT_EQ(out.progress.back().bytes_total, content.size());
}

TEST(CsvSpreadsheetReader, MissingCellsAreEmptyAndExtraCellsDropped) {
  TempFile file("ragged.csv", "a;b;c;;\n1\n1;2;3;4;5\n");
  CsvSpreadsheetReader reader;
  auto out = ReadAll(reader, file.path());
  ASSERT_TRUE(out.info);
  EXPECT_EQ(out.info->headers, (Cells{"a", "b", "c"}));  // trailing empty headers dropped
  EXPECT_EQ(out.rows.at(0).cells, (Cells{"1", "", ""}));
  EXPECT_EQ(out.rows.at(1).cells, (Cells{"1", "2", "3"}));
}

TEST(CsvSpreadsheetReader, HeaderRowCanBeLower) {
  TempFile file("title.csv", "Export du 12/03/2024\n\nNom;Prénom\nDurand;Paul\n");
  CsvSpreadsheetReader reader;
  app::SpreadsheetOptions options;
  options.header_row = 3;
  auto out = ReadAll(reader, file.path(), options);
  ASSERT_TRUE(out.info) << out.info.error().message;
  EXPECT_EQ(out.info->headers, (Cells{"Nom", "Prénom"}));
  EXPECT_EQ(out.rows.at(0).number, 4);
}

TEST(CsvSpreadsheetReader, UnclosedQuoteIsMalformedNamingTheRow) {
  TempFile file("open.csv", "a;b\n1;2\n3;\"sans fin\n4;5\n");
  CsvSpreadsheetReader reader;
  auto out = ReadAll(reader, file.path());
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().kind, ErrorKind::kMalformed);
  EXPECT_EQ(out.info.error().message,
            "Ligne 3 : un guillemet ouvert n'est jamais refermé avant la fin du fichier.");
}

TEST(CsvSpreadsheetReader, EmptyAndBlankFilesAreEmpty) {
  for (const std::string content : {"", "\xEF\xBB\xBF", "\n\r\n;;;\n"}) {
    TempFile file("empty.csv", content);
    CsvSpreadsheetReader reader;
    auto out = ReadAll(reader, file.path());
    ASSERT_FALSE(out.info);
    EXPECT_EQ(out.info.error().kind, ErrorKind::kMalformed);
    EXPECT_EQ(out.info.error().message, "Le fichier est vide.");
    EXPECT_EQ(out.info_calls, 0);
  }
}

TEST(CsvSpreadsheetReader, BlankHeaderRowIsMalformed) {
  TempFile file("noheader.csv", "\nDurand;Paul\n");
  CsvSpreadsheetReader reader;
  auto out = ReadAll(reader, file.path());
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().code, "spreadsheet.no_header");
  EXPECT_EQ(out.info.error().kind, ErrorKind::kMalformed);
  EXPECT_EQ(out.info.error().message,
            "La ligne d'en-tête (ligne 1) est absente ou vide : la première ligne lue doit "
            "nommer les colonnes.");
}

TEST(CsvSpreadsheetReader, MaxRowsIsTooLarge) {
  TempFile file("rows.csv", "a\n1\n2\n\n3\n");
  CsvSpreadsheetReader reader;
  app::SpreadsheetOptions options;
  options.max_rows = 2;
  auto out = ReadAll(reader, file.path(), options);
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().kind, ErrorKind::kTooLarge);
  EXPECT_EQ(out.info.error().message,
            "Ligne 5 : le fichier dépasse le nombre maximal de 2 lignes de données.");
  EXPECT_EQ(out.rows.size(), 2U);
}

TEST(CsvSpreadsheetReader, CellOverMaxLengthIsTooLargeWithoutReadingItAll) {
  TempFile file("cell.csv", "a;b\n1;\"" + std::string(5'000'000, 'x') + "\"\n");
  CsvSpreadsheetReader reader;
  app::SpreadsheetOptions options;
  options.max_cell_length = 100;
  auto out = ReadAll(reader, file.path(), options);
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().kind, ErrorKind::kTooLarge);
  EXPECT_EQ(out.info.error().message,
            "Ligne 2 : la cellule de la colonne B dépasse la longueur maximale de 100 octets.");
  EXPECT_TRUE(out.rows.empty());
}

TEST(CsvSpreadsheetReader, NulByteLaterInTheFileIsMalformed) {
  std::string content = "a;b\n";
  for (int i = 0; i < 30'000; ++i) content += "1;2\n";
  content += std::string("3;\0", 3) + "\n";
  TempFile file("nul.csv", content);
  CsvSpreadsheetReader reader;
  auto out = ReadAll(reader, file.path());
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().code, "spreadsheet.binary");
  EXPECT_EQ(out.info.error().message,
            "Ligne 30002 : le fichier contient un octet nul : ce n'est pas un texte CSV.");
}

TEST(CsvSpreadsheetReader, FileOverMaxFileBytesIsTooLarge) {
  TempFile file("big.csv", "a;b\n1;2\n");
  CsvSpreadsheetReader reader;
  app::SpreadsheetOptions options;
  options.max_file_bytes = 4;
  auto out = ReadAll(reader, file.path(), options);
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().kind, ErrorKind::kTooLarge);
  EXPECT_EQ(out.info.error().message, "Le fichier dépasse la taille maximale de 4 octets.");
}

TEST(CsvSpreadsheetReader, CallbackErrorStopsTheRead) {
  TempFile file("stop.csv", "a\n1\n2\n3\n");
  CsvSpreadsheetReader reader;
  int seen = 0;
  auto info = reader.Read(file.path(), {}, nullptr, [&](const app::SpreadsheetRow&) -> Status {
    if (++seen == 2) return Fail(Error::Conflict("stop", "Arrêt demandé."));
    return {};
  });
  ASSERT_FALSE(info);
  EXPECT_EQ(info.error().code, "stop");
  EXPECT_EQ(seen, 2);
}

TEST(CsvSpreadsheetReader, AbsentFileIsNotFound) {
  CsvSpreadsheetReader reader;
  auto out = ReadAll(reader, "/nonexistent/pacte.csv");
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().kind, ErrorKind::kNotFound);
}

}  // namespace
}  // namespace pacte::io
