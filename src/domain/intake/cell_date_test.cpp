#include "domain/intake/cell_date.hpp"

#include <gtest/gtest.h>

namespace pacte::intake {
namespace {

std::string Iso(std::string_view cell, int reference_year = 2026) {
  auto d = ParseCellDate(cell, reference_year);
  return d ? FormatIsoDate(*d) : "error: " + d.error().message;
}

TEST(CellDate, FrenchShapes) {
  EXPECT_EQ(Iso("25/05/1998"), "1998-05-25");
  EXPECT_EQ(Iso(" 5/5/1998 "), "1998-05-05");
  EXPECT_EQ(Iso("22-04-1997"), "1997-04-22");
  EXPECT_EQ(Iso("22.04.1997"), "1997-04-22");
  EXPECT_EQ(Iso("22/04/1997 00:00"), "1997-04-22");
  EXPECT_EQ(Iso("22/04/1997 00:00:00"), "1997-04-22");
}

TEST(CellDate, IsoShapes) {
  EXPECT_EQ(Iso("1997-04-22"), "1997-04-22");
  EXPECT_EQ(Iso("1997/4/2"), "1997-04-02");
  EXPECT_EQ(Iso("1997-04-22T00:00:00"), "1997-04-22");
}

TEST(CellDate, TwoDigitYearsAreNeverAfterTheReferenceYear) {
  EXPECT_EQ(Iso("1/2/26"), "2026-02-01");
  EXPECT_EQ(Iso("1/2/27"), "1927-02-01");
  EXPECT_EQ(Iso("1/2/00"), "2000-02-01");
  EXPECT_EQ(Iso("01/02/99"), "1999-02-01");
  EXPECT_EQ(Iso("1/2/30", 2040), "2030-02-01");
}

TEST(CellDate, ExcelSerials) {
  EXPECT_EQ(Iso("43831"), "2020-01-01");
  EXPECT_EQ(Iso("43831.0"), "2020-01-01");
  EXPECT_EQ(Iso("43831.75"), "2020-01-01");
  EXPECT_EQ(Iso("29546"), "1980-11-21");  // the sample workbook's first birth date
  EXPECT_EQ(Iso("1"), "1900-01-01");
  EXPECT_EQ(Iso("59"), "1900-02-28");
  EXPECT_EQ(Iso("61"), "1900-03-01");
  EXPECT_EQ(Iso("2958465"), "9999-12-31");
}

TEST(CellDate, YearAloneIsRefusedButNumericCellSerialsAreRead) {
  EXPECT_EQ(Iso("1998"),
            "error: Date incomplète : « 1998 » ressemble à une année seule ; jour, mois et année "
            "attendus.");
  EXPECT_EQ(Iso("1998.0"), "1905-06-20");
  EXPECT_EQ(Iso("1899"), "1905-03-13");
  EXPECT_EQ(Iso("2100"), "1905-09-30");
}

TEST(CellDate, ExcelFictitiousLeapDayIsRefused) {
  auto d = ParseCellDate("60", 2026);
  ASSERT_FALSE(d);
  EXPECT_EQ(d.error().code, "intake.date_invalid");
  EXPECT_EQ(d.error().fields.at(0).field, "birth_date");
  EXPECT_EQ(d.error().message,
            "Date impossible : le numéro de série Excel 60 désigne le 29/02/1900, qui n'existe "
            "pas (erreur historique d'Excel).");
  EXPECT_EQ(Iso("0"), "error: Numéro de série Excel hors limites : 0 (1 à 2958465 attendu).");
  EXPECT_EQ(Iso("2958466"),
            "error: Numéro de série Excel hors limites : 2958466 (1 à 2958465 attendu).");
}

TEST(CellDate, ImpossibleDatesNameTheMonthLength) {
  EXPECT_EQ(Iso("31/02/2020"),
            "error: Date impossible : le 31/02/2020 n'existe pas (février 2020 compte 29 jours).");
  EXPECT_EQ(Iso("29/02/2019"),
            "error: Date impossible : le 29/02/2019 n'existe pas (février 2019 compte 28 jours).");
  EXPECT_EQ(Iso("2021-04-31"),
            "error: Date impossible : le 31/04/2021 n'existe pas (avril 2021 compte 30 jours).");
  EXPECT_EQ(Iso("00/01/2020"),
            "error: Date impossible : le 00/01/2020 n'existe pas (janvier 2020 compte 31 jours).");
  EXPECT_EQ(Iso("12/13/2020"),
            "error: Date impossible : « 12/13/2020 » (mois 13 inexistant, 01 à 12 attendu).");
  EXPECT_EQ(Iso("29/02/2020"), "2020-02-29");
}

TEST(CellDate, UnreadableShapes) {
  const std::string formats =
      " ». Formats acceptés : jj/mm/aaaa, aaaa-mm-jj, j/m/aa ou numéro de série Excel.";
  EXPECT_EQ(Iso("Date de naissance*"), "error: Date illisible : « Date de naissance*" + formats);
  EXPECT_EQ(Iso("22/04-1997"), "error: Date illisible : « 22/04-1997" + formats);
  EXPECT_EQ(Iso("22/04/199"), "error: Date illisible : « 22/04/199" + formats);
  EXPECT_EQ(Iso("122/04/1997"), "error: Date illisible : « 122/04/1997" + formats);
  EXPECT_EQ(Iso("22/04"), "error: Date illisible : « 22/04" + formats);
  EXPECT_EQ(Iso("12345678"), "error: Date illisible : « 12345678" + formats);
  EXPECT_EQ(Iso("  "), "error: Date absente.");
  auto d = ParseCellDate("x", 2026, "closure_date");
  ASSERT_FALSE(d);
  EXPECT_EQ(d.error().fields.at(0).field, "closure_date");
}

}  // namespace
}  // namespace pacte::intake
