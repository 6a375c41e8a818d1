// Catalogue search: SearchActions vs its repository call vs the bare SQL (the count and the
// ranked page SELECT of storage/repositories/action_search_sql.hpp, same text, same
// parameters), over 300 published actions, then over 10,000 (as after a data·inclusion
// import). The synthetic actions are inserted here with bulk SQL (one INSERT … SELECT over a
// recursive CTE per table), spread over the structures, communes, objectives and barriers.

#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/catalogue_search/search_actions.hpp"
#include "app/ports/action_search_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "bench_sections.hpp"
#include "storage/repositories/action_search_sql.hpp"
#include "storage/sql_unit_of_work.hpp"

namespace pacte::bench {
namespace {

// Six kinds of actions (i % 6): name, words of the description, objective, thematique,
// barrier. Texts are written twice: as shown, and as their search key.
const char* const kInsertActions = R"SQL(
WITH RECURSIVE n(i) AS (SELECT $1 UNION ALL SELECT i + 1 FROM n WHERE i < $2),
s(rn, id) AS (SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM structures),
c(rn, code) AS (SELECT ROW_NUMBER() OVER (ORDER BY insee_code) - 1, insee_code FROM communes),
k(i, name, key, objective) AS (SELECT i,
  CASE i % 6 WHEN 0 THEN 'Atelier mobilité et permis' WHEN 1 THEN 'Accompagnement vers le logement'
    WHEN 2 THEN 'Atelier numérique' WHEN 3 THEN 'Parcours vers l''emploi'
    WHEN 4 THEN 'Français langue étrangère' ELSE 'Soutien aux familles' END,
  CASE i % 6 WHEN 0 THEN 'atelier mobilite et permis' WHEN 1 THEN 'accompagnement vers le logement'
    WHEN 2 THEN 'atelier numerique' WHEN 3 THEN 'parcours vers l emploi'
    WHEN 4 THEN 'francais langue etrangere' ELSE 'soutien aux familles' END,
  CASE i % 6 WHEN 0 THEN 'lever_freins_sociaux' WHEN 1 THEN 'lever_freins_sociaux'
    WHEN 2 THEN 'se_remobiliser' WHEN 3 THEN 'acceder_emploi'
    WHEN 4 THEN 'acceder_qualification' ELSE 'lever_freins_sociaux' END FROM n)
INSERT INTO actions (di_id, di_source, structure_id, status, name, description, search_text,
  objective, action_type, service_type, frais, adresse, commune_code, telephone, courriel,
  weekly_hours, date_maj, published_at, created_at, updated_at)
SELECT $3 || '--' || i, $3,
  (SELECT id FROM s WHERE rn = i % (SELECT COUNT(*) FROM s)),
  'publiee', name || ' n° ' || i,
  'Action ' || i || ' : séances collectives et entretiens individuels, en lien avec le référent.',
  key || ' n ' || i || ' action ' || i || ' seances collectives et entretiens individuels en lien avec le referent',
  objective, (i % 15) + 1, 'atelier', 'gratuit', '1 place de la Mairie',
  (SELECT code FROM c WHERE rn = i % (SELECT COUNT(*) FROM c)),
  '01 47 00 00 00', 'contact@exemple.fr', 4 + (i % 6) * 4, '2026-01-15', $4, $4, $4 FROM k
)SQL";

const char* const kInsertCodes[] = {
    "INSERT INTO action_codes (action_id, list, code) SELECT id, 'thematique', CASE id % 6 "
    "WHEN 0 THEN 'mobilite--preparer-un-permis' WHEN 1 THEN "
    "'logement-hebergement--louer-un-logement' WHEN 2 THEN "
    "'numerique--acceder-a-des-services-en-ligne' WHEN 3 THEN "
    "'se-former--monter-son-dossier-de-formation' WHEN 4 THEN "
    "'lecture-ecriture-calcul--maitriser-le-francais' ELSE 'famille--garde-denfants' END "
    "FROM actions WHERE di_source = $1",
    "INSERT INTO action_codes (action_id, list, code) SELECT id, 'barrier', CASE id % 6 "
    "WHEN 0 THEN 'mobilite' WHEN 1 THEN 'logement' WHEN 2 THEN 'numerique' WHEN 3 THEN "
    "'emploi' WHEN 4 THEN 'maitrise_langue' ELSE 'contraintes_familiales' END "
    "FROM actions WHERE di_source = $1",
    "INSERT INTO action_codes (action_id, list, code) SELECT id, 'public', CASE WHEN id % 5 = 0 "
    "THEN 'tous-publics' ELSE 'beneficiaires-des-minimas-sociaux' END FROM actions "
    "WHERE di_source = $1",
    "INSERT INTO action_codes (action_id, list, code) SELECT id, 'mode_accueil', CASE WHEN "
    "id % 4 = 0 THEN 'a-distance' ELSE 'en-presentiel' END FROM actions WHERE di_source = $1",
    "INSERT INTO action_codes (action_id, list, code) SELECT id, 'mode_mobilisation', "
    "'telephoner' FROM actions WHERE di_source = $1",
    "INSERT INTO action_codes (action_id, list, code) SELECT id, 'zone_commune', commune_code "
    "FROM actions WHERE di_source = $1 AND id % 3 = 0",
    "INSERT INTO action_sessions (action_id, starts_on, ends_on, weekly_hours, weeks, places, "
    "created_at, updated_at) SELECT id, date($2, '+' || (id % 120) || ' days'), "
    "date($2, '+' || (id % 120 + 84) || ' days'), weekly_hours, 12, 8 + id % 5, $3, $3 "
    "FROM actions WHERE di_source = $1 AND id % 2 = 0",
};

std::int64_t CountPublished(BenchContext& ctx) {
  return std::stoll(
      ctx.bare.Rows("SELECT COUNT(*) FROM actions WHERE status = 'publiee'").at(0).at(0));
}

// Inserts `count` published actions of source `source` with their codes and sessions.
void Insert(BenchContext& ctx, const std::string& source, std::int64_t count) {
  if (count <= 0) return;
  const std::string now = FormatIsoTimestamp(ctx.clock.Now());
  const std::string today = FormatIsoDate(ctx.clock.Today());
  ctx.store.Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
    auto& conn = dynamic_cast<storage::SqlUnitOfWork&>(uow).connection();
    conn.Execute(kInsertActions, {std::int64_t{1}, count, source, now});
    for (const char* sql : kInsertCodes) {
      if (std::string(sql).find("$3") != std::string::npos) {
        conn.Execute(sql, {source, today, now});
      } else {
        conn.Execute(sql, {source});
      }
    }
    return true;
  });
}

