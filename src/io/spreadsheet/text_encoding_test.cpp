#include "io/spreadsheet/text_encoding.hpp"

#include <gtest/gtest.h>

namespace pacte::io::spreadsheet {
namespace {

TEST(TextEncoding, Cp1252TableCoversTheWindowsRangeAndLatin1) {
  EXPECT_EQ(Cp1252ToUtf8("\x80\x82\x85\x8A\x8C\x92\x93\x94\x96\x97\x99\x9C\x9F"), "€‚…ŠŒ’“”–—™œŸ");
  EXPECT_EQ(Cp1252ToUtf8("\x81\x8D\x8F\x90\x9D"), "\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D");
  EXPECT_EQ(Cp1252ToUtf8("\xA0\xB0\xC7\xE9\xFF"), "\xC2\xA0°Çéÿ");
  EXPECT_EQ(Cp1252ToUtf8("abc"), "abc");
}

TEST(TextEncoding, StrictUtf8RefusesOverlongsSurrogatesAndCp1252) {
  EXPECT_TRUE(IsStrictUtf8("héllo € 𝄞"));
  EXPECT_TRUE(IsStrictUtf8("\xEF\xBF\xBD"));       // U+FFFD itself is valid
  EXPECT_FALSE(IsStrictUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(IsStrictUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsStrictUtf8("\xF4\x90\x80\x80"));  // over U+10FFFF
  EXPECT_FALSE(
      IsStrictUtf8("H\xE9l\xE8"
                   "ne"));
  EXPECT_FALSE(IsStrictUtf8("caf\xC3"));
  EXPECT_TRUE(IsStrictUtf8("caf\xC3", true));
}

}  // namespace
}  // namespace pacte::io::spreadsheet
