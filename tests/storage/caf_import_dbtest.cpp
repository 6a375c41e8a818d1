// RunCafImport on the sample files of data/caf-flux and on written fluxes, on SQLite and
// PostgreSQL: counts, rights history, matching, refusals, re-imports and bad input.

#include "storage/caf_import_fixture.hpp"

namespace pacte::testing {
namespace {

const char* kAnne = "2800192050123";   // woman, 1980-01
const char* kPaul = "1750575056001";   // man, 1975-05
const char* kLea = "2900692050045";    // woman, 1990-06
const char* kMarc = "1850392050007";   // man, 1985-03

TEST_F(CafImportDb, TheClosedAndSuspendedSampleImportsWithItsDuplicateRefused) {
  const auto run = Run(CafSample("RSABEM.xml"));
  EXPECT_EQ(run.status, "terminee");
  EXPECT_EQ(run.organism, "CAF 521");
  EXPECT_EQ(run.reference_date, ParseIsoDate("2022-02-28"));
  EXPECT_EQ(run.units_done, 2);
  EXPECT_EQ(run.progress_done, run.file_bytes);
  EXPECT_EQ(run.counts, (nlohmann::json{{"households_created", 1}, {"households_updated", 0},
                                        {"households_unchanged", 0}, {"households_closed", 0},
                                        {"households_rejected", 1}, {"persons_created", 2},
                                        {"persons_updated", 0}, {"persons_unchanged", 0},
                                        {"persons_rejected", 1}, {"warnings", 1}}));
  // Both InfosFoyerRSA carry NUMDEMRSA 01024041052: the second is refused, and the trailer's
  // count (1) disagrees with the file (2).
  const auto lines = Lines(run.id);
  ASSERT_EQ(lines.size(), 2U);
  EXPECT_EQ(lines[0].outcome, "avertissement");
  EXPECT_EQ(lines[0].code, "caf.declared_count");
  EXPECT_EQ(lines[1].outcome, "rejete");
  EXPECT_EQ(lines[1].code, "caf.household_twice");
  EXPECT_EQ(lines[1].reference, "01024041052");
  EXPECT_GT(lines[1].line, 100);
  EXPECT_EQ(lines[1].message,
            "Foyer refusé : le dossier NUMDEMRSA 01024041052 figure déjà plus haut dans le "
            "fichier.");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM households"), 1);
  EXPECT_EQ(Text("SELECT caf_matricule FROM households"), "2055990");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM persons WHERE role = 'CJT' AND caf_number = '2055990'"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM rights_history WHERE etatdosrsa = '5' AND "
                  "closure_reason = 'PCG' AND closure_date = '2021-11-30' AND "
                  "valid_from = '2022-02-28' AND valid_to IS NULL AND source = $1",
                  {"caf_import:" + std::to_string(run.id)}),
            2);
  auto sophie = PersonByNir("2820251108030");
  ASSERT_TRUE(sophie);
  EXPECT_EQ(sophie->person.last_name, "TIFOUR");
  EXPECT_EQ(sophie->person.first_name, "Sophie");
  EXPECT_EQ(sophie->person.civility, Civility::kMadame);
  EXPECT_EQ(Text("SELECT dd_flag FROM rights_history WHERE person_id = $1", {sophie->id}), "1");
  EXPECT_EQ(DdSinceOf(sophie->id), std::nullopt);  // closed: not in D&D
  EXPECT_EQ(Count("SELECT COUNT(*) FROM person_parcours"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_events WHERE action = 'caf_import.run'"), 1);
}

TEST_F(CafImportDb, TheOpenSampleCreatesAPersonEnteringRightsAndDuties) {
  const auto run = Run(CafSample("RSABEM-ouvert.xml"));
  EXPECT_EQ(run.status, "terminee");
  EXPECT_EQ(run.counts["households_created"], 1);
  EXPECT_EQ(run.counts["persons_created"], 1);
  EXPECT_EQ(run.counts["warnings"], 0);
  EXPECT_TRUE(Lines(run.id).empty());
  auto eta = PersonByNir("2730799404078");
  ASSERT_TRUE(eta);
  EXPECT_EQ(eta->person.nir->Value().size(), 15U);
  EXPECT_EQ(eta->person.caf_number, "2089564");
  EXPECT_EQ(eta->person.role, HouseholdRole::kCjt);
  EXPECT_EQ(eta->person.birth_date, ParseIsoDate("1973-07-21"));
  // The orientation deadline starts at the file's date.
  EXPECT_EQ(DdSinceOf(eta->id), ParseIsoDate("2022-02-28"));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM rights_history WHERE person_id = $1 AND etatdosrsa = '2' "
                  "AND dd_flag = '1'",
                  {eta->id}),
            1);
  // One followed adult and no child in the household: the family situation of the statistics.
  EXPECT_EQ(Text("SELECT family_situation FROM rights_history WHERE person_id = $1", {eta->id}),
            "seul_sans_enfant");
}

