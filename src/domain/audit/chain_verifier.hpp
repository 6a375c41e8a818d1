#pragma once
// Verification of the audit hash chain, one event at a time, so millions of events can be
// checked while holding only the previous one in memory.
//
// What it detects, given the anchor (last purged event), the events in id order and the chain
// head (last appended event as recorded in the one-row head table):
//   - an event whose content no longer matches its hash (altered);
//   - an event whose prev_hash is not the hash of the event before it (broken link: an event
//     re-hashed after alteration, or replaced);
//   - missing ids (deleted events), including after the anchor and at the end of the chain
//     (the head points beyond the last event);
//   - a head that does not match the last event, events stored beyond the head;
//   - a purge anchor that no "audit.purge" event of the chain attests (a forged purge).
// It cannot detect an attacker with write access who recomputes the whole chain and the head
// (see docs/adr/0003-audit-hash-chain.md).

#include <cstdint>
#include <string>
#include <vector>

#include "domain/audit/audit_event.hpp"
#include "domain/audit/audit_hash.hpp"

namespace pacte::audit {

// The last purged event: verification starts right after it. id 0 = no purge yet.
struct ChainAnchor {
  std::int64_t up_to_id = 0;
  std::string hash = std::string(kGenesisHash);
  bool operator==(const ChainAnchor&) const = default;
};

// The one-row chain head: the last appended event.
struct ChainHead {
  std::int64_t last_id = 0;
  std::string last_hash = std::string(kGenesisHash);
};

enum class ChainProblemKind {
  kAlteredEvent,       // first_id: hash does not match content
  kBrokenLink,         // first_id: prev_hash differs from the previous event's hash
  kDeletedEvents,      // first_id..last_id missing between two events
  kDeletedTail,        // first_id..last_id missing at the end (the head points beyond)
  kHeadMismatch,       // first_id: last event, whose hash differs from the head's
  kEventsBeyondHead,   // first_id..last_id stored after the head
  kUnattestedPurge,    // first_id: the anchor's up_to_id has no matching audit.purge event
};

struct ChainProblem {
  ChainProblemKind kind;
  std::int64_t first_id = 0;
  std::int64_t last_id = 0;
  // One French sentence ("événements n° 5 à 7 supprimés").
  std::string Describe() const;
  bool operator==(const ChainProblem&) const = default;
};

struct ChainReport {
  std::int64_t checked = 0;  // events read and re-hashed
  std::vector<ChainProblem> problems;
  bool Intact() const { return problems.empty(); }
  // "journal d'audit intact : 12 événements vérifiés", or the count of problems found.
  std::string Summary() const;
};

// The action recorded by a purge; its object_id is the purge's up_to_id.
inline constexpr std::string_view kPurgeAction = "audit.purge";

class ChainVerifier {
 public:
  explicit ChainVerifier(ChainAnchor anchor);
  // Checks the next stored event. Precondition: ids strictly increase across calls and are
  // all greater than the anchor's up_to_id.
  void Check(const AuditEvent& e);
  // Records that events first_id..last_id exist beyond the chain head.
  void NoteEventsBeyondHead(std::int64_t first_id, std::int64_t last_id);
  // Compares the last event with the head and returns the report.
  ChainReport Finish(const ChainHead& head);

 private:
  void Add(ChainProblemKind kind, std::int64_t first, std::int64_t last);

  ChainAnchor anchor_;
  std::int64_t prev_id_;
  std::string prev_hash_;
  bool purge_attested_;
  ChainReport report_;
};

}  // namespace pacte::audit
