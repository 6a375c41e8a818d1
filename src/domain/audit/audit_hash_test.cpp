#include "domain/audit/audit_hash.hpp"

#include <gtest/gtest.h>

namespace pacte::audit {
namespace {

AuditEvent Sample() {
  AuditEvent e;
  e.id = 7;
  e.at = *ParseIsoTimestamp("2026-11-27T09:30:00Z");
  e.agent_id = 12;
  e.action = "structure.update";
  e.object_type = "structure";
  e.object_id = "3";
  e.client_addr = "127.0.0.1";
  e.request_id = "abc";
  e.details = R"({"version":2})";
  e.prev_hash = std::string(kGenesisHash);
  return e;
}

TEST(AuditHash, Sha256MatchesTheStandardVector) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(AuditHash, CanonicalFormIsLengthPrefixedInAFixedOrder) {
  EXPECT_EQ(CanonicalForm(Sample()),
            "14:pacte.audit.v1,1:7,20:2026-11-27T09:30:00Z,2:12,16:structure.update,"
            "9:structure,1:3,9:127.0.0.1,3:abc,13:{\"version\":2},64:" +
                std::string(kGenesisHash) + ",");
}

TEST(AuditHash, SystemAgentIsTheEmptyField) {
  auto e = Sample();
  e.agent_id.reset();
  EXPECT_NE(CanonicalForm(e).find(",0:,16:structure.update,"), std::string::npos);
}

TEST(AuditHash, ShiftingBytesBetweenFieldsChangesTheHash) {
  // Without length prefixes "ab"+"c" and "a"+"bc" would serialise alike.
  auto a = Sample();
  auto b = Sample();
  a.object_type = "structure3";
  a.object_id = "";
  EXPECT_NE(CanonicalForm(a), CanonicalForm(b));
  EXPECT_NE(ComputeHash(a), ComputeHash(b));
}

TEST(AuditHash, EveryFieldIsCovered) {
  const auto base = ComputeHash(Sample());
  std::vector<void (*)(AuditEvent&)> changes{
      [](AuditEvent& e) { e.id = 8; },
      [](AuditEvent& e) { e.at += std::chrono::seconds{1}; },
      [](AuditEvent& e) { e.agent_id = 13; },
      [](AuditEvent& e) { e.agent_id.reset(); },
      [](AuditEvent& e) { e.action = "structure.read"; },
      [](AuditEvent& e) { e.object_type = "agent"; },
      [](AuditEvent& e) { e.object_id = "4"; },
      [](AuditEvent& e) { e.client_addr = "10.0.0.1"; },
      [](AuditEvent& e) { e.request_id = "abd"; },
      [](AuditEvent& e) { e.details = "{}"; },
      [](AuditEvent& e) { e.prev_hash[0] = '1'; },
  };
  for (std::size_t i = 0; i < changes.size(); ++i) {
    auto e = Sample();
    changes[i](e);
    EXPECT_NE(ComputeHash(e), base) << "change " << i;
  }
  auto e = Sample();
  e.hash = "anything";
  EXPECT_EQ(ComputeHash(e), base) << "the stored hash is not part of the content";
}

TEST(AuditHash, SealChainsAfterThePreviousEvent) {
  auto e = Sample();
  Seal(e, 41, "ff");
  EXPECT_EQ(e.id, 42);
  EXPECT_EQ(e.prev_hash, "ff");
  EXPECT_EQ(e.hash, ComputeHash(e));
  EXPECT_EQ(e.hash.size(), 64u);
}

}  // namespace
}  // namespace pacte::audit