TEST_F(CafImportDb, TheSameFileTwiceChangesNothingAndForcingReadsItUnchanged) {
  const auto first = Run(CafSample("RSABEM.xml"));
  ASSERT_EQ(first.status, "terminee");
  const auto again = Run(CafSample("RSABEM.xml"));
  EXPECT_EQ(again.status, "terminee");
  EXPECT_EQ(again.counts["households_created"], 0);
  EXPECT_EQ(again.units_done, 0);
  const auto lines = Lines(again.id);
  ASSERT_EQ(lines.size(), 1U);
  EXPECT_EQ(lines[0].code, "caf.already_applied");
  EXPECT_NE(lines[0].message.find("l'import n°" + std::to_string(first.id)), std::string::npos);
  const auto forced = Run(CafSample("RSABEM.xml"), {{"force", true}});
  EXPECT_EQ(forced.status, "terminee");
  EXPECT_EQ(forced.counts["households_unchanged"], 1);
  EXPECT_EQ(forced.counts["households_rejected"], 1);
  EXPECT_EQ(forced.counts["persons_unchanged"], 2);
  EXPECT_EQ(forced.counts["persons_updated"], 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM rights_history"), 2);
  EXPECT_EQ(Count("SELECT MAX(version) FROM persons"), 1);
}

TEST_F(CafImportDb, AKnownNumdemrsaUnderAnotherMatriculeIsRefused) {
  ASSERT_EQ(Run(CafSample("RSABEM.xml")).status, "terminee");
  const auto open = Run(CafSample("RSABEM-ouvert.xml"));
  EXPECT_EQ(open.status, "terminee");
  EXPECT_EQ(open.counts["households_rejected"], 1);
  const auto lines = Lines(open.id);
  ASSERT_EQ(lines.size(), 1U);
  EXPECT_EQ(lines[0].code, "caf.household_matricule_mismatch");
  EXPECT_FALSE(PersonByNir("2730799404078"));
}

TEST_F(CafImportDb, AnOlderFileIsRefusedUnlessForced) {
  const auto feb = WriteFlux("feb.xml", "2026-02-28", {Foyer("92000000001", "0012345",
                                                            {Adult("MARTIN", "ANNE", "1980-01-15", kAnne)})});
  ASSERT_EQ(Run(feb).status, "terminee");
  auto jan_households = std::vector{Foyer("92000000001", "0012345",
                                          {Adult("MARTIN", "ANNE", "1980-01-15", kAnne)}, "4")};
  const auto jan = WriteFlux("jan.xml", "2026-01-31", jan_households);
  const auto refused = Run(jan);
  EXPECT_EQ(refused.status, "echouee");
  ASSERT_TRUE(refused.error);
  EXPECT_NE(refused.error->find("Fichier plus ancien que le dernier appliqué pour l'organisme CAF "
                                "921"),
            std::string::npos);
  EXPECT_EQ(refused.units_done, 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM rights_history"), 1);
  // Forced, the person's history still refuses an observation before its current row.
  const auto forced = Run(jan, {{"force", true}});
  EXPECT_EQ(forced.status, "terminee");
  EXPECT_EQ(forced.counts["households_rejected"], 1);
  EXPECT_EQ(Lines(forced.id).at(0).code, "caf.observation_older");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM rights_history"), 1);
}

TEST_F(CafImportDb, ALaterFileUpdatesTheHistoryAndCountsClosures) {
  ASSERT_EQ(Run(WriteFlux("feb.xml", "2026-02-28",
                          {Foyer("92000000001", "0012345",
                                 {Adult("MARTIN", "ANNE", "1980-01-15", kAnne)}),
                           Foyer("92000000002", "0012346",
                                 {Adult("DURAND", "PAUL", "1975-05-02", kPaul)})}))
                .status,
            "terminee");
  auto closed = Foyer("92000000002", "0012346", {Adult("DURAND", "PAUL", "1975-05-02", kPaul)},
                      "5");
  closed.closure = io::FluxReason{"ECH", "2026-03-01"};
  clock.Set(*ParseIsoTimestamp("2026-04-02T09:00:00Z"));  // dd_since is computed as of today
  const auto mar = Run(WriteFlux(
      "mar.xml", "2026-03-31",
      {Foyer("92000000001", "0012345", {Adult("MARTIN", "ANNE", "1980-01-15", kAnne)}), closed}));
  EXPECT_EQ(mar.counts["households_unchanged"], 1);
  EXPECT_EQ(mar.counts["households_closed"], 1);
  EXPECT_EQ(mar.counts["persons_updated"], 1);
  EXPECT_EQ(mar.counts["persons_unchanged"], 1);
  const auto lines = Lines(mar.id);
  ASSERT_EQ(lines.size(), 1U);
  EXPECT_EQ(lines[0].outcome, "clos");
  EXPECT_EQ(lines[0].reference, "92000000002");
  const auto paul = PersonByNir(kPaul);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM rights_history WHERE person_id = $1", {paul->id}), 2);
  EXPECT_EQ(Text("SELECT valid_to FROM rights_history WHERE person_id = $1 AND etatdosrsa = '2'",
                 {paul->id}),
            "2026-03-31");
  EXPECT_EQ(DdSinceOf(paul->id), std::nullopt);
  EXPECT_EQ(DdSinceOf(PersonByNir(kAnne)->id), ParseIsoDate("2026-02-28"));
}

TEST_F(CafImportDb, MatchesAFifteenCharacterNirWithTheThirteenTheCafSends) {
  const Nir nir = *ParseNir(kAnne);
  ASSERT_EQ(nir.Value().size(), 15U);
  const auto id = app::Write(db.store(), [&](app::UnitOfWork& uow) {
    Person p;
    p.last_name = "MARTIN";
    p.first_name = "Anne";
    p.birth_date = *ParseIsoDate("1980-01-15");
    p.nir = nir;
    p.email = "anne@example.org";
    return *uow.Beneficiaries().InsertPerson(std::nullopt, p, "ID-7", clock.Now());
  });
  const auto run = Run(WriteFlux("f.xml", "2026-02-28",
                                 {Foyer("92000000001", "0012345",
                                        {Adult("MARTIN", "ANNE", "1980-01-15", kAnne)})}));
  EXPECT_EQ(run.counts["persons_created"], 0);
  EXPECT_EQ(run.counts["persons_updated"], 1);
  EXPECT_EQ(run.counts["households_created"], 1);
  auto stored = PersonByNir(kAnne);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->id, id);
  EXPECT_TRUE(stored->household_id);
  EXPECT_EQ(stored->person.email, "anne@example.org");  // what the flux does not carry stays
  EXPECT_EQ(stored->internal_id, "ID-7");
  EXPECT_EQ(stored->person.caf_number, "0012345");
  EXPECT_EQ(DdSinceOf(id), ParseIsoDate("2026-02-28"));
}

TEST_F(CafImportDb, MatchesByCafNumberBirthDateAndNameWhenTheNirIsUnknown) {
  const auto make = [&](const char* first, const char* birth) {
    return app::Write(db.store(), [&](app::UnitOfWork& uow) {
      Person p;
      p.last_name = "LÉGER";
      p.first_name = first;
      p.birth_date = *ParseIsoDate(birth);
      p.caf_number = "0012345";
      return *uow.Beneficiaries().InsertPerson(std::nullopt, p, std::nullopt, clock.Now());
    });
  };
  const auto lea = make("Léa", "1990-06-10");
  const auto other = make("Marc", "1985-03-03");  // same number, another birth date
  const auto run = Run(WriteFlux(
      "f.xml", "2026-02-28",
      {Foyer("92000000001", "0012345",
             {Adult("LEGER", "LEA", "1990-06-10", kLea),
              Adult("LEGER", "MARC", "1985-03-04", kMarc, "CJT")})},
      io::FluxEncoding::kUtf8));
  EXPECT_EQ(run.counts["persons_updated"], 1);
  EXPECT_EQ(run.counts["persons_created"], 1);
  EXPECT_EQ(PersonByNir(kLea)->id, lea);  // the NIR was added to the known person
  EXPECT_NE(PersonByNir(kMarc)->id, other);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM persons"), 3);
}

TEST_F(CafImportDb, AHouseholdWithOneBadPersonIsRefusedWholeAndTheOthersApplied) {
  const auto run = Run(WriteFlux(
      "f.xml", "2026-02-28",
      {Foyer("92000000001", "0012345", {Adult("MARTIN", "ANNE", "1980-01-15", kAnne)}),
       Foyer("92000000002", "0012346",
             {Adult("DURAND", "PAUL", "1975-05-02", kPaul),
              Adult("DURAND", "LEA", "1990-06-10", "290069205004599", "CJT")}),
       Foyer("92000000003", "0012347",
             {Adult("PETIT", "MARC", "2031-03-04", kMarc)}),
       Foyer("", "0012348", {Adult("ROUX", "LEA", "1990-06-10", kLea)})}));
  EXPECT_EQ(run.status, "terminee");
  EXPECT_EQ(run.counts["households_created"], 1);
  EXPECT_EQ(run.counts["households_rejected"], 3);
  EXPECT_EQ(run.counts["persons_rejected"], 4);
  const auto lines = Lines(run.id);
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0].code, "caf.nir_invalid");
  EXPECT_EQ(lines[0].reference, "92000000002");
  EXPECT_NE(lines[0].message.find("Foyer refusé : NIR invalide (personne n°2)"), std::string::npos);
  EXPECT_EQ(lines[1].code, "caf.birth_date_invalid");
  EXPECT_EQ(lines[2].code, "caf.numdemrsa_missing");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM households"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM persons"), 1);
  EXPECT_FALSE(PersonByNir(kPaul));  // valid, but in a refused household
}

