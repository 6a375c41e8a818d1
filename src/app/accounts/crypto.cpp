#include "app/accounts/crypto.hpp"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace pacte::app {
namespace {

void EnsureSodium() {
  static const int ready = sodium_init();
  if (ready < 0) throw std::runtime_error("libsodium : initialisation impossible");
}

std::string ToHex(const unsigned char* data, std::size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), data, size);
  hex.pop_back();
  return hex;
}

std::vector<unsigned char> KeyOf(std::string_view server_key) {
  std::vector<unsigned char> key(crypto_secretbox_KEYBYTES);
  crypto_generichash(key.data(), key.size(),
                     reinterpret_cast<const unsigned char*>(server_key.data()), server_key.size(),
                     nullptr, 0);
  return key;
}

}  // namespace

std::string RandomBytes(std::size_t bytes) {
  EnsureSodium();
  std::string buf(bytes, '\0');
  randombytes_buf(buf.data(), buf.size());
  return buf;
}

std::string RandomHex(std::size_t bytes) {
  EnsureSodium();
  std::vector<unsigned char> buf(bytes);
  randombytes_buf(buf.data(), buf.size());
  return ToHex(buf.data(), buf.size());
}

std::string Sha256Hex(std::string_view text) {
  EnsureSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  return ToHex(digest, sizeof digest);
}

bool IsLowerHex(std::string_view text, std::size_t length) {
  if (text.size() != length) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string EncryptSecret(std::string_view server_key, std::string_view plain) {
  EnsureSodium();
  auto key = KeyOf(server_key);
  std::vector<unsigned char> out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES +
                                 plain.size());
  unsigned char* nonce = out.data();
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(out.data() + crypto_secretbox_NONCEBYTES,
                        reinterpret_cast<const unsigned char*>(plain.data()), plain.size(), nonce,
                        key.data());
  sodium_memzero(key.data(), key.size());
  return ToHex(out.data(), out.size());
}

std::optional<std::string> DecryptSecret(std::string_view server_key, std::string_view sealed) {
  EnsureSodium();
  std::vector<unsigned char> bin(sealed.size() / 2 + 1);
  std::size_t bin_len = 0;
  if (sodium_hex2bin(bin.data(), bin.size(), sealed.data(), sealed.size(), nullptr, &bin_len,
                     nullptr) != 0 ||
      bin_len * 2 != sealed.size() ||
      bin_len < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) {
    return std::nullopt;
  }
  auto key = KeyOf(server_key);
  std::size_t cipher_len = bin_len - crypto_secretbox_NONCEBYTES;
  std::string plain(cipher_len - crypto_secretbox_MACBYTES, '\0');
  int rc = crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                      bin.data() + crypto_secretbox_NONCEBYTES, cipher_len,
                                      bin.data(), key.data());
  sodium_memzero(key.data(), key.size());
  if (rc != 0) return std::nullopt;
  return plain;
}

}  // namespace pacte::app
