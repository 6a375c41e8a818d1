#include "app/audit/verify_audit_chain.hpp"

#include <algorithm>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/policies/audit_policy.hpp"
#include "app/ports/audit_repository.hpp"

namespace pacte::app {
namespace {

struct Bounds {
  audit::ChainAnchor anchor;
  audit::ChainHead head;
};

Bounds ReadBounds(Store& store) {
  return Read(store, [](UnitOfWork& uow) {
    // Anchor before head: a purge moving the anchor afterwards is caught by the re-check.
    auto anchor = uow.Audit().PurgeAnchor();
    return Bounds{anchor, uow.Audit().Head()};
  });
}

// One pass; nullopt when a purge moved the anchor during the walk.
std::optional<audit::ChainReport> VerifyOnce(Store& store, int page_size) {
  Bounds start = ReadBounds(store);
  audit::ChainVerifier verifier(start.anchor);
  std::int64_t after = start.anchor.up_to_id;
  for (;;) {
    auto slice = Read(store, [&](UnitOfWork& uow) {
      return uow.Audit().ChainSlice(after, start.head.last_id, page_size);
    });
    for (const auto& e : slice) verifier.Check(e);
    if (static_cast<int>(slice.size()) < page_size) break;
    after = slice.back().id;
  }
  // Highest id first, head second: an event committed before the first read has its head
  // update visible to the second, so only events the head never covered remain above it.
  std::int64_t max_id = Read(store, [](UnitOfWork& uow) { return uow.Audit().MaxId(); });
  Bounds end = ReadBounds(store);
  if (!(end.anchor == start.anchor)) return std::nullopt;
  if (max_id > end.head.last_id) verifier.NoteEventsBeyondHead(end.head.last_id + 1, max_id);
  return verifier.Finish(start.head);
}

}  // namespace

audit::ChainReport VerifyAuditChain(Store& store, int page_size) {
  page_size = std::max(1, page_size);
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (auto report = VerifyOnce(store, page_size)) return std::move(*report);
  }
  throw std::runtime_error(
      "vérification du journal d'audit impossible : des purges se succèdent pendant la lecture");
}

Result<audit::ChainReport> VerifyAuditChainAs(Store& store, const Clock& clock,
                                              const Actor& actor) {
  if (auto allowed = AuthorizeAuditRead(actor); !allowed) return Fail(allowed.error());
  auto report = VerifyAuditChain(store);
  Write(store, [&](UnitOfWork& uow) {
    nlohmann::json details{{"checked", report.checked},
                           {"problems", report.problems.size()}};
    RecordAudit(uow, clock, actor, "audit.verify", "audit_event", "", details);
    return true;
  });
  return report;
}

}  // namespace pacte::app
