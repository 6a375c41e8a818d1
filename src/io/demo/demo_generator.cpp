#include "io/demo/demo_generator.hpp"

#include <cmath>
#include <map>
#include <ostream>
#include <set>
#include <stdexcept>

#include "app/accounts/manage_agents.hpp"
#include "app/accounts/provision_totp.hpp"
#include "app/accounts/totp.hpp"
#include "app/organisations/institutions.hpp"
#include "app/organisations/structures.hpp"
#include "app/territory/import_territory.hpp"
#include "app/territory/territory_queries.hpp"
#include "domain/common/text.hpp"
#include "app/parcours/parcours_state.hpp"
#include "app/ports/population_repository.hpp"
#include "app/ports/offer_population_repository.hpp"
#include "io/demo/demo_catalog.hpp"
#include "io/demo/demo_offer.hpp"
#include "io/demo/demo_pact.hpp"
#include "io/demo/demo_population.hpp"
#include "io/demo/demo_random.hpp"
#include "io/territory/geojson_territory.hpp"
#include "io/territory/postal_codes_csv.hpp"

namespace pacte::io {
namespace {

// A demo run failed: the French message is printed and the exit code is 1.
struct DemoFailure {
  std::string message;
};

template <class T>
T Check(Result<T> r, const std::string& what) {
  if (!r) throw DemoFailure{what + " : " + r.error().message};
  return std::move(*r);
}

void Check(Status s, const std::string& what) {
  if (!s) throw DemoFailure{what + " : " + s.error().message};
}

struct DemoLogin {
  Role role;
  std::string email;
  std::string first_name;
  std::string last_name;
};

const std::vector<DemoLogin>& DemoLogins() {
  static const std::vector<DemoLogin> logins{
      {Role::kAdmin, "admin@pacte-demo.fr", "Alice", "Administratrice"},
      {Role::kCoordinateur, "coordination@pacte-demo.fr", "Claire", "Coordinatrice"},
      {Role::kChargeOrientation, "orientation@pacte-demo.fr", "Olivier", "Orientation"},
      {Role::kReferent, "referent@pacte-demo.fr", "Rachid", "Référent"},
      {Role::kOperateur, "operateur@pacte-demo.fr", "Odile", "Opératrice"},
      {Role::kSignataire, "signataire@pacte-demo.fr", "Serge", "Signataire"},
      {Role::kLecteurStats, "statistiques@pacte-demo.fr", "Sophie", "Statistiques"},
  };
  return logins;
}

// The administrator's TOTP key, derived from the seed alone so that a run skipped by
// --if-absent can print it again.
std::string AdminTotpSecret(unsigned long long seed) {
  DemoRandom r(seed ^ 0x7074706163746531ULL);
  std::string secret;
  for (std::size_t i = 0; i < app::kTotpSecretBytes; ++i) {
    secret.push_back(static_cast<char>(r.Next() & 0xFF));
  }
  return secret;
}

class DemoBuilder {
 public:
  DemoBuilder(app::Store& store, const app::Clock& clock, const app::Settings& settings,
              const DemoParameters& p)
      : store_(store), clock_(clock), settings_(settings), p_(p), random_(p.seed) {}

  void ImportTerritory() {
    auto import = Check(ParseTerritoryGeoJson(p_.geojson, "communes-92.geojson"),
                        "lecture des communes");
    auto codes = Check(ParsePostalCodesCsv(p_.postal_codes_csv), "lecture des codes postaux");
    AttachPostalCodes(import, codes);
    communes_ = import.communes;
    Check(app::ImportTerritory(store_, clock_, system_, import), "import du territoire");
    auto territories = Check(app::ListTerritories(store_, system_, std::nullopt), "territoires");
    for (const auto& t : territories) {
      territory_ids_.push_back(t.territory.id);
      territory_by_code_[t.territory.code] = t.territory.id;
    }
  }

  void CreateOrganisations() {
    std::uint64_t n = 0;
    for (const auto& inst : DemoInstitutions()) {
      InstitutionDraft draft{inst.name, inst.kind, DemoSiret(p_.seed * 1000 + n++),
                             inst.signatory};
      auto created = Check(app::CreateInstitution(store_, clock_, system_, draft), inst.name);
      institutions_[inst.name] = created.id;
      if (inst.signatory) signatory_institutions_.push_back(created.id);
      for (const auto& s : inst.structures) CreateStructure(created.id, s);
    }
  }