struct NamedQuery {
  const char* label;
  app::ActionSearchCriteria criteria;
};

std::vector<NamedQuery> Queries() {
  return {{"sans critère", {}},
          {"mots « atelier permis »", {.q = "atelier permis"}},
          {"2 freins + commune", {.barriers = {"mobilite", "logement"}, .commune = "92050"}},
          {"commune à 5 km", {.commune = "92050", .radius_km = "5"}},
          {"places libres", {.has_places = "true"}},
          {"objectif + public + mode",
           {.objective = "lever_freins_sociaux", .public_code = "beneficiaires-des-minimas-sociaux",
            .mode = "en-presentiel"}}};
}

void Measure(BenchContext& ctx, const char* title) {
  std::printf("\n== Recherche dans le catalogue : %s (%lld actions publiées), page de 25\n",
              title, static_cast<long long>(CountPublished(ctx)));
  std::printf("%-28s %9s %12s %12s %12s %9s\n", "requête", "trouvées", "cas d'usage", "dépôt",
              "SQL brut", "ratio");
  const app::PageRequest page{1, 25};
  const storage::Dialect dialect(storage::Dialect::Kind::kSqlite);
  double sum_use = 0, sum_bare = 0;
  for (const auto& q : Queries()) {
    std::int64_t total = 0;
    const double use_case = MedianMicros([&] {
      auto r = app::SearchActions(ctx.store, ctx.clock, ctx.actor, q.criteria, page, false);
      if (!r) throw std::runtime_error("bench: search failed: " + r.error().message);
      total = r->page.total;
    });
    auto query = app::ReadActionSearch(q.criteria, ctx.clock.Today());
    if (!query) throw std::runtime_error("bench: " + query.error().message);
    ctx.store.Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      if (!q.criteria.commune.empty()) query->commune = uow.ActionSearch().FindCommune(q.criteria.commune);
      return true;
    });
    const double repo = MedianMicros([&] {
      ctx.store.Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
        uow.ActionSearch().Search(*query, page);
        return true;
      });
    });
    auto count = storage::ActionSearchCountSql(dialect, *query);
    auto ranked = storage::ActionSearchPageSql(dialect, *query, page);
    auto count_stmt = ctx.bare.Prepare(count.sql);
    auto page_stmt = ctx.bare.Prepare(ranked.sql);
    const double bare = MedianMicros([&] {
      count_stmt.RunTyped(count.params);
      page_stmt.RunTyped(ranked.params);
    });
    sum_use += use_case;
    sum_bare += bare;
    std::printf("%-28s %9lld %12s %12s %12s %9s\n", q.label, static_cast<long long>(total),
                Micros(use_case).c_str(), Micros(repo).c_str(), Micros(bare).c_str(),
                Ratio(use_case, bare).c_str());
  }
  std::printf("%-28s %9s %12s %12s %12s %9s\n", "ensemble", "", Micros(sum_use).c_str(), "",
              Micros(sum_bare).c_str(), Ratio(sum_use, sum_bare).c_str());
}

}  // namespace

void BenchCatalogue(BenchContext& ctx) {
  Insert(ctx, "bench-catalogue", 300 - CountPublished(ctx));
  Measure(ctx, "300 actions");
  Insert(ctx, "bench-import", 10000 - CountPublished(ctx));
  Measure(ctx, "10 000 services importés");
}

}  // namespace pacte::bench
