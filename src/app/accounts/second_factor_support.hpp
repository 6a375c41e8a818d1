#pragma once
// Internal helpers of the second-factor use cases.

#include <optional>
#include <string>
#include <string_view>

#include "app/accounts/second_factor.hpp"
#include "app/ports/session_repository.hpp"
#include "domain/agent/agent.hpp"

namespace pacte::app::detail {

struct SessionAgent {
  SessionRecord session;
  Agent agent;
};

// The live session of the token and its agent; SessionExpiredError otherwise.
Result<SessionAgent> LoadSessionAgent(UnitOfWork& uow, std::string_view session_token);

Error WrongCodeError();

// Runs fn (returning std::optional<Error>) in a write transaction that commits even when
// fn reports an error, so that failed codes stay recorded for the lockout.
template <class F>
Status WriteKeepingFailures(Store& store, F&& fn) {
  // Wrapped so that Write() does not mistake the optional for a Result and roll back.
  struct Outcome {
    std::optional<Error> error;
  };
  Outcome out = Write(store, [&](UnitOfWork& uow) { return Outcome{fn(uow)}; });
  if (out.error) return Fail(std::move(*out.error));
  return {};
}

// Records a failed code for the agent's account and the client address, and an audit event.
void RecordCodeFailure(UnitOfWork& uow, const Clock& clock, Timestamp now, const Agent& agent,
                       const ClientInfo& client, const char* action);

}  // namespace pacte::app::detail
