#include "app/audit/audit_filter.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace pacte::app {
namespace {

std::string MessageFor(const Error& e, const std::string& field) {
  for (const auto& f : e.fields) {
    if (f.field == field) return f.message;
  }
  return {};
}

TEST(AuditFilter, EmptyInputSearchesEverything) {
  auto s = ParseAuditFilter({});
  ASSERT_TRUE(s);
  EXPECT_FALSE(s->agent_id);
  EXPECT_TRUE(s->action_prefix.empty());
  EXPECT_FALSE(s->from);
  EXPECT_FALSE(s->before);
}

TEST(AuditFilter, ReadsEveryCriterionAndTrims) {
  auto s = ParseAuditFilter({" 42 ", " structure. ", "structure", "7", "2026-01-01", "2026-01-31"});
  ASSERT_TRUE(s);
  EXPECT_EQ(s->agent_id, 42);
  EXPECT_EQ(s->action_prefix, "structure.");
  EXPECT_EQ(s->object_type, "structure");
  EXPECT_EQ(s->object_id, "7");
  EXPECT_EQ(FormatIsoTimestamp(*s->from), "2026-01-01T00:00:00Z");
  // "au" includes the whole day.
  EXPECT_EQ(FormatIsoTimestamp(*s->before), "2026-02-01T00:00:00Z");
}

TEST(AuditFilter, SameDayRangeIsAllowed) {
  EXPECT_TRUE(ParseAuditFilter({"", "", "", "", "2026-01-05", "2026-01-05"}));
}

TEST(AuditFilter, RejectsBadAgentIds) {
  for (const char* bad : {"abc", "0", "-3", "12abc", "1.5", "99999999999999999999"}) {
    auto s = ParseAuditFilter({bad, "", "", "", "", ""});
    ASSERT_FALSE(s) << bad;
    EXPECT_EQ(s.error().kind, ErrorKind::kInvalid);
    EXPECT_EQ(MessageFor(s.error(), "agent_id"),
              "L'identifiant d'agent doit être un nombre entier positif.")
        << bad;
  }
}

TEST(AuditFilter, RejectsBadDates) {
  for (const char* bad : {"2026-02-30", "27/11/2026", "2026-1-1", "hier"}) {
    auto s = ParseAuditFilter({"", "", "", "", bad, bad});
    ASSERT_FALSE(s) << bad;
    EXPECT_EQ(MessageFor(s.error(), "from"),
              "Date invalide : attendu une date réelle au format AAAA-MM-JJ.");
    EXPECT_FALSE(MessageFor(s.error(), "to").empty());
  }
}

TEST(AuditFilter, RejectsAnInvertedRange) {
  auto s = ParseAuditFilter({"", "", "", "", "2026-02-01", "2026-01-31"});
  ASSERT_FALSE(s);
  EXPECT_EQ(MessageFor(s.error(), "to"),
            "La date de fin doit être postérieure ou égale à la date de début.");
}

TEST(AuditFilter, RejectsOversizedAndMalformedText) {
  auto s = ParseAuditFilter({"", std::string(101, 'a'), "\xff\xfe", "", "", ""});
  ASSERT_FALSE(s);
  EXPECT_EQ(MessageFor(s.error(), "action"), "Ce filtre est trop long (100 caractères au plus).");
  EXPECT_EQ(MessageFor(s.error(), "object_type"), "Ce filtre contient des caractères invalides.");
  EXPECT_EQ(s.error().message, "Le formulaire contient des erreurs.");
  EXPECT_EQ(s.error().code, "audit.filter_invalid");
}

TEST(AuditFilter, JsonForTheReadEventHoldsOnlyAppliedCriteria) {
  auto s = ParseAuditFilter({"42", "agent.", "", "", "2026-01-01", "2026-01-31"});
  ASSERT_TRUE(s);
  EXPECT_EQ(AuditSearchJson(*s),
            (nlohmann::json{{"agent_id", 42}, {"action", "agent."}, {"from", "2026-01-01"},
                            {"to", "2026-01-31"}}));
  EXPECT_EQ(AuditSearchJson(AuditSearch{}), nlohmann::json::object());
}

}  // namespace
}  // namespace pacte::app
