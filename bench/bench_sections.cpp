#include "bench_sections.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <stdexcept>

#include "app/beneficiaries/beneficiary_file.hpp"
#include "app/beneficiaries/search_beneficiaries.hpp"
#include "app/policies/person_policy.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/parcours_state_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "app/worklists/worklists.hpp"
#include "domain/beneficiary/name_match.hpp"
#include "domain/common/text.hpp"
#include "storage/repositories/organisation_sql.hpp"

namespace pacte::bench {
namespace {

void Append(const std::string& dir, const std::string& file, const std::string& line) {
  std::ofstream(dir + "/" + file, std::ios::app) << line << "\n";
}

std::string PercentEncode(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

void Row(const std::vector<std::string>& cells, const std::vector<int>& widths) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    std::printf(i == 0 ? "%-*s" : " %*s", widths[i], cells[i].c_str());
  }
  std::printf("\n");
}

// The page SELECT of SqlBeneficiaryRepository::ListPersons on SQLite (sort by name, no filter
// but the name, as for a coordinateur of the whole département), with its parameters.
struct BareSearch {
  std::string select;
  std::string count;
  std::vector<std::string> params;
};

BareSearch BareSearchOf(const std::string& name) {
  const std::string key = SearchKey(name);
  BareSearch b;
  b.params.push_back(storage::LikePrefix(key));  // ?1
  b.params.push_back(key);                        // ?2
  b.params.push_back(key + "\xFF");              // ?3 (see storage::KeyPrefixCondition)
  std::string cond =
      "(p.search_key >= ?2 AND p.search_key < ?3 AND p.search_key LIKE ?1 ESCAPE '\\')";
  const auto words = KeyWords(key);
  if (!words.empty() && words[0].size() >= kTypoMinLength) {
    std::string in;
    for (const auto& v : NameVariants(words[0])) {
      b.params.push_back(v);
      in += (in.empty() ? "?" : ", ?") + std::to_string(b.params.size());
    }
    std::string typo =
        "p.id IN (SELECT person_id FROM person_name_variants WHERE variant IN (" + in + "))";
    for (std::size_t i = 1; i < words.size(); ++i) {
      b.params.push_back(storage::LikeContains(" " + words[i]));
      typo += " AND (' ' || p.search_key) LIKE ?" + std::to_string(b.params.size()) +
              " ESCAPE '\\'";
    }
    cond = "(" + cond + " OR (" + typo + "))";
  }
  const std::string filter_from =
      " FROM persons p LEFT JOIN person_parcours pp ON pp.person_id = p.id WHERE " + cond;
  b.select =
      "WITH page AS (SELECT p.id, CASE WHEN p.search_key LIKE ?1 ESCAPE '\\' THEN 0 ELSE 1 END"
      " AS exact_rank" + filter_from +
      " ORDER BY exact_rank, p.search_key, p.id LIMIT 25 OFFSET 0) "
      "SELECT p.id, p.civility, p.first_name, p.last_name, p.birth_date, p.commune_code, c.name, "
      "pp.dd_since, pp.parcours, pp.oriented_on, pp.structure_id, s.name, pp.referent_agent_id, "
      "a.first_name, a.last_name, pp.contract_starts_on, pp.contract_ends_on, pp.exited_on, "
      "page.exact_rank AS exact_rank FROM page JOIN persons p ON p.id = page.id"
      " LEFT JOIN person_parcours pp ON pp.person_id = p.id"
      " LEFT JOIN communes c ON c.insee_code = p.commune_code"
      " LEFT JOIN structures s ON s.id = pp.structure_id"
      " LEFT JOIN agents a ON a.id = pp.referent_agent_id"
      " ORDER BY exact_rank, p.search_key, p.id";
  b.count = "SELECT COUNT(*)" + filter_from;
  return b;
}

void RequireWholeDepartement(const app::Actor& actor) {
  const auto v = app::VisibilityOf(actor);
  if (v.none || v.only_prescribed || v.territory_id || v.structure_id) {
    throw std::runtime_error("bench: the actor must see the whole département");
  }
}

}  // namespace

