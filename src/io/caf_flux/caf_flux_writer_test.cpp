#include "io/caf_flux/caf_flux_writer.hpp"

#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "domain/beneficiary/nir.hpp"
#include "io/caf_flux/caf_flux_test_support.hpp"

namespace pacte::io {
namespace {

using namespace caf_flux_test;

TEST(CafFluxWriter, GeneratedFilesPassTheEmbeddedXsdAndReadBack) {
  for (auto encoding : {FluxEncoding::kWindows1252, FluxEncoding::kUtf8}) {
    TempFile file(encoding == FluxEncoding::kUtf8 ? "gen-utf8.xml" : "gen-1252.xml");
    GeneratedFluxOptions options;
    options.households = 300;
    options.seed = 7;
    options.encoding = encoding;
    auto written = WriteGeneratedCafFlux(file.path(), options);
    ASSERT_TRUE(written) << written.error().message;
    EXPECT_EQ(written->households, 300);
    std::vector<app::CafHousehold> hs;
    app::CafFluxOptions read;
    read.validate_xsd = true;  // xsd_path empty: the embedded schema
    auto summary = ReadAll(file.path(), hs, read);
    ASSERT_TRUE(summary) << summary.error().message;
    EXPECT_TRUE(summary->validated);
    EXPECT_EQ(summary->households, 300);
    EXPECT_EQ(summary->persons, written->persons);
    EXPECT_EQ(summary->declared_households, "00000300");
    EXPECT_EQ(summary->header.reference_date, "2026-02-28");
    ASSERT_EQ(hs.size(), 300U);
    EXPECT_GT(hs.back().bytes_read, hs.front().bytes_read);
    // Same content whatever the encoding: generated identities are deterministic.
    const auto expected = GeneratedHousehold(options, 5);
    EXPECT_EQ(hs[5].persons.at(0).nom, expected.persons.at(0).nom);
    EXPECT_EQ(hs[5].persons.at(0).prenom, expected.persons.at(0).prenom);
  }
}

TEST(CafFluxWriter, GeneratesValidUniqueIdentitiesAndAMixOfRights) {
  GeneratedFluxOptions options;
  std::set<std::string> nirs, numdemrsas;
  std::map<std::string, int> states, roles;
  for (int i = 0; i < 2000; ++i) {
    const auto h = GeneratedHousehold(options, i);
    EXPECT_EQ(h.matricule.size(), 15U);
    EXPECT_EQ(h.numdemrsa.size(), 11U);
    EXPECT_TRUE(numdemrsas.insert(h.numdemrsa).second);
    ++states[h.etatdosrsa];
    for (const auto& p : h.persons) {
      ++roles[p.role];
      if (p.role == "ENF") continue;
      auto nir = ParseNir(p.nir);
      ASSERT_TRUE(nir) << p.nir << " " << nir.error().message;
      Validation errors;
      CheckNirConsistency(*nir, ParseIsoDate(p.birth_date),
                          p.sexe == "1" ? std::optional(Sex::kMale) : std::optional(Sex::kFemale),
                          errors);
      EXPECT_TRUE(errors.Ok()) << p.nir;
      EXPECT_TRUE(nirs.insert(nir->Value()).second) << p.nir;
    }
  }
  EXPECT_EQ(roles["DEM"], 2000);
  EXPECT_GT(roles["CJT"], 600);
  EXPECT_GT(roles["ENF"], 600);
  for (const char* etat : {"0", "2", "3", "4", "5", "6"}) EXPECT_GT(states[etat], 20) << etat;
  EXPECT_EQ(GeneratedHousehold(options, 11).persons[0].nir,
            GeneratedHousehold(options, 11).persons[0].nir);
}

TEST(CafFluxWriter, EscapesTextAndConvertsToWindows1252) {
  std::ostringstream out;
  CafFluxWriter writer(out, FluxEncoding::kWindows1252, "2026-01-31", "2026-02-01");
  FluxHouseholdSpec h;
  h.matricule = "001234500000000";
  h.numdemrsa = "92000000001";
  FluxPersonSpec p;
  p.nom = "LÉGER & FILS";
  p.prenom = "NOËL";
  p.birth_date = "1980-01-01";
  h.persons.push_back(p);
  writer.Add(h);
  writer.Finish();
  const std::string text = out.str();
  EXPECT_NE(text.find("<NOM>L\xC9GER &amp; FILS</NOM>"), std::string::npos);
  EXPECT_NE(text.find("<PRENOM>NO\xCBL</PRENOM>"), std::string::npos);
  EXPECT_NE(text.find("<NBTOTDOSRSATRANSM>00000001</NBTOTDOSRSATRANSM>"), std::string::npos);
}

TEST(CafFluxWriter, RefusesABadCountOrDate) {
  TempFile file("gen-bad.xml");
  GeneratedFluxOptions options;
  options.households = -1;
  EXPECT_EQ(WriteGeneratedCafFlux(file.path(), options).error().code, "caf_flux.households_invalid");
  options.households = 1;
  options.reference_date = "28/02/2026";
  EXPECT_EQ(WriteGeneratedCafFlux(file.path(), options).error().code, "caf_flux.dtref_invalid");
  EXPECT_EQ(WriteGeneratedCafFlux("/nonexistent-dir/x.xml", GeneratedFluxOptions{}).error().code,
            "caf_flux.unwritable");
}

}  // namespace
}  // namespace pacte::io
