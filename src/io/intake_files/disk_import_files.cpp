#include "io/intake_files/disk_import_files.hpp"

#include <sodium.h>

#include <array>
#include <filesystem>
#include <fstream>

namespace pacte::io {
namespace {

namespace fs = std::filesystem;

std::string Hex(const unsigned char* bytes, std::size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(n * 2);
  for (std::size_t i = 0; i < n; ++i) {
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 0xF];
  }
  return out;
}

std::string RandomName() {
  std::array<unsigned char, 16> r{};
  randombytes_buf(r.data(), r.size());
  return Hex(r.data(), r.size()) + ".upload";
}

std::string Sha256OfBytes(std::string_view content) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> d{};
  crypto_hash_sha256(d.data(), reinterpret_cast<const unsigned char*>(content.data()),
                     content.size());
  return Hex(d.data(), d.size());
}

}  // namespace

Result<app::ImportFile> DiskImportFiles::Keep(std::string_view content,
                                              std::string_view shown_name) {
  if (content.empty()) {
    return Fail(Error::Invalid("import.empty_file", "Le fichier est vide (0 octet).", "file"));
  }
  std::error_code ec;
  fs::create_directories(folder_, ec);
  fs::permissions(folder_, fs::perms::owner_all, fs::perm_options::replace, ec);
  const fs::path path = fs::path(folder_) / RandomName();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out) throw std::runtime_error("écriture impossible dans " + path.string());
  }
  app::ImportFile f;
  f.path = path.string();
  f.name = std::string(shown_name.empty() ? std::string_view("fichier") : shown_name);
  f.bytes = static_cast<std::int64_t>(content.size());
  f.sha256 = Sha256OfBytes(content);
  return f;
}

Result<app::ImportFile> DiskImportFiles::Describe(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    return Fail(Error::NotFound("import.file_not_found", "Fichier introuvable : " + path));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail(Error::NotFound("import.file_not_found", "Fichier illisible : " + path));
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  std::array<char, 1 << 16> buffer{};
  std::int64_t bytes = 0;
  while (in) {
    in.read(buffer.data(), buffer.size());
    const auto n = in.gcount();
    if (n <= 0) break;
    bytes += n;
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(buffer.data()),
                              static_cast<unsigned long long>(n));
  }
  std::array<unsigned char, crypto_hash_sha256_BYTES> d{};
  crypto_hash_sha256_final(&state, d.data());
  app::ImportFile f;
  f.path = path;
  f.name = fs::path(path).filename().string();
  f.bytes = bytes;
  f.sha256 = Hex(d.data(), d.size());
  return f;
}

void DiskImportFiles::Discard(const std::string& path) {
  std::error_code ec;
  const auto folder = fs::weakly_canonical(folder_, ec);
  const auto file = fs::weakly_canonical(path, ec);
  if (ec) return;
  const auto rel = file.lexically_relative(folder);
  if (rel.empty() || rel.native().starts_with("..")) return;  // never outside the folder
  fs::remove(file, ec);
}

}  // namespace pacte::io
