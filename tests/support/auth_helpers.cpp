#include "support/auth_helpers.hpp"

#include <liboath/oath.h>

#include <stdexcept>

#include "app/accounts/api_tokens.hpp"
#include "app/accounts/crypto.hpp"
#include "app/accounts/manage_agents.hpp"
#include "app/ports/agent_repository.hpp"
#include "web/server/http.hpp"

namespace pacte::testing {
namespace {

std::string ValueAfter(const std::string& html, const std::string& marker) {
  auto pos = html.find(marker);
  if (pos == std::string::npos) return "";
  pos += marker.size();
  return html.substr(pos, html.find('"', pos) - pos);
}

[[noreturn]] void Fails(const std::string& step, const ClientResponse& r) {
  throw std::runtime_error("LoginSession : " + step + " a répondu " + std::to_string(r.status) +
                           " " + r.Header("location") + "\n" + r.body.substr(0, 400));
}

std::string JoinCookies(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + "; " + b;
}

// The secret shown on the enrolment page.
std::string SecretFromEnrolmentPage(const std::string& html) {
  auto start = html.find("id=\"totp-secret\">");
  if (start == std::string::npos) return "";
  start += std::string("id=\"totp-secret\">").size();
  std::string base32;
  for (auto i = start; i < html.size() && html[i] != '<'; ++i) {
    if (html[i] != ' ') base32.push_back(html[i]);
  }
  while (base32.size() % 8 != 0) base32.push_back('=');
  char* out = nullptr;
  std::size_t len = 0;
  if (oath_base32_decode(base32.data(), base32.size(), &out, &len) != OATH_OK) return "";
  std::string raw(out, len);
  free(out);
  return raw;
}

}  // namespace

std::int64_t CreateAgent(app::Store& store, app::Clock& clock, const app::Settings& settings,
                         const std::string& email, std::vector<Role> roles,
                         std::optional<std::int64_t> structure_id) {
  app::NewAgentInput in;
  in.email = email;
  in.first_name = "Prénom";
  in.last_name = email.substr(0, email.find('@'));
  for (Role r : roles) in.roles.emplace_back(RoleCode(r));
  in.structure_id = structure_id;
  in.password = kTestPassword;
  auto agent = app::CreateAgent(store, clock, settings, app::Actor::System("test"), in);
  if (!agent) throw std::runtime_error("CreateAgent : " + agent.error().message);
  if (agent->Has(Role::kAdmin)) {
    app::Write(store, [&](app::UnitOfWork& uow) {
      uow.Agents().SetTotpSecret(
          agent->id, app::EncryptSecret(settings.secret_key, kTestTotpSecret), clock.Now());
      return true;
    });
  }
  return agent->id;
}

std::string TotpCodeAt(const std::string& secret, Timestamp now) {
  oath_init();
  char otp[7] = {};
  oath_totp_generate(secret.data(), secret.size(),
                     static_cast<time_t>(now.time_since_epoch().count()), 30, 0, 6, otp);
  return otp;
}

SessionCookies LoginSession(TestServer& server, const std::string& email,
                            const std::string& password) {
  auto page = server.Get("/connexion");
  std::string csrf_cookie = CookieFrom(page, "pacte_csrf");
  std::string csrf = CsrfFromPage(page.body);
  ClientRequest post{
      "POST",
      "/connexion",
      {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", csrf_cookie}},
      FormBody({{"_csrf", csrf}, {"email", email}, {"password", password}})};
  auto login = Send(server.port(), post);
  if (login.status != 303) Fails("POST /connexion", login);
  SessionCookies s{JoinCookies(CookieFrom(login, "pacte_session"), csrf_cookie), ""};
  std::string next = login.Header("location");
  if (next.rfind("/connexion/second-facteur", 0) == 0) {
    auto form = server.Get(next, {{"Cookie", s.cookie}});
    if (form.status != 200) Fails("GET " + next, form);
    s.csrf = CsrfFromPage(form.body);
    std::string secret = next.rfind("/connexion/second-facteur/activation", 0) == 0
                             ? SecretFromEnrolmentPage(form.body)
                             : std::string(kTestTotpSecret);
    auto done = PostForm(server, s, next.substr(0, next.find('?')),
                         {{"code", TotpCodeAt(secret, server.clock().Now())}});
    if (done.status != 303) Fails("POST " + next, done);
  }
  auto home = server.Get("/", {{"Cookie", s.cookie}});
  if (home.status != 200) Fails("GET /", home);
  s.csrf = CsrfFromPage(home.body);
  return s;
}

std::string CreateApiToken(app::Store& store, app::Clock& clock, std::int64_t agent_id) {
  auto issued = app::CreateApiToken(store, clock, app::Actor::System("test"), agent_id, "test");
  if (!issued) throw std::runtime_error("CreateApiToken : " + issued.error().message);
  return issued->token;
}

std::string FormBody(const FormFields& fields) {
  std::string body;
  for (const auto& [k, v] : fields) {
    if (!body.empty()) body += "&";
    body += web::UrlEncode(k) + "=" + web::UrlEncode(v);
  }
  return body;
}

ClientResponse PostForm(TestServer& server, const SessionCookies& session, const std::string& path,
                        const FormFields& fields) {
  FormFields all = fields;
  all.emplace_back("_csrf", session.csrf);
  return Send(server.port(), ClientRequest{"POST",
                                           path,
                                           {{"Content-Type", "application/x-www-form-urlencoded"},
                                            {"Cookie", session.cookie}},
                                           FormBody(all)});
}

std::string CookieFrom(const ClientResponse& r, const std::string& name) {
  for (const auto& c : r.SetCookies()) {
    if (c.rfind(name + "=", 0) == 0) return c.substr(0, c.find(';'));
  }
  return "";
}

std::string CsrfFromPage(const std::string& html) {
  std::string meta = ValueAfter(html, "<meta name=\"csrf-token\" content=\"");
  if (!meta.empty()) return meta;
  return ValueAfter(html, "name=\"_csrf\" value=\"");
}

}  // namespace pacte::testing
