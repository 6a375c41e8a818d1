#include "web/html/worklists/worklist_view.hpp"

#include <gtest/gtest.h>

namespace pacte::web {
namespace {

app::WorklistRow Row(std::int64_t id, std::string last, std::string first, std::string referent,
                     std::string structure) {
  app::WorklistRow row;
  row.entry.person_id = id;
  row.entry.item.kind = DueKind::kOrientation;
  row.entry.item.due_on = *ParseIsoDate("2025-02-17");
  row.entry.item.since = *ParseIsoDate("2025-02-18");
  row.entry.item.overdue = true;
  row.entry.item.rule_regime = Regime::k2025;
  row.entry.days_overdue = 12;
  app::WorklistPersonLabel label;
  label.person_id = id;
  label.last_name = std::move(last);
  label.first_name = std::move(first);
  label.referent_name = std::move(referent);
  label.structure_name = std::move(structure);
  row.label = label;
  return row;
}

TEST(WorklistCsv, IsUtf8WithBomSemicolonsAndCrlf) {
  app::WorklistPage list;
  list.page.items = {Row(7, "Lefèvre", "Zoé", "Léa Martin", "EDAS de Nanterre")};
  EXPECT_EQ(WorklistCsv(list),
            "\xEF\xBB\xBFNom;Prénom;Identifiant;Depuis le;Échéance;Jours de retard;Référent;"
            "Structure;Règles\r\n"
            "Lefèvre;Zoé;7;18/02/2025;17/02/2025;12;Léa Martin;EDAS de Nanterre;2025\r\n");
}

TEST(WorklistCsv, QuotesSeparatorsAndNeutralisesFormulas) {
  app::WorklistPage list;
  list.page.items = {Row(8, "=HYPERLINK(\"x\")", "-2+3", "@agent", "CCAS; \"Le Pont\"")};
  const std::string csv = WorklistCsv(list);
  EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"x\"\")\";'-2+3;8;"), std::string::npos) << csv;
  EXPECT_NE(csv.find(";'@agent;\"CCAS; \"\"Le Pont\"\"\";2025\r\n"), std::string::npos) << csv;
}

// The shared rule (domain/common/spreadsheet_safety.hpp) also covers tab and carriage return.
TEST(WorklistCsv, NeutralisesTabAndCarriageReturnPrefixes) {
  app::WorklistPage list;
  list.page.items = {Row(9, "\t=1+1", "\r=2", "Léa", "EDAS")};
  const std::string csv = WorklistCsv(list);
  EXPECT_NE(csv.find("\r\n'\t=1+1;\"'\r=2\";9;"), std::string::npos) << csv;
}

TEST(WorklistPageQuery, ReadsFrenchParametersAndNamesTheBadOnes) {
  auto q = WorklistQueryFromPage(ParseUrlEncoded("perimetre=structure&territoire=3&referent=9"));
  ASSERT_TRUE(q);
  EXPECT_EQ(q->perimeter, app::WorklistPerimeter::kStructure);
  EXPECT_EQ(q->territory_id, 3);
  EXPECT_EQ(q->referent_agent_id, 9);
  EXPECT_EQ(q->structure_id, std::nullopt);
  auto bad = WorklistQueryFromPage(ParseUrlEncoded("perimetre=tous&structure=-1&referent=x"));
  ASSERT_FALSE(bad);
  std::vector<std::string> fields;
  for (const auto& f : bad.error().fields) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"perimetre", "structure", "referent"}));
}

TEST(WorklistFilterQueryString, KeepsOnlyTheFilters) {
  EXPECT_EQ(WorklistFilterQueryString(ParseUrlEncoded("page=2&perimetre=structure&x=1")),
            "?perimetre=structure");
  EXPECT_EQ(WorklistFilterQueryString(ParseUrlEncoded("page=2")), "");
}

}  // namespace
}  // namespace pacte::web
