#pragma once
// An XLSX file as a zip archive (libzip), read under one budget of uncompressed bytes shared by
// every part read, against zip bombs: each part's size declared in the zip directory is
// counted BEFORE inflating it, and the bytes actually inflated are counted WHILE inflating
// (a forged directory cannot lie its way past the budget).

#include <cstdint>
#include <memory>
#include <string>

#include "domain/common/error.hpp"

struct zip;
struct zip_file;

namespace pacte::io::spreadsheet {

struct ZipBudget {
  std::uint64_t limit = 0;
  std::uint64_t declared = 0;  // sum of the declared sizes of the parts opened
  std::uint64_t inflated = 0;  // bytes actually inflated
};

// One part being inflated. Moves only; the archive must outlive it.
class XlsxPartStream {
 public:
  XlsxPartStream(zip_file* file, std::string part, std::uint64_t declared, ZipBudget* budget);
  ~XlsxPartStream();
  XlsxPartStream(XlsxPartStream&& other) noexcept;
  XlsxPartStream& operator=(XlsxPartStream&&) = delete;
  XlsxPartStream(const XlsxPartStream&) = delete;
  XlsxPartStream& operator=(const XlsxPartStream&) = delete;

  // Up to `size` bytes into `buffer`; 0 at the end. Errors: over the budget or past the
  // declared size (kTooLarge spreadsheet.xlsx_too_large), inflate or CRC failure (kMalformed
  // spreadsheet.xlsx_damaged).
  Result<std::size_t> Read(char* buffer, std::size_t size);

  const std::string& part() const { return part_; }
  std::uint64_t declared_size() const { return declared_; }
  std::uint64_t bytes_read() const { return read_; }

 private:
  zip_file* file_;
  std::string part_;
  std::uint64_t declared_;
  std::uint64_t read_ = 0;
  ZipBudget* budget_;
};

class XlsxArchive {
 public:
  // Opens the zip at `path` (read-only, consistency checks on). Error: not a readable zip
  // (kMalformed spreadsheet.unreadable, "Ce fichier n'est ni un CSV ni un classeur XLSX
  // lisible.").
  static Result<XlsxArchive> Open(const std::string& path, std::uint64_t max_uncompressed);

  bool Has(const std::string& part) const;
  // Opens `part` for streaming after charging its declared size to the budget. Errors: part
  // absent (kMalformed spreadsheet.xlsx_incomplete), budget exceeded (kTooLarge).
  Result<XlsxPartStream> OpenPart(const std::string& part);
  // The whole part in memory (small parts: workbook, relationships, shared strings), bounded
  // by the budget.
  Result<std::string> ReadPart(const std::string& part);

 private:
  struct Closer {
    void operator()(zip* archive) const;
  };
  XlsxArchive(zip* archive, std::uint64_t limit);

  std::unique_ptr<zip, Closer> zip_;
  std::unique_ptr<ZipBudget> budget_;
};

// kTooLarge spreadsheet.xlsx_too_large naming the limit.
Error XlsxTooLarge(std::uint64_t limit);

}  // namespace pacte::io::spreadsheet
