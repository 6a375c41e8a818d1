#include "app/territory/territory_queries.hpp"

#include <algorithm>

#include "app/policies/organisation_policy.hpp"

namespace pacte::app {

Result<TerritoryOverview> GetTerritoryOverview(Store& store, const Actor& actor) {
  if (auto allowed = Authorize(actor, OrganisationAction::kReadTerritory); !allowed) {
    return Fail(allowed.error());
  }
  return Read(store, [](UnitOfWork& uow) -> Result<TerritoryOverview> {
    auto& repo = uow.Territory();
    TerritoryOverview out;
    out.departements = repo.ListDepartements();
    out.territories = repo.ListTerritories(std::nullopt);
    out.communes = repo.ListCommunes(CommuneFilter{});
    out.last_import = repo.LastImport();
    return out;
  });
}

Result<TerritoryChoices> ListTerritoryChoices(Store& store, const Actor& actor) {
  if (auto allowed = Authorize(actor, OrganisationAction::kReadTerritory); !allowed) {
    return Fail(allowed.error());
  }
  return Read(store, [](UnitOfWork& uow) -> Result<TerritoryChoices> {
    return TerritoryChoices{uow.Territory().ListCommuneChoices(),
                            uow.Territory().ListTerritoryChoices()};
  });
}

Result<std::vector<CommuneShape>> ListCommuneShapes(Store& store, const Actor& actor) {
  if (auto allowed = Authorize(actor, OrganisationAction::kReadTerritory); !allowed) {
    return Fail(allowed.error());
  }
  return Read(store, [](UnitOfWork& uow) -> Result<std::vector<CommuneShape>> {
    return uow.Territory().ListCommuneShapes(std::nullopt);
  });
}

Result<std::vector<TerritorySummary>> ListTerritories(
    Store& store, const Actor& actor, const std::optional<std::string>& departement_code) {
  if (auto allowed = Authorize(actor, OrganisationAction::kReadTerritory); !allowed) {
    return Fail(allowed.error());
  }
  return Read(store, [&](UnitOfWork& uow) -> Result<std::vector<TerritorySummary>> {
    return uow.Territory().ListTerritories(departement_code);
  });
}

Result<PageOf<CommuneListItem>> ListCommunes(Store& store, const Actor& actor,
                                             const CommuneFilter& filter, const PageRequest& page) {
  if (auto allowed = Authorize(actor, OrganisationAction::kReadTerritory); !allowed) {
    return Fail(allowed.error());
  }
  // A département has at most about 900 communes: one query, sliced here.
  auto all = Read(store, [&](UnitOfWork& uow) { return uow.Territory().ListCommunes(filter); });
  PageRequest p = page.Clamped();
  PageOf<CommuneListItem> out;
  out.total = static_cast<std::int64_t>(all.size());
  out.number = p.number;
  out.size = p.size;
  auto begin = std::min<std::size_t>(static_cast<std::size_t>(p.Offset()), all.size());
  auto end = std::min<std::size_t>(begin + static_cast<std::size_t>(p.size), all.size());
  out.items.assign(std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(begin)),
                   std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(end)));
  return out;
}

}  // namespace pacte::app
