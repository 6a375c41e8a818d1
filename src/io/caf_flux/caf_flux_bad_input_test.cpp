#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "io/caf_flux/caf_flux_test_support.hpp"

namespace pacte::io {
namespace {

using namespace caf_flux_test;

Error ReadError(const std::string& path, int* households = nullptr,
                const app::CafFluxOptions& options = {}) {
  std::vector<app::CafHousehold> hs;
  auto result = ReadAll(path, hs, options);
  if (households != nullptr) *households = static_cast<int>(hs.size());
  EXPECT_FALSE(result) << "the file was accepted";
  return result ? Error{} : result.error();
}

TEST(CafFluxBadInput, RefusesAZeroByteFile) {
  TempFile file("zero.xml");
  auto error = ReadError(file.path());
  EXPECT_EQ(error.kind, ErrorKind::kMalformed);
  EXPECT_EQ(error.code, "caf_flux.empty");
  EXPECT_EQ(error.message, "Le fichier est vide (0 octet).");
}

TEST(CafFluxBadInput, RefusesFilesWithoutAnyElement) {
  TempFile blank("blank.xml", "  \n\n ");
  EXPECT_EQ(ReadError(blank.path()).code, "caf_flux.empty");
  TempFile declaration("decl.xml", "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n");
  auto error = ReadError(declaration.path());
  EXPECT_EQ(error.code, "caf_flux.empty");
  EXPECT_NE(error.message.find("vide"), std::string::npos);
}

TEST(CafFluxBadInput, RefusesAMissingFileAndAFileOverTheLimit) {
  EXPECT_EQ(ReadError("/nonexistent/flux.xml").kind, ErrorKind::kNotFound);
  TempFile file("limit.xml", Header() + Household("1", "A", "B") + Footer());
  app::CafFluxOptions options;
  options.max_file_bytes = 100;
  auto error = ReadError(file.path(), nullptr, options);
  EXPECT_EQ(error.kind, ErrorKind::kTooLarge);
  EXPECT_EQ(error.message, "Le fichier dépasse la taille maximale de 100 octets.");
}

TEST(CafFluxBadInput, RefusesATruncatedFileNamingTheLine) {
  std::string content = Header() + Household("1", "A", "B") + Household("2", "C", "D");
  content.resize(content.size() - 200);
  TempFile file("truncated.xml", content);
  int households = -1;
  auto error = ReadError(file.path(), &households);
  EXPECT_EQ(error.kind, ErrorKind::kMalformed);
  EXPECT_EQ(error.code, "caf_flux.truncated");
  EXPECT_EQ(error.message.rfind("Ligne ", 0), 0U) << error.message;
  EXPECT_NE(error.message.find("tronqué"), std::string::npos);
  EXPECT_EQ(households, 1);  // the complete first household was read before the failure
}

TEST(CafFluxBadInput, RefusesAMismatchedTagWithItsLine) {
  TempFile file("tag.xml", Header() + "<InfosFoyerRSA>\n<IdentificationRSA>\n</Organisme>\n" +
                               Footer());
  auto error = ReadError(file.path());
  EXPECT_EQ(error.kind, ErrorKind::kMalformed);
  EXPECT_EQ(error.code, "caf_flux.malformed");
  EXPECT_EQ(error.message.rfind("Ligne 6 : XML mal formé", 0), 0U) << error.message;
}

TEST(CafFluxBadInput, RefusesAnotherRootAndAMissingHeader) {
  TempFile other("other.xml", "<?xml version=\"1.0\"?><Foo/>");
  auto error = ReadError(other.path());
  EXPECT_EQ(error.code, "caf_flux.not_vrsb0801");
  EXPECT_NE(error.message.find("<Foo>"), std::string::npos);
  TempFile headless("headless.xml", "<Racine>" + Household("1", "A", "B") + Footer());
  EXPECT_EQ(ReadError(headless.path()).code, "caf_flux.not_vrsb0801");
}

TEST(CafFluxBadInput, RefusesABillionLaughsBombQuickly) {
  std::string dtd = "<!DOCTYPE Racine [\n<!ENTITY lol0 \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    dtd += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) dtd += "&lol" + std::to_string(i - 1) + ";";
    dtd += "\">\n";
  }
  dtd += "]>\n";
  TempFile file("bomb.xml", "<?xml version=\"1.0\"?>\n" + dtd +
                                "<Racine><IdentificationFlux><APPLIEME>&lol9;</APPLIEME>"
                                "</IdentificationFlux></Racine>\n");
  const auto start = std::chrono::steady_clock::now();
  auto error = ReadError(file.path());
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(error.code, "caf_flux.entities");
  EXPECT_NE(error.message.find("refusé"), std::string::npos) << error.message;
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 1000);
}

TEST(CafFluxBadInput, NeverResolvesAnExternalEntity) {
  TempFile file("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Racine [\n"
                           "<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n"
                           "<Racine><IdentificationFlux><APPLIEME>&x;</APPLIEME>"
                           "</IdentificationFlux>" +
                               Household("1", "&x;", "B") + Footer());
  std::vector<app::CafHousehold> hs;
  app::CafFluxOptions options;
  std::string header_app = "unset";
  options.on_header = [&](const app::CafFluxHeader& h) -> Status {
    header_app = h.applieme;
    return {};
  };
  auto result = ReadAll(file.path(), hs, options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, "caf_flux.entities");
  EXPECT_EQ(result.error().message.find("root"), std::string::npos);
  EXPECT_EQ(header_app, "unset");
  EXPECT_TRUE(hs.empty());
}

TEST(CafFluxBadInput, XsdValidationRefusesAnElementTheSchemaForbids) {
  std::ifstream sample(SourceData("RSABEM-ouvert.xml"), std::ios::binary);
  std::string content((std::istreambuf_iterator<char>(sample)), std::istreambuf_iterator<char>());
  const std::string needle = "<QUAL>MME</QUAL>";
  const auto at = content.find(needle);
  ASSERT_NE(at, std::string::npos);
  const auto line = std::count(content.begin(), content.begin() + static_cast<long>(at), '\n') + 2;
  content.replace(at, needle.size(), needle + "\n<COULEUR>bleu</COULEUR>");
  TempFile file("xsd.xml", content);
  std::vector<app::CafHousehold> hs;
  EXPECT_TRUE(ReadAll(file.path(), hs)) << "without validation the unknown element is ignored";
  app::CafFluxOptions options;
  options.validate_xsd = true;
  options.xsd_path = SourceData("vrsb0801.xsd");
  auto error = ReadError(file.path(), nullptr, options);
  EXPECT_EQ(error.kind, ErrorKind::kInvalid);
  EXPECT_EQ(error.code, "caf_flux.xsd");
  EXPECT_EQ(error.message.rfind("Ligne " + std::to_string(line) +
                                     " : le fichier n'est pas conforme au schéma",
                                 0),
            0U)
      << error.message;
  EXPECT_NE(error.message.find("COULEUR"), std::string::npos);
}

TEST(CafFluxBadInput, EnforcesThePerHouseholdLimits) {
  std::string content = Header() + Household("1", "A", "B") + Footer();
  TempFile file("limits.xml", content);
  app::CafFluxOptions options;
  options.max_value_length = 3;
  EXPECT_EQ(ReadError(file.path(), nullptr, options).code, "caf_flux.value_too_long");
  app::CafFluxOptions persons;
  persons.max_persons_per_household = 0;
  EXPECT_EQ(ReadError(file.path(), nullptr, persons).code, "caf_flux.too_many_persons");
}

}  // namespace
}  // namespace pacte::io