  // Returns the demo logins with their structure.
  void CreateAgents() {
    for (const auto& login : DemoLogins()) CreateLogin(login);
    CreateStaff(Role::kAdmin, 2, {direction_id_});
    CreateStaff(Role::kCoordinateur, 4, {direction_id_});
    for (std::int64_t territory : territory_ids_) {
      CreateStaff(Role::kChargeOrientation, 4, {direction_id_}, territory);
    }
    CreateReferents();
    for (std::size_t i = 0; i < operators_.size(); ++i) {
      auto staff =
          CreateStaff(Role::kOperateur, static_cast<int>(random_.Between(1, 2)), {operators_[i]});
      auto& agents = offer_operators_[i].agents;
      agents.insert(agents.end(), staff.begin(), staff.end());
    }
    for (std::size_t i = 0; i + 1 < signatory_institutions_.size(); ++i) {
      auto staff = CreateStaff(Role::kSignataire, 1, {});
      signataire_agents_.insert(signataire_agents_.end(), staff.begin(), staff.end());
    }
    CreateStaff(Role::kLecteurStats, 4, {});
  }

  // The beneficiaries of the tier, loaded in bulk, then their person_parcours rows.
  void CreatePopulation() {
    PopulationInput in;
    in.seed = p_.seed;
    in.tier = tier_;
    in.today = DateOf(clock_.Now());
    for (const auto& c : communes_) in.communes.emplace_back(c.insee_code, c.population.value_or(1));
    in.bodies = bodies_;
    population_ = GeneratePopulation(in);
    const app::PopulationBatch& batch = population_;
    const Timestamp now = clock_.Now();
    std::vector<std::int64_t>& ids = person_ids_;
    store_.Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
      ids = uow.Population().Load(batch, now);
      return true;
    });
    constexpr std::size_t kChunk = 2000;
    for (std::size_t start = 0; start < ids.size(); start += kChunk) {
      store_.Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
        for (std::size_t i = start; i < std::min(ids.size(), start + kChunk); ++i) {
          app::RefreshParcoursState(uow, ids[i], now);
        }
        return true;
      });
    }
    persons_created = static_cast<int>(ids.size());
  }

  // The insertion offer (programmes, actions, sessions) and the prescriptions of the
  // population created before, in one transaction.
  void CreateOffer() {
    OfferInput in;
    in.seed = p_.seed;
    in.actions = tier_.actions;
    in.sessions_per_year = tier_.sessions_per_year;
    in.now = clock_.Now();
    in.di_source = settings_.di_source;
    in.expiry_days = settings_.prescription_expiry_days;
    in.reminder_days = settings_.prescription_reminder_days;
    in.operators = offer_operators_;
    for (const auto& c : communes_) {
      OfferCommune commune{c.insee_code, c.name, std::nullopt, std::nullopt, c.lat, c.lon};
      if (c.postal_codes && !c.postal_codes->empty()) commune.postal_code = c.postal_codes->front();
      if (c.territory_code) {
        if (auto it = territory_by_code_.find(*c.territory_code); it != territory_by_code_.end()) {
          commune.territory_id = it->second;
        }
      }
      in.communes.push_back(std::move(commune));
    }
    in.institutions = institutions_;
    in.population = &population_;
    in.person_ids = person_ids_;
    const app::OfferBatch batch = GenerateOffer(in);
    store_.Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
      uow.OfferPopulation().Load(batch, in.now);
      return true;
    });
    actions_created = static_cast<int>(batch.actions.size());
    prescriptions_created = static_cast<int>(batch.prescriptions.size());
    population_ = {};
  }

  std::string admin_totp_base32;
  int agents_created = 0;
  int structures_created = 0;
  int persons_created = 0;
  int actions_created = 0;
  int prescriptions_created = 0;
  PopulationTier tier_;

 private:
  // Référents in proportion to the persons the organismes référents follow with a named
  // référent, at least one per body (rounded up); the demo référent login counts in the first
  // body.
  void CreateReferents() {
    int per_class[3] = {0, 0, 0};
    for (const auto& [id, category] : referent_bodies_) ++per_class[ClassIndex(category)];
    // France Travail follows 40 % of the oriented persons but names a référent in pacte for
    // fewer of them (see demo_population.cpp): its share of référents is smaller.
    const double shares[3] = {0.32, 0.32, 0.36};
    for (const auto& [id, category] : referent_bodies_) {
      const int cls = ClassIndex(category);
      const int count = std::max(
          1, static_cast<int>(std::ceil(tier_.referents * shares[cls] / std::max(1, per_class[cls]))));
      ReferentBody body{id, category, {}};
      if (id == referent_bodies_.front().first && demo_referent_id_ != 0) {
        body.referents.push_back(demo_referent_id_);
      }
      auto created = CreateStaff(Role::kReferent, count - static_cast<int>(body.referents.size()),
                                 {id});
      body.referents.insert(body.referents.end(), created.begin(), created.end());
      bodies_.push_back(std::move(body));
    }
  }

  static int ClassIndex(const std::string& category) {
    if (category == "france_travail") return 0;
    if (category == "departement") return 1;
    return 2;
  }

  void CreateStructure(std::int64_t institution_id, const DemoStructure& s) {
    static const std::vector<std::string> streets{
        "rue de la République", "avenue Jean-Jaurès", "boulevard Gambetta", "rue Victor-Hugo",
        "avenue du Général-de-Gaulle", "rue Pasteur", "place de la Mairie", "rue Jules-Ferry"};
    StructureDraft draft;
    draft.institution_id = institution_id;
    draft.name = s.name;
    draft.address = std::to_string(random_.Between(1, 180)) + " " + random_.Pick(streets);
    draft.commune_code = s.commune_code;
    draft.phone = "01 4" + std::to_string(random_.Between(0, 9)) + " " +
                  std::to_string(random_.Between(10, 99)) + " " +
                  std::to_string(random_.Between(10, 99)) + " " +
                  std::to_string(random_.Between(10, 99));
    draft.email = "contact." + std::to_string(structures_created + 1) + "@pacte-demo.fr";
    draft.is_referent_body = s.referent_body;
    draft.is_action_operator = s.action_operator;
    draft.drees_category = s.drees_category;
    auto created = Check(app::CreateStructure(store_, clock_, system_, draft), s.name);
    ++structures_created;
    if (direction_id_ == 0) direction_id_ = created.id;  // the département's direction comes first
    if (s.referent_body && created.id != direction_id_) {
      referent_bodies_.emplace_back(created.id, s.drees_category);
    }
    if (s.action_operator) {
      operators_.push_back(created.id);
      offer_operators_.push_back({created.id, s.name, s.commune_code, s.domains, {}});
    }
  }

  std::optional<std::int64_t> StructureFor(Role role) const {
    switch (role) {
      case Role::kReferent: return referent_bodies_.front().first;
      case Role::kOperateur: return operators_.front();
      case Role::kSignataire:
      case Role::kLecteurStats: return std::nullopt;
      default: return direction_id_;
    }
  }

  void CreateLogin(const DemoLogin& login) {
    app::NewAgentInput in;
    in.email = login.email;
    in.first_name = login.first_name;
    in.last_name = login.last_name;
    in.roles = {std::string(RoleCode(login.role))};
    in.structure_id = StructureFor(login.role);
    in.password = kDemoPassword;
    auto agent = Check(app::CreateAgent(store_, clock_, settings_, system_, in), login.email);
    ++agents_created;
    if (login.role == Role::kReferent) demo_referent_id_ = agent.id;
    if (login.role == Role::kSignataire) {
      signataire_agents_.insert(signataire_agents_.begin(), agent.id);
    }
    if (login.role == Role::kOperateur) offer_operators_.front().agents.push_back(agent.id);
    if (login.role == Role::kAdmin) {
      std::string secret = AdminTotpSecret(p_.seed);
      Check(app::ProvisionTotp(store_, clock_, settings_, system_, agent.id, secret),
            "second facteur de l'administrateur");
      admin_totp_base32 = app::TotpBase32(secret);
    }
  }

  std::vector<std::int64_t> CreateStaff(Role role, int count,
                                        std::optional<std::int64_t> structure,
                                        std::optional<std::int64_t> territory = std::nullopt) {
    std::vector<std::int64_t> ids;
    for (int i = 0; i < count; ++i) {
      app::NewAgentInput in;
      in.first_name = random_.Pick(DemoFirstNames());
      in.last_name = random_.Pick(DemoLastNames());
      std::string local = SearchKey(in.first_name + "." + in.last_name);
      for (auto& c : local) c = c == ' ' ? '.' : c;
      in.email = local + "." + std::to_string(++staff_serial_) + "@pacte-demo.fr";
      in.roles = {std::string(RoleCode(role))};
      in.structure_id = structure;
      in.territory_id = territory;
      ids.push_back(Check(app::CreateAgent(store_, clock_, settings_, system_, in), in.email).id);
      ++agents_created;
    }
    return ids;
  }

  app::Store& store_;
  const app::Clock& clock_;
  const app::Settings& settings_;
  const DemoParameters& p_;
  DemoRandom random_;
  app::Actor system_ = app::Actor::System("demo");
  std::vector<std::int64_t> territory_ids_;
  std::vector<std::int64_t> signatory_institutions_;
  std::vector<std::pair<std::int64_t, std::string>> referent_bodies_;  // id, DREES category
  std::vector<ReferentBody> bodies_;
  std::vector<app::CommuneInput> communes_;
  std::int64_t demo_referent_id_ = 0;
  std::vector<std::int64_t> operators_;
  std::vector<OfferOperator> offer_operators_;  // parallel to operators_
  std::map<std::string, std::int64_t> institutions_;
  std::map<std::string, std::int64_t> territory_by_code_;
  app::PopulationBatch population_;
  std::vector<std::int64_t> person_ids_;
  std::int64_t direction_id_ = 0;
  int staff_serial_ = 0;
  std::vector<std::int64_t> signataire_agents_;  // the signataire login first

 public:
  // The pact 2016-2020 (demo_pact.hpp): after the offer, so commitments link actions.
  void CreatePact() {
    DemoPactInput in;
    in.seed = p_.seed;
    in.institutions = institutions_;
    in.signataire_agents = signataire_agents_;
    try {
      pact_counts = CreateDemoPact(store_, clock_, in);
    } catch (const std::runtime_error& e) {
      throw DemoFailure{e.what()};
    }
  }
  DemoPactCounts pact_counts;
};