void BenchSearch(BenchContext& ctx) {
  RequireWholeDepartement(ctx.actor);
  // A full name (last + first) of a person in D&D, taken from the database.
  auto full = ctx.bare.Rows(
      "SELECT p.last_name || ' ' || p.first_name FROM person_parcours pp "
      "JOIN persons p ON p.id = pp.person_id ORDER BY pp.person_id LIMIT 1 OFFSET 5000");
  std::vector<std::pair<std::string, std::string>> queries{
      {"mar", "préfixe 3"},  {"bern", "préfixe 4"},  {"lefèv", "préfixe 5"},
      {"garcia", "nom 6"},   {"Fourniet", "1 faute"}, {"Bernrad", "1 faute"},
      {full.empty() ? "Martin Camille" : full[0][0], "nom complet"}};
  const std::vector<int> w{28, 12, 8, 10, 10, 10, 10, 9};
  std::printf("\n== Recherche par nom (GET /api/v1/beneficiaries?name=…), µs médian par appel\n");
  Row({"requête", "genre", "total", "cas d'usage", "dépôt", "SQL page", "SQL count", "ratio"}, w);
  const app::PageRequest page{1, 25};
  double bare_sum = 0;
  for (const auto& [name, kind] : queries) {
    app::BeneficiarySearch search;
    search.name = name;
    std::int64_t total = 0;
    const double use_case = MedianMicros([&] {
      auto found = app::SearchBeneficiaries(ctx.store, ctx.clock, ctx.actor, search, page);
      if (!found) throw std::runtime_error("bench: search failed: " + found.error().message);
      total = found->total;
    });
    app::PersonListQuery q;
    q.criteria.name = name;
    q.today = DateOf(ctx.clock.Now());
    q.visibility = app::VisibilityOf(ctx.actor);
    const double repo = MedianMicros([&] {
      ctx.store.Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
        uow.Beneficiaries().ListPersons(q, page);
        return true;
      });
    });
    const BareSearch b = BareSearchOf(name);
    auto select = ctx.bare.Prepare(b.select);
    auto count = ctx.bare.Prepare(b.count);
    const double bare = MedianMicros([&] { select.Run(b.params); });
    const double bare_count = MedianMicros([&] { count.Run(b.params); });
    bare_sum += bare;
    Row({name, kind, std::to_string(total), Micros(use_case), Micros(repo), Micros(bare),
         Micros(bare_count), Ratio(use_case, bare)}, w);
    Append(ctx.out_dir, "search_paths.txt", "/api/v1/beneficiaries?name=" + PercentEncode(name));
  }
  Append(ctx.out_dir, "summary.txt",
         "search_bare_us " + std::to_string(bare_sum / static_cast<double>(queries.size())));
  std::printf("ratio = cas d'usage / SQL page. Le cas d'usage = COUNT + page + audit "
              "(transaction d'écriture).\n");
}

void BenchFiche(BenchContext& ctx) {
  RequireWholeDepartement(ctx.actor);
  std::vector<std::int64_t> ids;
  for (const auto& r : ctx.bare.Rows("SELECT person_id FROM person_parcours ORDER BY person_id")) {
    ids.push_back(std::stoll(r[0]));
  }
  if (ids.empty()) throw std::runtime_error("bench: no person in the database");
  std::vector<std::int64_t> sample;
  constexpr std::size_t kSample = 100;
  for (std::size_t i = 0; i < kSample; ++i) sample.push_back(ids[i * ids.size() / kSample]);
  const double n = static_cast<double>(sample.size());

  const double use_case = MedianMicros([&] {
    for (auto id : sample) {
      auto file = app::GetBeneficiary(ctx.store, ctx.clock, ctx.actor, id);
      if (!file) throw std::runtime_error("bench: fiche failed: " + file.error().message);
    }
  }, 5, 500) / n;
  const double repo = MedianMicros([&] {
    ctx.store.Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      for (auto id : sample) {
        auto& b = uow.Beneficiaries();
        auto person = b.FindPerson(id);
        if (person && person->household_id) b.FindHousehold(*person->household_id);
        uow.ParcoursStates().Find(id);
        b.SummaryOf(id);
        b.RightsHistoryOf(id);
      }
      return true;
    });
  }, 5, 500) / n;
  auto stmt = ctx.bare.Prepare(
      "SELECT p.*, pp.* FROM persons p LEFT JOIN person_parcours pp ON pp.person_id = p.id "
      "WHERE p.id = ?1");
  const double bare = MedianMicros([&] {
    for (auto id : sample) stmt.Run({std::to_string(id)});
  }, 5, 500) / n;
  std::printf("\n== Fiche bénéficiaire (GET /beneficiaires/{id}), %zu personnes, µs par fiche\n",
              sample.size());
  const std::vector<int> w{28, 12, 12, 12, 9};
  Row({"mesure", "cas d'usage", "dépôt", "SQL p+pp", "ratio"}, w);
  Row({"GetBeneficiary", Micros(use_case), Micros(repo), Micros(bare), Ratio(use_case, bare)}, w);
  std::printf("dépôt = personne, ménage, projection, synthèse (4 requêtes), droits ; "
              "SQL p+pp = persons ⟕ person_parcours par id.\n");
  for (auto id : sample) Append(ctx.out_dir, "fiche_paths.txt", "/beneficiaires/" + std::to_string(id));
  Append(ctx.out_dir, "summary.txt", "fiche_bare_us " + std::to_string(bare));
}

}  // namespace pacte::bench