TEST_F(CafImportDb, APersonTwiceInTheFileRefusesTheLaterHousehold) {
  const auto run = Run(WriteFlux(
      "f.xml", "2026-02-28",
      {Foyer("92000000001", "0012345", {Adult("MARTIN", "ANNE", "1980-01-15", kAnne)}),
       Foyer("92000000002", "0012346",
             {Adult("DURAND", "PAUL", "1975-05-02", kPaul),
              Adult("MARTIN", "ANNE", "1980-01-15", kAnne, "CJT")})}));
  EXPECT_EQ(run.counts["households_created"], 1);
  EXPECT_EQ(run.counts["households_rejected"], 1);
  EXPECT_EQ(Lines(run.id).at(0).code, "caf.person_twice_in_file");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM persons"), 1);
}

TEST_F(CafImportDb, UnknownCodesAreKeptRawAndReported) {
  auto h = Foyer("92000000001", "0012345", {Adult("MARTIN", "ANNE", "1980-01-15", kAnne, "DEM", "X")},
                 "9");
  const auto run = Run(WriteFlux("f.xml", "2026-02-28", {h}));
  EXPECT_EQ(run.counts["households_created"], 1);
  EXPECT_EQ(run.counts["warnings"], 2);
  const auto lines = Lines(run.id);
  ASSERT_EQ(lines.size(), 2U);
  EXPECT_EQ(lines[0].outcome, "avertissement");
  EXPECT_EQ(lines[0].message, "Code ETATDOSRSA « 9 » inconnu : conservé tel quel.");
  EXPECT_EQ(lines[1].details["field"], "TOPPERSDRODEVORSA");
  EXPECT_EQ(Text("SELECT etatdosrsa FROM rights_history"), "9");
}

