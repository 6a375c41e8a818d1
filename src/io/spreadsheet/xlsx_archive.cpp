#include "io/spreadsheet/xlsx_archive.hpp"

#include <zip.h>

#include <utility>

#include "io/spreadsheet/spreadsheet_errors.hpp"

namespace pacte::io::spreadsheet {
namespace {

Error Damaged(const std::string& part, const std::string& detail) {
  return Malformed("spreadsheet.xlsx_damaged", "Le classeur XLSX est endommagé : la partie « " +
                                                   part + " » ne peut pas être décompressée (" +
                                                   detail + ").");
}

}  // namespace

Error XlsxTooLarge(std::uint64_t limit) {
  return TooLarge("spreadsheet.xlsx_too_large",
                  "Le classeur XLSX dépasse, une fois décompressé, la limite de " +
                      std::to_string(limit) +
                      " octets : il est trop volumineux ou piégé (bombe de compression).");
}

XlsxPartStream::XlsxPartStream(zip_file* file, std::string part, std::uint64_t declared,
                               ZipBudget* budget)
    : file_(file), part_(std::move(part)), declared_(declared), budget_(budget) {}

XlsxPartStream::~XlsxPartStream() {
  if (file_ != nullptr) zip_fclose(file_);
}

XlsxPartStream::XlsxPartStream(XlsxPartStream&& other) noexcept
    : file_(std::exchange(other.file_, nullptr)),
      part_(std::move(other.part_)),
      declared_(other.declared_),
      read_(other.read_),
      budget_(other.budget_) {}

Result<std::size_t> XlsxPartStream::Read(char* buffer, std::size_t size) {
  const zip_int64_t n = zip_fread(file_, buffer, size);
  if (n < 0) return Fail(Damaged(part_, zip_file_strerror(file_)));
  const auto got = static_cast<std::uint64_t>(n);
  read_ += got;
  budget_->inflated += got;
  if (budget_->inflated > budget_->limit || read_ > declared_) {
    return Fail(XlsxTooLarge(budget_->limit));
  }
  return static_cast<std::size_t>(got);
}

void XlsxArchive::Closer::operator()(zip* archive) const { zip_discard(archive); }

XlsxArchive::XlsxArchive(zip* archive, std::uint64_t limit)
    : zip_(archive), budget_(std::make_unique<ZipBudget>(ZipBudget{limit, 0, 0})) {}

Result<XlsxArchive> XlsxArchive::Open(const std::string& path, std::uint64_t max_uncompressed) {
  int error = 0;
  zip* archive = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) return Fail(Unreadable());
  return XlsxArchive(archive, max_uncompressed);
}

bool XlsxArchive::Has(const std::string& part) const {
  return zip_name_locate(zip_.get(), part.c_str(), 0) >= 0;
}

Result<XlsxPartStream> XlsxArchive::OpenPart(const std::string& part) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip_.get(), part.c_str(), 0, &st) != 0 || (st.valid & ZIP_STAT_SIZE) == 0) {
    return Fail(Malformed("spreadsheet.xlsx_incomplete",
                          "Le classeur XLSX est incomplet : la partie « " + part + " » manque."));
  }
  if (st.size > budget_->limit || budget_->declared + st.size > budget_->limit) {
    return Fail(XlsxTooLarge(budget_->limit));
  }
  budget_->declared += st.size;
  zip_file* file = zip_fopen(zip_.get(), part.c_str(), 0);
  if (file == nullptr) return Fail(Damaged(part, zip_strerror(zip_.get())));
  return XlsxPartStream(file, part, st.size, budget_.get());
}

Result<std::string> XlsxArchive::ReadPart(const std::string& part) {
  auto stream = OpenPart(part);
  if (!stream) return Fail(stream.error());
  std::string data(static_cast<std::size_t>(stream->declared_size()), '\0');
  std::size_t filled = 0;
  char spill[1];
  for (;;) {
    // Reads one byte past the declared size, so a forged size is detected here too.
    char* target = filled < data.size() ? data.data() + filled : spill;
    const std::size_t room = filled < data.size() ? data.size() - filled : 1;
    auto n = stream->Read(target, room);
    if (!n) return Fail(n.error());
    if (*n == 0) break;
    filled += *n;
  }
  data.resize(filled);
  return data;
}

}  // namespace pacte::io::spreadsheet
