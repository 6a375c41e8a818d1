#include "domain/common/spreadsheet_safety.hpp"

#include <gtest/gtest.h>

namespace pacte {
namespace {

TEST(SpreadsheetSafety, EveryDangerousFirstCharacterIsFormulaLike) {
  for (const char* text : {"=1+1", "+33 6", "-2", "@SUM(A1)", "\tx", "\r=1"}) {
    EXPECT_TRUE(IsFormulaLike(text)) << text;
    EXPECT_EQ(NeutraliseFormula(text), std::string("'") + text);
  }
}

TEST(SpreadsheetSafety, OrdinaryTextIsLeftAlone) {
  for (const char* text : {"", "Dupont", "Jean-Pierre", "a=b", " =1", "'=1", "06 12"}) {
    EXPECT_FALSE(IsFormulaLike(text)) << text;
    EXPECT_EQ(NeutraliseFormula(text), text);
  }
}

TEST(SpreadsheetSafety, CsvFieldQuotesSeparatorsQuotesAndLineBreaks) {
  EXPECT_EQ(CsvField("Dupont"), "Dupont");
  EXPECT_EQ(CsvField("CCAS; Nanterre"), "\"CCAS; Nanterre\"");
  EXPECT_EQ(CsvField("Le \"Pont\""), "\"Le \"\"Pont\"\"\"");
  EXPECT_EQ(CsvField("ligne 1\r\nligne 2"), "\"ligne 1\r\nligne 2\"");
  EXPECT_EQ(CsvField("a,b"), "a,b");
}

TEST(SpreadsheetSafety, CsvFieldNeutralisesBeforeQuoting) {
  EXPECT_EQ(CsvField("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(CsvField("\r\n=1"), "\"'\r\n=1\"");
  EXPECT_EQ(CsvField("@agent"), "'@agent");
}

}  // namespace
}  // namespace pacte
