#include "app/data_inclusion/record_splitter.hpp"

#include <gtest/gtest.h>

namespace pacte::app {
namespace {

TEST(RecordSplitter, SplitsAJsonArrayIntoRecordsWithTheirLines) {
  std::string file = "[\n  {\"id\": \"a\", \"nom\": \"x, [y] {z}\"},\n  {\"id\": \"b\\\"}\"}\n]\n";
  auto split = SplitRecords(file);
  ASSERT_FALSE(split.broken) << *split.broken;
  EXPECT_EQ(split.format, FileFormat::kJsonArray);
  ASSERT_EQ(split.records.size(), 2u);
  EXPECT_EQ(split.records[0].text, R"({"id": "a", "nom": "x, [y] {z}"})");
  EXPECT_EQ(split.records[0].line, 2u);
  EXPECT_EQ(split.records[1].index, 2u);
  EXPECT_EQ(split.records[1].line, 3u);
}

TEST(RecordSplitter, AnEmptyArrayHasNoRecordAndIsNotBroken) {
  auto split = SplitRecords(" [ ] ");
  EXPECT_FALSE(split.broken);
  EXPECT_TRUE(split.records.empty());
}

TEST(RecordSplitter, SplitsJsonLinesSkippingBlankLinesAndABom) {
  std::string file = "\xEF\xBB\xBF{\"id\": \"a\"}\n\n{\"id\": \"b\"}\r\n{\"id\": \"c\"}";
  auto split = SplitRecords(file);
  ASSERT_FALSE(split.broken) << *split.broken;
  EXPECT_EQ(split.format, FileFormat::kJsonLines);
  ASSERT_EQ(split.records.size(), 3u);
  EXPECT_EQ(split.records[1].text, R"({"id": "b"})");
  EXPECT_EQ(split.records[1].line, 3u);
  EXPECT_EQ(split.records[2].line, 4u);
}

TEST(RecordSplitter, ATruncatedArrayIsStructurallyBroken) {
  auto split = SplitRecords("[{\"id\": \"a\"},\n {\"id\": \"b\", \"nom\": \"Atel");
  ASSERT_TRUE(split.broken);
  EXPECT_NE(split.broken->find("Fichier tronqué"), std::string::npos);
  EXPECT_NE(split.broken->find("n° 2"), std::string::npos) << *split.broken;
  EXPECT_NE(split.broken->find("ligne 2"), std::string::npos) << *split.broken;
  auto unclosed = SplitRecords("[{\"id\": \"a\"}");
  ASSERT_TRUE(unclosed.broken);
  EXPECT_NE(unclosed.broken->find("Fichier tronqué"), std::string::npos);
  auto after_comma = SplitRecords("[{\"id\": \"a\"},\n");
  ASSERT_TRUE(after_comma.broken);
  EXPECT_NE(after_comma.broken->find("Fichier tronqué"), std::string::npos);
}

TEST(RecordSplitter, ATruncatedLastLineIsStructurallyBroken) {
  auto split = SplitRecords("{\"id\": \"a\"}\n{\"id\": \"b\", \"nom\": [\"x\"");
  ASSERT_TRUE(split.broken);
  EXPECT_NE(split.broken->find("dernière ligne (n° 2)"), std::string::npos) << *split.broken;
}

TEST(RecordSplitter, EmptyOrUnknownFilesAndStrayContentAreStructurallyBroken) {
  EXPECT_EQ(*SplitRecords("  \n").broken, "Fichier vide : aucun enregistrement.");
  EXPECT_NE(SplitRecords("id;nom\n1;x").broken->find("Format non reconnu"), std::string::npos);
  EXPECT_NE(SplitRecords("[{\"a\": 1},,{\"b\": 2}]").broken->find("Virgule en trop"),
            std::string::npos);
  EXPECT_NE(SplitRecords("[{\"a\": 1},]").broken->find("Virgule en trop"), std::string::npos);
  EXPECT_NE(SplitRecords("[{\"a\": 1}] x").broken->find("Contenu inattendu"), std::string::npos);
  EXPECT_NE(SplitRecords("[{\"a\": 1}}]").broken->find("accolade fermante"), std::string::npos);
}

TEST(RecordSplitter, AMalformedLineInTheMiddleIsOneRecordNotABrokenFile) {
  auto split = SplitRecords("{\"id\": \"a\"}\n{\"id\": \"b\",}\n{\"id\": \"c\"}\n");
  ASSERT_FALSE(split.broken);
  ASSERT_EQ(split.records.size(), 3u);
  std::string error;
  EXPECT_FALSE(ParseRecord(split.records[1], error));
  EXPECT_NE(error.find("JSON illisible à l'octet"), std::string::npos) << error;
  EXPECT_TRUE(ParseRecord(split.records[2], error));
}

TEST(RecordSplitter, NonUtf8TextIsReportedOnItsRecordOnly) {
  std::string file = "[{\"nom\": \"Caf\xE9\"}, {\"nom\": \"Café\"}]";  // Latin-1 é, then UTF-8
  auto split = SplitRecords(file);
  ASSERT_FALSE(split.broken);
  ASSERT_EQ(split.records.size(), 2u);
  std::string error;
  EXPECT_FALSE(ParseRecord(split.records[0], error));
  EXPECT_EQ(error, "texte non UTF-8 : octet invalide à la position 13 de l'enregistrement "
                   "(enregistrez le fichier en UTF-8)");
  EXPECT_TRUE(ParseRecord(split.records[1], error));
}

TEST(RecordSplitter, OverlongAndSurrogateSequencesAreNotUtf8) {
  for (std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82"}) {
    RawRecord r{1, 1, ""};
    std::string text = "{\"a\": \"" + bad + "\"}";
    r.text = text;
    std::string error;
    EXPECT_FALSE(ParseRecord(r, error));
    EXPECT_NE(error.find("non UTF-8"), std::string::npos);
  }
}

TEST(RecordSplitter, ARecordThatIsNotAnObjectIsReported) {
  auto split = SplitRecords("[1, \"x\", {\"id\": \"a\"}]");
  ASSERT_FALSE(split.broken);
  ASSERT_EQ(split.records.size(), 3u);
  std::string error;
  EXPECT_FALSE(ParseRecord(split.records[0], error));
  EXPECT_EQ(error, "l'enregistrement n'est pas un objet JSON (« { … } » attendu)");
}

}  // namespace
}  // namespace pacte::app