// Asks for a cancellation when the third household reaches the import.
class CancellingReader final : public app::CafFluxReader {
 public:
  CancellingReader(app::CafFluxReader& inner, app::Store& store, std::int64_t& id)
      : inner_(inner), store_(store), id_(id) {}
  Result<app::CafFluxSummary> Read(
      const std::string& path, const app::CafFluxOptions& options,
      const std::function<Status(const app::CafHousehold&)>& on_household) override {
    int n = 0;
    return inner_.Read(path, options, [&](const app::CafHousehold& h) {
      if (++n == 3) {
        app::Write(store_, [&](app::UnitOfWork& uow) {
          return uow.Imports().RequestCancel(id_, Timestamp{});
        });
      }
      return on_household(h);
    });
  }

 private:
  app::CafFluxReader& inner_;
  app::Store& store_;
  std::int64_t& id_;
};

TEST_F(CafImportDb, ACancellationStopsBetweenBatchesAndKeepsWhatWasCommitted) {
  std::int64_t id = 0;
  CancellingReader cancelling(reader, db.store(), id);
  deps.caf = &cancelling;
  deps.batch = 2;
  id = Queue(Generated("g.xml", 8));
  auto run = app::RunCafImport(db.store(), clock, deps, id);
  ASSERT_TRUE(run);
  EXPECT_EQ(run->status, "annulee");
  EXPECT_EQ(run->units_done, 4);  // the batch holding the third household was completed
  EXPECT_EQ(Count("SELECT COUNT(*) FROM households"), 4);
  EXPECT_EQ(run->counts["households_created"].get<int>() +
                run->counts["households_rejected"].get<int>(),
            4);
}

