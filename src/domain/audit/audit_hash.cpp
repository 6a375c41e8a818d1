#include "domain/audit/audit_hash.hpp"

#include <sodium.h>

namespace pacte::audit {
namespace {

void AppendNetstring(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += ',';
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()),
                     bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex, crypto_hash_sha256_BYTES * 2);
}

std::string CanonicalForm(const AuditEvent& e) {
  std::string out;
  out.reserve(160 + e.details.size() + e.action.size() + e.object_id.size());
  AppendNetstring(out, "pacte.audit.v1");
  AppendNetstring(out, std::to_string(e.id));
  AppendNetstring(out, FormatIsoTimestamp(e.at));
  AppendNetstring(out, e.agent_id ? std::to_string(*e.agent_id) : std::string());
  AppendNetstring(out, e.action);
  AppendNetstring(out, e.object_type);
  AppendNetstring(out, e.object_id);
  AppendNetstring(out, e.client_addr);
  AppendNetstring(out, e.request_id);
  AppendNetstring(out, e.details);
  AppendNetstring(out, e.prev_hash);
  return out;
}

std::string ComputeHash(const AuditEvent& e) { return Sha256Hex(CanonicalForm(e)); }

void Seal(AuditEvent& e, std::int64_t prev_id, std::string_view prev_hash) {
  e.id = prev_id + 1;
  e.prev_hash = std::string(prev_hash);
  e.hash = ComputeHash(e);
}

}  // namespace pacte::audit
