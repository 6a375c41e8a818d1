#include "domain/audit/chain_verifier.hpp"

namespace pacte::audit {
namespace {

std::string Range(std::int64_t first, std::int64_t last) {
  if (first == last) return "événement n° " + std::to_string(first);
  return "événements n° " + std::to_string(first) + " à " + std::to_string(last);
}

std::string Deleted(std::int64_t first, std::int64_t last) {
  return Range(first, last) + (first == last ? " supprimé" : " supprimés");
}

std::string Count(std::int64_t n, const char* singular, const char* plural) {
  return std::to_string(n) + " " + (n >= 2 ? plural : singular);
}

}  // namespace

std::string ChainProblem::Describe() const {
  const std::string id = std::to_string(first_id);
  switch (kind) {
    case ChainProblemKind::kAlteredEvent:
      return "événement n° " + id + " altéré : son empreinte ne correspond plus à son contenu";
    case ChainProblemKind::kBrokenLink:
      return "chaînage rompu à l'événement n° " + id +
             " : son empreinte précédente ne correspond pas à l'événement qui le précède";
    case ChainProblemKind::kDeletedEvents:
      return Deleted(first_id, last_id);
    case ChainProblemKind::kDeletedTail:
      return Deleted(first_id, last_id) + " en fin de journal (la tête de chaîne indique n° " +
             std::to_string(last_id) + ")";
    case ChainProblemKind::kHeadMismatch:
      return "tête de chaîne incohérente : elle ne correspond pas au dernier événement (n° " + id +
             ")";
    case ChainProblemKind::kEventsBeyondHead:
      return Range(first_id, last_id) + " hors chaîne : au-delà de la tête de chaîne";
    case ChainProblemKind::kUnattestedPurge:
      return "purge jusqu'à l'événement n° " + id +
             " non attestée : aucun événement « audit.purge » correspondant, les premiers "
             "événements ont pu être supprimés";
  }
  return {};
}

std::string ChainReport::Summary() const {
  std::string verified = Count(checked, "événement vérifié", "événements vérifiés");
  if (Intact()) return "journal d'audit intact : " + verified;
  return "journal d'audit altéré : " +
         Count(static_cast<std::int64_t>(problems.size()), "problème détecté",
               "problèmes détectés") +
         " (" + verified + ")";
}

ChainVerifier::ChainVerifier(ChainAnchor anchor)
    : anchor_(std::move(anchor)),
      prev_id_(anchor_.up_to_id),
      prev_hash_(anchor_.hash),
      purge_attested_(anchor_.up_to_id == 0) {}

void ChainVerifier::Add(ChainProblemKind kind, std::int64_t first, std::int64_t last) {
  report_.problems.push_back(ChainProblem{kind, first, last});
}

void ChainVerifier::Check(const AuditEvent& e) {
  ++report_.checked;
  if (ComputeHash(e) != e.hash) Add(ChainProblemKind::kAlteredEvent, e.id, e.id);
  if (e.id > prev_id_ + 1) {
    // The link cannot be checked across a gap: the gap itself is the finding.
    Add(ChainProblemKind::kDeletedEvents, prev_id_ + 1, e.id - 1);
  } else if (e.prev_hash != prev_hash_) {
    Add(ChainProblemKind::kBrokenLink, e.id, e.id);
  }
  if (!purge_attested_ && e.action == kPurgeAction &&
      e.object_id == std::to_string(anchor_.up_to_id)) {
    purge_attested_ = true;
  }
  prev_id_ = e.id;
  prev_hash_ = e.hash;
}

void ChainVerifier::NoteEventsBeyondHead(std::int64_t first_id, std::int64_t last_id) {
  Add(ChainProblemKind::kEventsBeyondHead, first_id, last_id);
}

ChainReport ChainVerifier::Finish(const ChainHead& head) {
  if (head.last_id > prev_id_) {
    Add(ChainProblemKind::kDeletedTail, prev_id_ + 1, head.last_id);
  } else if (head.last_id < prev_id_ || head.last_hash != prev_hash_) {
    Add(ChainProblemKind::kHeadMismatch, prev_id_, prev_id_);
  }
  if (!purge_attested_) Add(ChainProblemKind::kUnattestedPurge, anchor_.up_to_id, anchor_.up_to_id);
  return std::move(report_);
}

}  // namespace pacte::audit