TEST_F(CafImportDb, ATruncatedFileFailsAndKeepsOnlyTheCommittedBatches) {
  deps.batch = 3;
  const std::string full = Generated("full.xml", 10);
  std::ifstream in(full, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto cut = WriteText("cut.xml", text.substr(0, text.size() * 7 / 10));
  const auto run = Run(cut);
  EXPECT_EQ(run.status, "echouee");
  ASSERT_TRUE(run.error);
  EXPECT_NE(run.error->find("Ligne"), std::string::npos) << *run.error;
  EXPECT_EQ(run.units_done % 3, 0);
  EXPECT_GT(run.units_done, 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM households"), run.counts["households_created"].get<int>());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM households"), run.units_done);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM persons p WHERE NOT EXISTS (SELECT 1 FROM rights_history r "
                  "WHERE r.person_id = p.id)"),
            0);
}

TEST_F(CafImportDb, HostileOrEmptyFilesFailWithAFrenchReportAndChangeNothing) {
  const auto bomb = WriteText(
      "bomb.xml",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE Racine [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
      "\"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<Racine><IdentificationFlux><DTREF>&b;</DTREF>"
      "</IdentificationFlux></Racine>\n");
  const auto empty = WriteText("empty.xml", "");
  for (const auto& path : {bomb, empty}) {
    const auto run = Run(path);
    EXPECT_EQ(run.status, "echouee");
    ASSERT_TRUE(run.error);
    EXPECT_EQ(run.units_done, 0);
  }
  EXPECT_EQ(Count("SELECT COUNT(*) FROM households"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM imports WHERE status = 'echouee'"), 2);
  EXPECT_EQ(Text("SELECT error FROM imports WHERE file_name = 'empty.xml'"),
            "Le fichier est vide (0 octet).");
}

TEST_F(CafImportDb, ValidatesAgainstTheEmbeddedSchemaOnRequest) {
  EXPECT_EQ(Run(CafSample("RSABEM-ouvert.xml"), {{"validate", true}}).status, "terminee");
  std::ifstream in(CafSample("RSABEM-ouvert.xml"), std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  text.replace(text.find("<TOPSANSDOMFIXE>"), 0, "<INTRUS>1</INTRUS>");
  const auto run = Run(WriteText("intrus.xml", text), {{"validate", true}});
  EXPECT_EQ(run.status, "echouee");
  EXPECT_NE(run.error->find("schéma"), std::string::npos) << *run.error;
}

TEST_F(CafImportDb, OnlyARunningCafImportRuns) {
  const auto id = Queue(CafSample("RSABEM.xml"));
  ASSERT_TRUE(app::RunCafImport(db.store(), clock, deps, id));
  auto again = app::RunCafImport(db.store(), clock, deps, id);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "caf_import.not_running");
  EXPECT_EQ(app::RunCafImport(db.store(), clock, deps, 9999).error().code, "import.not_found");
}

}  // namespace
}  // namespace pacte::testing
