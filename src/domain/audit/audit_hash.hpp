#pragma once
// The hash chain of the audit trail.
//
// Canonical form of an event (version 1): the concatenation of these fields, in this order,
// each written as a netstring "<byte length in decimal>:<bytes>,":
//   "pacte.audit.v1", id (decimal), at ("YYYY-MM-DDTHH:MM:SSZ"), agent_id (decimal, or the
//   empty string for the system), action, object_type, object_id, client_addr, request_id,
//   details, prev_hash.
// Netstrings are self-delimiting, so two different contents never share a canonical form.
// hash = lower-case hex SHA-256 (libsodium crypto_hash_sha256) of the canonical form; as the
// form includes prev_hash, each hash commits to the whole chain before it.

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/audit/audit_event.hpp"

namespace pacte::audit {

// prev_hash of the very first event (64 zeros).
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// Lower-case hex SHA-256 of bytes (64 characters).
std::string Sha256Hex(std::string_view bytes);

// The canonical form defined above; `hash` itself is not part of it.
std::string CanonicalForm(const AuditEvent& e);

// Sha256Hex(CanonicalForm(e)).
std::string ComputeHash(const AuditEvent& e);

// Places e in the chain after the event (prev_id, prev_hash): sets id, prev_hash and hash.
void Seal(AuditEvent& e, std::int64_t prev_id, std::string_view prev_hash);

}  // namespace pacte::audit
