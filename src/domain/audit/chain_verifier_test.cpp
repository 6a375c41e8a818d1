#include "domain/audit/chain_verifier.hpp"

#include <gtest/gtest.h>

namespace pacte::audit {
namespace {

// A well-formed chain of n events after the anchor.
std::vector<AuditEvent> Chain(int n, const ChainAnchor& anchor = {}) {
  std::vector<AuditEvent> out;
  std::int64_t prev_id = anchor.up_to_id;
  std::string prev_hash = anchor.hash;
  for (int i = 0; i < n; ++i) {
    AuditEvent e;
    e.at = *ParseIsoTimestamp("2026-01-01T00:00:00Z") + std::chrono::minutes{i};
    e.action = "structure.read";
    e.object_type = "structure";
    e.object_id = std::to_string(i);
    e.details = "{}";
    Seal(e, prev_id, prev_hash);
    prev_id = e.id;
    prev_hash = e.hash;
    out.push_back(e);
  }
  return out;
}

ChainHead HeadOf(const std::vector<AuditEvent>& events) {
  return ChainHead{events.back().id, events.back().hash};
}

ChainReport Verify(const std::vector<AuditEvent>& events, const ChainHead& head,
                   const ChainAnchor& anchor = {}) {
  ChainVerifier v(anchor);
  for (const auto& e : events) v.Check(e);
  return v.Finish(head);
}

using K = ChainProblemKind;

TEST(ChainVerifier, IntactChain) {
  auto events = Chain(5);
  auto report = Verify(events, HeadOf(events));
  EXPECT_TRUE(report.Intact());
  EXPECT_EQ(report.checked, 5);
  EXPECT_EQ(report.Summary(), "journal d'audit intact : 5 événements vérifiés");
}

TEST(ChainVerifier, EmptyChainIsIntact) {
  auto report = Verify({}, ChainHead{});
  EXPECT_TRUE(report.Intact());
  EXPECT_EQ(report.Summary(), "journal d'audit intact : 0 événement vérifié");
}

TEST(ChainVerifier, AlteredContentIsReportedWithItsId) {
  auto events = Chain(5);
  events[2].details = R"({"tampered":true})";
  auto report = Verify(events, HeadOf(events));
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (ChainProblem{K::kAlteredEvent, 3, 3}));
  EXPECT_EQ(report.problems[0].Describe(),
            "événement n° 3 altéré : son empreinte ne correspond plus à son contenu");
  EXPECT_EQ(report.Summary(),
            "journal d'audit altéré : 1 problème détecté (5 événements vérifiés)");
}

TEST(ChainVerifier, RehashedEventBreaksTheNextLink) {
  auto events = Chain(5);
  events[2].details = R"({"tampered":true})";
  events[2].hash = ComputeHash(events[2]);
  auto report = Verify(events, HeadOf(events));
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (ChainProblem{K::kBrokenLink, 4, 4}));
  EXPECT_NE(report.problems[0].Describe().find("chaînage rompu à l'événement n° 4"),
            std::string::npos);
}

TEST(ChainVerifier, DeletedMiddleEventsAreAGap) {
  auto events = Chain(6);
  events.erase(events.begin() + 2, events.begin() + 4);  // ids 3 and 4
  auto report = Verify(events, HeadOf(events));
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (ChainProblem{K::kDeletedEvents, 3, 4}));
  EXPECT_EQ(report.problems[0].Describe(), "événements n° 3 à 4 supprimés");
}

TEST(ChainVerifier, DeletedFirstEventIsAGap) {
  auto events = Chain(3);
  auto head = HeadOf(events);
  events.erase(events.begin());
  auto report = Verify(events, head);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].Describe(), "événement n° 1 supprimé");
}

TEST(ChainVerifier, DeletedLastEventsShowAgainstTheHead) {
  auto events = Chain(5);
  auto head = HeadOf(events);
  events.pop_back();
  events.pop_back();
  auto report = Verify(events, head);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (ChainProblem{K::kDeletedTail, 4, 5}));
  EXPECT_EQ(report.problems[0].Describe(),
            "événements n° 4 à 5 supprimés en fin de journal (la tête de chaîne indique n° 5)");
}

TEST(ChainVerifier, EverythingDeletedShowsAgainstTheHead) {
  auto events = Chain(2);
  auto report = Verify({}, HeadOf(events));
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (ChainProblem{K::kDeletedTail, 1, 2}));
}

TEST(ChainVerifier, HeadHashDifferentFromLastEvent) {
  auto events = Chain(3);
  auto head = HeadOf(events);
  head.last_hash = std::string(kGenesisHash);
  auto report = Verify(events, head);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (ChainProblem{K::kHeadMismatch, 3, 3}));
}

TEST(ChainVerifier, EventsBeyondTheHead) {
  auto events = Chain(3);
  ChainVerifier v({});
  for (const auto& e : events) v.Check(e);
  v.NoteEventsBeyondHead(4, 4);
  auto report = v.Finish(HeadOf(events));
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].Describe(),
            "événement n° 4 hors chaîne : au-delà de la tête de chaîne");
}

ChainAnchor PurgedUpTo(std::int64_t id) {
  auto purged = Chain(static_cast<int>(id));
  return ChainAnchor{id, purged.back().hash};
}

TEST(ChainVerifier, StartsAfterAnAttestedPurge) {
  auto anchor = PurgedUpTo(4);
  auto events = Chain(3, anchor);
  events[0].action = std::string(kPurgeAction);
  events[0].object_id = "4";
  events[0].hash = ComputeHash(events[0]);
  events[1].prev_hash = events[0].hash;
  events[1].hash = ComputeHash(events[1]);
  events[2].prev_hash = events[1].hash;
  events[2].hash = ComputeHash(events[2]);
  auto report = Verify(events, HeadOf(events), anchor);
  EXPECT_TRUE(report.Intact()) << report.problems[0].Describe();
  EXPECT_EQ(report.checked, 3);
}

TEST(ChainVerifier, PurgeWithoutItsEventIsReported) {
  auto anchor = PurgedUpTo(4);
  auto events = Chain(2, anchor);
  auto report = Verify(events, HeadOf(events), anchor);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (ChainProblem{K::kUnattestedPurge, 4, 4}));
}

TEST(ChainVerifier, OldestRemainingEventDeletedAfterAPurge) {
  auto anchor = PurgedUpTo(4);
  auto events = Chain(3, anchor);
  events[1].action = std::string(kPurgeAction);
  events[1].object_id = "4";
  events[1].hash = ComputeHash(events[1]);
  events[2].prev_hash = events[1].hash;
  events[2].hash = ComputeHash(events[2]);
  events.erase(events.begin());  // id 5, just after the anchor
  auto report = Verify(events, HeadOf(events), anchor);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (ChainProblem{K::kDeletedEvents, 5, 5}));
}

TEST(ChainVerifier, WrongAnchorHashBreaksTheFirstLink) {
  auto anchor = PurgedUpTo(4);
  auto events = Chain(1, anchor);
  events[0].action = std::string(kPurgeAction);
  events[0].object_id = "4";
  events[0].hash = ComputeHash(events[0]);
  anchor.hash = std::string(kGenesisHash);
  auto report = Verify(events, HeadOf(events), anchor);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], (ChainProblem{K::kBrokenLink, 5, 5}));
}

}  // namespace
}  // namespace pacte::audit
