#include "io/spreadsheet/file_spreadsheet_reader.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>

#include "io/spreadsheet/spreadsheet_test_support.hpp"

namespace pacte::io {
namespace {

using spreadsheet_test::ReadAll;
using spreadsheet_test::SourceData;
using spreadsheet_test::TempFile;
using Cells = std::vector<std::string>;

TEST(FileSpreadsheetReader, ReadsTheSixHundredRowsFile) {
  FileSpreadsheetReader reader;
  auto out = ReadAll(reader, SourceData("fichier_usager_600_lignes.csv"));
  ASSERT_TRUE(out.info) << out.info.error().message;
  EXPECT_EQ(out.info->format, app::SpreadsheetFormat::kCsv);
  EXPECT_EQ(out.info->encoding, "UTF-8");
  EXPECT_EQ(out.info->delimiter, ';');
  EXPECT_EQ(out.info->headers, (Cells{"Civilité", "Prénom bénéficiaire", "Nom bénéficiaire",
                                      "Adresses Mails", "N° Téléphones", "Date de Naissance",
                                      "CP Ville", "N° CAF", "ID Iodas", "Référent", "Role"}));
  ASSERT_EQ(out.rows.size(), 600U);
  EXPECT_EQ(out.rows[1].number, 3);
  EXPECT_EQ(out.rows[1].cells[1], "Inès");
  EXPECT_EQ(out.rows[1].cells[3], "inès.dupont434@example.com");
  EXPECT_EQ(out.rows.back().number, 601);
  EXPECT_EQ(out.rows.back().cells,
            (Cells{"Monsieur", "Paul", "Laurent", "paul.laurent975@example.com", "0634776006",
                   "06/09/1992", "26676 Nantes", "CAF0011372077", "IODAS207183",
                   "referent.agent1@example.org", ""}));
}

TEST(FileSpreadsheetReader, ReadsTheDateFormatsFile) {
  FileSpreadsheetReader reader;
  auto out = ReadAll(reader, SourceData("import_beneficiaires_all_date_formats.csv"));
  ASSERT_TRUE(out.info) << out.info.error().message;
  ASSERT_EQ(out.info->headers.size(), 25U);
  EXPECT_EQ(out.info->headers.front(), "Identifiant dans le SI*");
  EXPECT_EQ(out.info->headers[18], "Prime d'activité");
  EXPECT_EQ(out.info->headers.back(), "Accompagnateurs");
  ASSERT_EQ(out.rows.size(), 4U);
  EXPECT_EQ(out.rows[0].cells[3], "25/05/1998");
  EXPECT_EQ(out.rows[0].cells[6], "0601234567, 071234567");
  EXPECT_EQ(out.rows[0].cells[9], "Lieu-dit \"Le sandwich\"");
  EXPECT_EQ(out.rows[0].cells[21], "Pontier élingueur / Pontière élingueuse (N1104)");
  EXPECT_EQ(out.rows[1].cells[3], "22-04-1997");
  EXPECT_EQ(out.rows[1].cells[24], "sofia@cd26.fr");
  EXPECT_EQ(out.rows[3].number, 5);
  EXPECT_EQ(out.rows[3].cells.size(), 25U);  // 24 cells in the file, the last one added
  EXPECT_EQ(out.rows[3].cells[1], "charlot");
}

TEST(FileSpreadsheetReader, ReadsTheXlsxFile) {
  FileSpreadsheetReader reader;
  auto out = ReadAll(reader, SourceData("fichier_usager_test.xlsx"));
  ASSERT_TRUE(out.info) << out.info.error().message;
  EXPECT_EQ(out.info->format, app::SpreadsheetFormat::kXlsx);
  EXPECT_EQ(out.info->sheets, (Cells{"ENTRETIENS PHYSIQUES"}));
  ASSERT_EQ(out.info->headers.size(), 29U);
  EXPECT_EQ(out.info->headers[0], "N° Allocataire");
  EXPECT_EQ(out.info->headers[4], "Date de\nNaissance");
  EXPECT_EQ(out.info->headers[9], "ID IODAS");  // trailing tab trimmed
  EXPECT_EQ(out.info->headers[28], "Tags");
  ASSERT_EQ(out.rows.size(), 1U);  // rows 3 to 220 hold only styles
  const auto& row = out.rows[0];
  EXPECT_EQ(row.number, 2);
  EXPECT_EQ(row.cells[0], "ISQCJQO");
  EXPECT_EQ(row.cells[1], "Monsieur");
  EXPECT_EQ(row.cells[4], "29546");  // 1980-11-21 as a date serial
  EXPECT_EQ(row.cells[6], "75007 PARIS ");
  EXPECT_EQ(row.cells[7], "");
  EXPECT_EQ(row.cells[11], "1803331476872");
  EXPECT_EQ(row.cells[14], "620022002");
  EXPECT_EQ(row.cells[28], "Cool");
}

TEST(FileSpreadsheetReader, ZeroByteFileIsEmpty) {
  TempFile file("zero.xlsx");
  FileSpreadsheetReader reader;
  auto out = ReadAll(reader, file.path());
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().kind, ErrorKind::kMalformed);
  EXPECT_EQ(out.info.error().message, "Le fichier est vide.");
}

TEST(FileSpreadsheetReader, BinaryRenamedXlsxIsNeitherCsvNorXlsx) {
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24);
  const std::string broken_zip = std::string("PK\x03\x04", 4) + std::string(200, 'x');
  for (const auto& content : {png, broken_zip}) {
    TempFile file("image.xlsx", content);
    FileSpreadsheetReader reader;
    auto out = ReadAll(reader, file.path());
    ASSERT_FALSE(out.info);
    EXPECT_EQ(out.info.error().kind, ErrorKind::kMalformed);
    EXPECT_EQ(out.info.error().message, "Ce fichier n'est ni un CSV ni un classeur XLSX lisible.");
  }
}

