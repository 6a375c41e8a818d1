#include "web/html/needs/needs_view.hpp"

#include <gtest/gtest.h>

namespace pacte::web {
namespace {

app::NeedsCell Cell(std::optional<long long> need, double places, std::optional<double> gap,
                    bool hidden = false) {
  app::NeedsCell c;
  c.need.value = need;
  c.places = places;
  c.gap = gap;
  c.gap_hidden = hidden;
  return c;
}

TEST(NeedsView, WritesPlacesAndGapsInFrench) {
  EXPECT_EQ(PlacesText(6), "6");
  EXPECT_EQ(PlacesText(4.56), "4,6");
  EXPECT_EQ(GapText(Cell(12, 3, 0.75)), "75\u00a0%");
  EXPECT_EQ(GapText(Cell(0, 0, std::nullopt)), "non calculable");
  EXPECT_EQ(GapText(Cell(std::nullopt, 3, std::nullopt, true)), "s");
}

TEST(NeedsView, RanksThemesByGapWithNonComputableAndHiddenLast) {
  app::NeedsArea area{"1", "Territoire Nord", {}};
  area.themes[0] = Cell(0, 0, std::nullopt);                 // logement: non calculable
  area.themes[1] = Cell(20, 5, 0.75);                        // emploi
  area.themes[5] = Cell(std::nullopt, 2, std::nullopt, true);  // mobilité: hidden
  area.themes[6] = Cell(12, 0, 1.0);                         // santé: no place
  for (std::size_t i : {2, 3, 4, 7, 8, 9}) area.themes[i] = Cell(11, 11, 0.0);
  auto json = IdentificationJson({area});
  ASSERT_EQ(json.size(), 1u);
  const auto& themes = json[0]["themes"];
  EXPECT_EQ(themes[0]["label"], "Santé");
  EXPECT_EQ(themes[0]["explanation"], "Aucune place offerte pour les personnes en besoin.");
  EXPECT_EQ(themes[1]["label"], "Emploi");
  EXPECT_EQ(themes[1]["explanation"], "Les places offertes couvrent 25\u00a0% du besoin.");
  EXPECT_EQ(themes[2]["explanation"],
            "Les places offertes couvrent le nombre de personnes en besoin.");
  EXPECT_EQ(themes[8]["label"], "Logement");
  EXPECT_EQ(themes[8]["explanation"], "Ni besoin repéré ni place offerte.");
  EXPECT_EQ(themes[9]["label"], "Mobilité");
  EXPECT_EQ(themes[9]["gap"], "s");
}

TEST(NeedsView, DownloadsOneSheetPerThemeWithHiddenCountsAsS) {
  app::NeedsArea area{"1", "Territoire Nord", {}};
  area.themes[5] = Cell(std::nullopt, 2.5, std::nullopt, true);
  auto tables = NeedsDownload({area}, std::nullopt, "Territoire");
  ASSERT_EQ(tables.size(), needs::kThemeCount);
  EXPECT_EQ(tables[5].sheet_name, "Mobilité");
  ASSERT_EQ(tables[5].rows.size(), 1u);
  EXPECT_EQ(std::get<std::string>(tables[5].rows[0][3]), "s");
  EXPECT_EQ(std::get<std::string>(tables[5].rows[0][4]), "2,5");
  EXPECT_EQ(std::get<std::string>(tables[5].rows[0][7]), "s");
}

}  // namespace
}  // namespace pacte::web
