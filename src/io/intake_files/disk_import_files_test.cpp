#include "io/intake_files/disk_import_files.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace pacte::io {
namespace {

namespace fs = std::filesystem;

class DiskImportFilesTest : public ::testing::Test {
 protected:
  fs::path root =
      fs::temp_directory_path() / ("pacte-import-files-" + std::to_string(::getpid()) + "-" +
                                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
  void TearDown() override { fs::remove_all(root); }
};

TEST_F(DiskImportFilesTest, AnUploadIsKeptUnderARandomNameWithItsHash) {
  DiskImportFiles files((root / "imports").string());
  auto kept = files.Keep("abc", "../../etc/passwd");
  ASSERT_TRUE(kept) << kept.error().message;
  EXPECT_EQ(kept->name, "../../etc/passwd");  // shown only
  EXPECT_EQ(fs::path(kept->path).parent_path(), root / "imports");
  EXPECT_EQ(kept->bytes, 3);
  // SHA-256("abc"), FIPS 180-2 test vector.
  EXPECT_EQ(kept->sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  auto described = files.Describe(kept->path);
  ASSERT_TRUE(described);
  EXPECT_EQ(described->sha256, kept->sha256);
  files.Discard(kept->path);
  EXPECT_FALSE(fs::exists(kept->path));
}

TEST_F(DiskImportFilesTest, EmptyUploadsAndMissingFilesAreRefusedAndDiscardStaysInItsFolder) {
  DiskImportFiles files((root / "imports").string());
  auto empty = files.Keep("", "vide.csv");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code, "import.empty_file");
  auto missing = files.Describe((root / "absent.xml").string());
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::kNotFound);
  fs::create_directories(root);
  const auto outside = root / "outside.txt";
  std::ofstream(outside) << "keep me";
  files.Discard(outside.string());
  EXPECT_TRUE(fs::exists(outside));
}

}  // namespace
}  // namespace pacte::io