TEST(FileSpreadsheetReader, LegacyExcelAndUtf16AreNamed) {
  TempFile xls("old.xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10));
  FileSpreadsheetReader reader;
  auto out = ReadAll(reader, xls.path());
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().code, "spreadsheet.legacy_excel");
  TempFile utf16("utf16.csv", std::string("\xFF\xFEN\0o\0m\0\n\0", 10));
  out = ReadAll(reader, utf16.path());
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().code, "spreadsheet.utf16");
  EXPECT_EQ(out.info.error().kind, ErrorKind::kMalformed);
}

TEST(FileSpreadsheetReader, SparseGigabyteFileIsRefusedWithoutReadingIt) {
  TempFile file("huge.xlsx");
  {
    const int fd = ::open(file.path().c_str(), O_WRONLY);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::ftruncate(fd, 1LL << 30), 0);
    ::close(fd);
  }
  FileSpreadsheetReader reader;
  const auto start = std::chrono::steady_clock::now();
  auto out = ReadAll(reader, file.path());
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().message, "Ce fichier n'est ni un CSV ni un classeur XLSX lisible.");
  EXPECT_LT(elapsed, std::chrono::milliseconds(500));
  app::SpreadsheetOptions options;
  options.max_file_bytes = 256U << 20;
  out = ReadAll(reader, file.path(), options);
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().kind, ErrorKind::kTooLarge);
  EXPECT_EQ(out.info.error().message, "Le fichier dépasse la taille maximale de 268435456 octets.");
}

TEST(FileSpreadsheetReader, AbsentFileIsNotFound) {
  FileSpreadsheetReader reader;
  auto out = ReadAll(reader, "/nonexistent/fichier.xlsx");
  ASSERT_FALSE(out.info);
  EXPECT_EQ(out.info.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(out.info.error().message,
            "Le fichier « /nonexistent/fichier.xlsx » est introuvable ou illisible.");
}

}  // namespace
}  // namespace pacte::io
