#pragma once
// The world of the "nobody exposed" crawl (tests/http/disclosure_crawl_http_test.cpp): a
// test server whose persons carry distinctive personal values (names, NIR, e-mails, phones,
// birth dates, addresses, CAF numbers) on every kind of row (rights, orientation, référent,
// contract, diagnostic, appointment, note, exit, prescription), a référent who may see them,
// and the partners who must not: a signataire (attached to the structure) and a
// lecteur_stats, each signed in and holding an API token.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "support/auth_helpers.hpp"
#include "support/crawl_helpers.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {

struct CrawlCaller {
  std::string name;  // for messages
  std::int64_t agent_id = 0;
  SessionCookies session;
  std::string token;
};

struct CrawlWorld {
  CrawlWorld();

  TestServer server;
  PersonalDataProbe probe;  // every personal value seeded
  std::vector<std::int64_t> person_ids;
  std::set<std::int64_t> ids;  // the ids of every seeded row, all tables mixed
  CrawlCaller referent;
  CrawlCaller signataire;
  CrawlCaller lecteur;
  int year = 0;  // the server clock's current year

  // Candidate values of a route parameter: years for "year"/"annee", an unknown token for
  // "token", the seeded ids otherwise.
  std::vector<std::string> ParameterValues(const std::string& name) const;

 private:
  struct PersonValues;
  void AddPerson(const PersonValues& v, std::int64_t structure_id, std::int64_t action_id);
  std::int64_t LastId(const std::string& table);
  CrawlCaller Caller(const std::string& name, const std::string& email, Role role,
                     std::optional<std::int64_t> structure_id);
};

}  // namespace pacte::testing
