#pragma once
// A non-owning Store forwarding to another one: the CLI context wants to own its store, the
// tests hand it the test database's (or a recording) store.

#include <functional>
#include <string_view>

#include "app/ports/store.hpp"

namespace pacte::testing {

class BorrowedStore final : public app::Store {
 public:
  explicit BorrowedStore(app::Store& inner) : inner_(inner) {}
  void Transact(app::TxMode mode, const std::function<bool(app::UnitOfWork&)>& fn) override {
    inner_.Transact(mode, fn);
  }
  bool Ping() override { return inner_.Ping(); }
  app::PoolStats Stats() const override { return inner_.Stats(); }
  std::string_view Backend() const override { return inner_.Backend(); }

 private:
  app::Store& inner_;
};

}  // namespace pacte::testing
