#include "io/caf_flux/libxml_caf_flux_reader.hpp"

#include <sys/resource.h>

#include <chrono>

#include <gtest/gtest.h>

#include "io/caf_flux/caf_flux_test_support.hpp"

namespace pacte::io {
namespace {

using namespace caf_flux_test;

TEST(CafFluxReader, ReadsTheClosedAndSuspendedSample) {
  std::vector<app::CafHousehold> hs;
  auto summary = ReadAll(SourceData("RSABEM.xml"), hs);
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_EQ(summary->households, 2);
  EXPECT_EQ(summary->persons, 3);
  EXPECT_EQ(summary->declared_households, "00000001");
  EXPECT_EQ(summary->header.applieme, "CRI");
  EXPECT_EQ(summary->header.type_flux, "M");
  EXPECT_EQ(summary->header.reference_date, "2022-02-28");
  EXPECT_EQ(summary->header.creation_time, "01:18:36.0000");
  ASSERT_EQ(hs.size(), 2U);
  const auto& closed = hs[0];
  EXPECT_EQ(closed.fonorg, "CAF");
  EXPECT_EQ(closed.numorg, "521");
  EXPECT_EQ(closed.matricule, "205599000000000");
  EXPECT_EQ(closed.request_date, "2018-08-06");
  EXPECT_EQ(closed.request_number, "01024041052");
  EXPECT_EQ(closed.etatdosrsa, "5");
  EXPECT_EQ(closed.closure_reason, "PCG");
  EXPECT_EQ(closed.closure_date, "2021-11-30");
  EXPECT_FALSE(closed.closed_earlier_month);
  EXPECT_EQ(closed.topsansdomfixe, "0");
  ASSERT_EQ(closed.persons.size(), 2U);
  EXPECT_EQ(closed.persons[0].nom, "TIFOUR");
  EXPECT_EQ(closed.persons[0].prenom, "SOPHIE");
  EXPECT_EQ(closed.persons[0].nir, "2820251108030");
  EXPECT_EQ(closed.persons[0].toppersdrodevorsa, "1");
  EXPECT_EQ(closed.persons[1].qual, "MR");
  EXPECT_EQ(closed.persons[1].birth_date, "1977-03-23");
  EXPECT_EQ(closed.persons[1].sexe, "1");
  EXPECT_EQ(closed.persons[1].toppersdrodevorsa, "0");
  ASSERT_EQ(closed.persons[1].benefits.size(), 2U);
  EXPECT_EQ(closed.persons[1].benefits[1].nature, "RSA");
  EXPECT_EQ(closed.persons[1].benefits[1].role, "CJT");
  const auto& suspended = hs[1];
  EXPECT_EQ(suspended.etatdosrsa, "4");
  ASSERT_EQ(suspended.payment_suspensions.size(), 1U);
  EXPECT_EQ(suspended.payment_suspensions[0].reason, "06");
  EXPECT_EQ(suspended.payment_suspensions[0].date, "2021-11-01");
  EXPECT_TRUE(suspended.closure_reason.empty());
  EXPECT_GT(suspended.line, closed.line);
}

TEST(CafFluxReader, ReadsTheOpenSampleAndValidatesBothAgainstTheXsd) {
  std::vector<app::CafHousehold> hs;
  app::CafFluxOptions options;
  options.validate_xsd = true;
  options.xsd_path = SourceData("vrsb0801.xsd");
  auto summary = ReadAll(SourceData("RSABEM-ouvert.xml"), hs, options);
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_TRUE(summary->validated);
  EXPECT_EQ(summary->households, 1);
  EXPECT_EQ(summary->persons, 1);
  ASSERT_EQ(hs.size(), 1U);
  EXPECT_EQ(hs[0].matricule, "208956400000000");
  EXPECT_EQ(hs[0].etatdosrsa, "2");
  EXPECT_EQ(hs[0].persons.at(0).nom, "BULLOCK");
  EXPECT_EQ(hs[0].persons.at(0).birth_city, "GRATTON");
  std::vector<app::CafHousehold> other;
  auto second = ReadAll(SourceData("RSABEM.xml"), other, options);
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(second->households, 2);
}

TEST(CafFluxReader, DecodesWindows1252AndUtf8Accents) {
  TempFile latin("latin.xml", Header() + Household("1", "L\xC9GER", "No\xEBl") + Footer());
  TempFile utf8("utf8.xml", Header("UTF-8") + Household("2", "L\xC3\x89GER", "No\xC3\xABl") +
                                Footer());
  for (const auto* file : {&latin, &utf8}) {
    std::vector<app::CafHousehold> hs;
    auto summary = ReadAll(file->path(), hs);
    ASSERT_TRUE(summary) << summary.error().message;
    ASSERT_EQ(hs.size(), 1U);
    EXPECT_EQ(hs[0].fonorg, "MSA");
    EXPECT_EQ(hs[0].topsansdomfixe, "1");
    EXPECT_EQ(hs[0].persons.at(0).nom, "L\xC3\x89GER");  // ÉGER in UTF-8
    EXPECT_EQ(hs[0].persons.at(0).prenom, "No\xC3\xABl");
    EXPECT_EQ(hs[0].persons.at(0).benefits.at(0).role, "DEM");
  }
}

TEST(CafFluxReader, CallsTheHeaderCallbackFirstAndStopsOnACallbackError) {
  TempFile file("stop.xml", Header() + Household("1", "A", "B") + Household("2", "C", "D") +
                                Household("3", "E", "F") + Footer());
  std::vector<std::string> seen;
  app::CafFluxOptions options;
  options.on_header = [&](const app::CafFluxHeader& h) -> Status {
    seen.push_back("header " + h.reference_date);
    return {};
  };
  LibxmlCafFluxReader reader;
  auto result = reader.Read(file.path(), options, [&](const app::CafHousehold& h) -> Status {
    seen.push_back(h.matricule);
    if (h.matricule == "2") return Fail(Error::Invalid("test.stop", "Arrêt demandé."));
    return {};
  });
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, "test.stop");
  EXPECT_EQ(seen, (std::vector<std::string>{"header 2024-03-04", "1", "2"}));
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

TEST(CafFluxReader, StreamsTwentyThousandHouseholdsInConstantMemory) {
  const std::string one = Household("123", "MARTIN", "ANNE");
  std::string small = Header();
  for (int i = 0; i < 200; ++i) small += one;
  TempFile warmup("warmup.xml", small + Footer());
  TempFile big("big.xml");
  {
    std::ofstream out(big.path(), std::ios::binary);
    out << Header();
    for (int i = 0; i < 20000; ++i) out << one;
    out << Footer();
  }
  const auto big_size = std::filesystem::file_size(big.path());
  ASSERT_GT(big_size, 20'000'000U / 2);
  LibxmlCafFluxReader reader;
  int count = 0;
  auto counter = [&](const app::CafHousehold&) -> Status {
    ++count;
    return {};
  };
  ASSERT_TRUE(reader.Read(warmup.path(), {}, counter));
  const long before = PeakRssKb();
  count = 0;
  const auto start = std::chrono::steady_clock::now();
  auto summary = reader.Read(big.path(), {}, counter);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_EQ(count, 20000);
  EXPECT_EQ(summary->persons, 20000);
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 3000);
  // A whole-document read would take several times the file size; streaming stays flat.
  EXPECT_LT(PeakRssKb() - before, static_cast<long>(big_size / 1024 / 4));
}

}  // namespace
}  // namespace pacte::io
