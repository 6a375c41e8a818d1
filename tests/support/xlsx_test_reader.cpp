#include "support/xlsx_test_reader.hpp"

#include <gtest/gtest.h>
#include <zip.h>

#include <pugixml.hpp>
#include <vector>

namespace pacte::testing {
namespace {

std::vector<std::string> SharedStrings(const std::map<std::string, std::string>& files) {
  std::vector<std::string> out;
  auto it = files.find("xl/sharedStrings.xml");
  if (it == files.end()) return out;
  pugi::xml_document doc;
  doc.load_string(it->second.c_str());
  for (auto si : doc.select_nodes("//si")) out.push_back(si.node().child("t").text().get());
  return out;
}

}  // namespace

std::map<std::string, std::string> UnzipForTest(const std::string& bytes) {
  std::map<std::string, std::string> out;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = src ? zip_open_from_source(src, ZIP_RDONLY, &error) : nullptr;
  if (archive == nullptr) {
    if (src) zip_source_free(src);
    ADD_FAILURE() << "archive illisible : " << zip_error_strerror(&error);
    zip_error_fini(&error);
    return out;
  }
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t st;
    zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st);
    zip_file_t* f = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    std::string content(st.size, '\0');
    if (f) {
      zip_fread(f, content.data(), st.size);
      zip_fclose(f);
    }
    out[st.name] = content;
  }
  zip_close(archive);
  zip_error_fini(&error);
  return out;
}

std::map<std::string, std::string> SheetCellsForTest(
    const std::map<std::string, std::string>& files, int n) {
  std::map<std::string, std::string> out;
  auto it = files.find("xl/worksheets/sheet" + std::to_string(n) + ".xml");
  if (it == files.end()) return out;
  auto shared = SharedStrings(files);
  pugi::xml_document doc;
  doc.load_string(it->second.c_str());
  for (auto node : doc.select_nodes("//c")) {
    auto c = node.node();
    std::string type = c.attribute("t").value();
    std::string text;
    if (type == "inlineStr") {
      text = c.child("is").child("t").text().get();
    } else if (type == "s") {
      auto index = static_cast<std::size_t>(c.child("v").text().as_int());
      text = index < shared.size() ? shared[index] : "";
    } else {
      text = c.child("v").text().get();
    }
    out[c.attribute("r").value()] = text;
  }
  return out;
}

}  // namespace pacte::testing
