#include "web/server/multipart.hpp"

#include <gtest/gtest.h>

namespace pacte::web {
namespace {

const char* kType = "multipart/form-data; boundary=----b0undary";

std::string Body(const std::string& file_bytes) {
  return "------b0undary\r\n"
         "Content-Disposition: form-data; name=\"kind\"\r\n\r\n"
         "spreadsheet\r\n"
         "------b0undary\r\n"
         "Content-Disposition: form-data; name=\"file\"; filename=\"liste \\\"mai\\\".csv\"\r\n"
         "Content-Type: text/csv\r\n\r\n" +
         file_bytes +
         "\r\n------b0undary--\r\n";
}

TEST(Multipart, ReadsTextFieldsAndFilesBinarySafe) {
  std::string binary("a\0b\r\n--x\r\nc", 11);
  std::string body = Body(binary);
  auto parts = ParseMultipart(kType, body);
  ASSERT_TRUE(parts) << parts.error().message;
  ASSERT_EQ(parts->size(), 2u);
  EXPECT_EQ(PartText(*parts, "kind"), "spreadsheet");
  const auto* file = FindPart(*parts, "file");
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(file->filename, "liste \"mai\".csv");
  EXPECT_EQ(file->content_type, "text/csv");
  EXPECT_EQ(std::string(file->data), binary);
  EXPECT_FALSE((*parts)[0].filename);
  EXPECT_EQ(FindPart(*parts, "absent"), nullptr);
}

TEST(Multipart, BoundaryQuotedOrNotAndOtherTypesRefused) {
  EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=\"a b\""), "a b");
  EXPECT_EQ(MultipartBoundary("Multipart/Form-Data;boundary=xyz"), "xyz");
  EXPECT_FALSE(MultipartBoundary("application/json"));
  EXPECT_FALSE(MultipartBoundary("multipart/form-data"));
  EXPECT_FALSE(MultipartBoundary("multipart/form-data; boundary=" + std::string(71, 'a')));
  EXPECT_TRUE(IsMultipart("multipart/form-data; boundary=x"));
  EXPECT_FALSE(IsMultipart("text/plain"));
}

void ExpectMalformed(std::string_view type, std::string_view body, const std::string& words) {
  auto parts = ParseMultipart(type, body);
  ASSERT_FALSE(parts);
  EXPECT_EQ(parts.error().kind, ErrorKind::kMalformed);
  EXPECT_EQ(parts.error().code, "request.multipart_invalid");
  EXPECT_NE(parts.error().message.find(words), std::string::npos) << parts.error().message;
}

TEST(Multipart, MalformedBodiesAreRefusedInFrench) {
  std::string good = Body("x;y");
  ExpectMalformed("application/json", good, "multipart/form-data");
  ExpectMalformed(kType, "garbage" + good, "ne commence pas");
  ExpectMalformed(kType, good.substr(0, good.size() - 20), "frontière de fin");
  ExpectMalformed(kType, "", "ne commence pas");
  ExpectMalformed(kType, "------b0undary\r\nContent-Type: text/plain\r\n\r\nx\r\n------b0undary--",
                  "nom de champ");
  ExpectMalformed(kType, "------b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\nx",
                  "en-têtes");
  ExpectMalformed(kType, "------b0undary\r\n" + std::string(9000, 'h') + "\r\n\r\nx", "en-têtes");
}

TEST(Multipart, TooManyPartsRefused) {
  std::string body;
  for (int i = 0; i < 3; ++i) {
    body += "------b0undary\r\nContent-Disposition: form-data; name=\"f" + std::to_string(i) +
            "\"\r\n\r\nv\r\n";
  }
  body += "------b0undary--";
  EXPECT_TRUE(ParseMultipart(kType, body));
  auto limited = ParseMultipart(kType, body, MultipartLimits{2, 8192});
  ASSERT_FALSE(limited);
  EXPECT_NE(limited.error().message.find("trop de champs"), std::string::npos);
}

TEST(Multipart, EmptyFileAndNoPartsAreReadable) {
  auto parts = ParseMultipart(kType, Body(""));
  ASSERT_TRUE(parts);
  EXPECT_EQ(FindPart(*parts, "file")->data.size(), 0u);
  auto none = ParseMultipart(kType, "------b0undary--\r\n");
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->empty());
}

}  // namespace
}  // namespace pacte::web
