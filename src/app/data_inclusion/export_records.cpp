#include "app/data_inclusion/exchange.hpp"

#include "app/policies/offer_policy.hpp"

namespace pacte::app {

Result<PageOf<nlohmann::json>> ExportRecords(Store& store, const Settings& settings,
                                             const Actor& actor, DiKind kind,
                                             const PageRequest& page) {
  if (auto allowed = Authorize(actor, OfferAction::kExportCatalogue); !allowed) {
    return Fail(allowed.error());
  }
  PageRequest p{std::max(1, page.number), std::max(1, page.size)};
  return Read(store, [&](UnitOfWork& uow) -> Result<PageOf<nlohmann::json>> {
    PageOf<nlohmann::json> out;
    out.number = p.number;
    out.size = p.size;
    auto& repo = uow.DataInclusion();
    if (kind == DiKind::kStructures) {
      auto rows = repo.ListStructures(settings.di_source, p.size, p.Offset());
      out.total = rows.total;
      for (const auto& s : rows.items) out.items.push_back(StructureRecordJson(s));
    } else {
      auto rows = repo.ListServices(settings.di_source, p.size, p.Offset());
      out.total = rows.total;
      for (const auto& s : rows.items) out.items.push_back(ServiceRecordJson(s));
    }
    return out;
  });
}

Result<std::vector<nlohmann::json>> ExportAllRecords(Store& store, const Settings& settings,
                                                     const Actor& actor, DiKind kind) {
  std::vector<nlohmann::json> all;
  for (int number = 1;; ++number) {
    auto page = ExportRecords(store, settings, actor, kind, PageRequest{number, 1000});
    if (!page) return Fail(page.error());
    for (auto& r : page->items) all.push_back(std::move(r));
    if (page->items.empty() || static_cast<std::int64_t>(all.size()) >= page->total) break;
  }
  return all;
}

}  // namespace pacte::app