bool HasAgents(app::Store& store, const app::Clock& clock) {
  auto page = app::ListAgents(store, clock, app::Actor::System("demo"), app::AgentFilter{},
                              app::PageRequest{1, 1});
  return page && page->total > 0;
}

void PrintLogins(std::ostream& out, const std::string& totp) {
  out << "Comptes de démonstration (mot de passe commun : " << kDemoPassword << ") :\n";
  for (const auto& login : DemoLogins()) {
    out << "  - " << RoleCode(login.role) << " : " << login.email
        << " / mot de passe : " << kDemoPassword;
    if (login.role == Role::kAdmin && !totp.empty()) out << " / TOTP : " << totp;
    out << "\n";
  }
  if (!totp.empty()) {
    out << "Le compte admin exige un code à usage unique : ajoutez la clé TOTP ci-dessus dans "
           "une application d'authentification.\n";
  }
}


}  // namespace

int RunDemo(app::Store& store, const app::Clock& clock, const app::Settings& settings,
            const DemoParameters& p, std::ostream& out) {
  if (p.if_absent && HasAgents(store, clock)) {
    out << "La base contient déjà des données : démonstration non recréée.\n";
    PrintLogins(out, app::TotpBase32(AdminTotpSecret(p.seed)));
    return 0;
  }
  const auto tier = TierOf(p.size);
  if (!tier) {
    out << "erreur : taille de démonstration inconnue « " << p.size << " » (S, M ou L).\n";
    return 1;
  }
  DemoBuilder builder(store, clock, settings, p);
  builder.tier_ = *tier;
  try {
    builder.ImportTerritory();
    builder.CreateOrganisations();
    builder.CreateAgents();
    builder.CreatePopulation();
    builder.CreateOffer();
    builder.CreatePact();
  } catch (const DemoFailure& failure) {
    out << "erreur : démonstration interrompue — " << failure.message << "\n";
    return 1;
  }
  out << "Département de démonstration créé (graine " << p.seed << ") : "
      << DemoInstitutions().size() << " institutions, " << builder.structures_created
      << " structures, " << builder.agents_created << " agents, "
      << builder.persons_created << " bénéficiaires (taille " << p.size << "), "
      << builder.actions_created << " actions d'insertion, " << builder.prescriptions_created
      << " prescriptions, un pacte de " << builder.pact_counts.objectives << " objectifs et "
      << builder.pact_counts.indicators << " indicateurs.\n";
  PrintLogins(out, builder.admin_totp_base32);
  return 0;
}

}  // namespace pacte::io
