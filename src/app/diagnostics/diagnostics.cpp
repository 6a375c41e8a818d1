#include "app/diagnostics/diagnostics.hpp"

#include <map>

#include "app/audit/record_audit.hpp"
#include "app/parcours/parcours_state.hpp"
#include "app/parcours/person_access.hpp"
#include "app/personal_data/person_display.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "domain/common/text.hpp"

namespace pacte::app {
namespace {

bool IsHealth(const DiagnosticItem& item) { return item.theme == BarrierTheme::kSante; }

void HideHealth(StoredDiagnostic& d) { std::erase_if(d.diagnostic.items, IsHealth); }

// The referential rules of each item whose theme was readable.
void CheckReferential(UnitOfWork& uow, const DiagnosticDraft& draft, bool may_see_health,
                      Validation& errors) {
  std::map<std::string, StoredSituation> by_code;
  for (auto& s : uow.Diagnostics().Situations()) by_code.emplace(s.code, s);
  for (std::size_t i = 0; i < draft.items.size(); ++i) {
    const std::string p = "items[" + std::to_string(i) + "]";
    auto theme = ParseBarrierTheme(Trim(draft.items[i].theme));
    std::string code = Trim(draft.items[i].situation_code);
    if (!theme) continue;
    if (*theme == BarrierTheme::kSante && !may_see_health) {
      errors.Add(p + ".theme",
                 "Vous n'avez pas accès aux informations de santé de cette personne : le thème "
                 "santé ne peut pas être renseigné.");
      continue;
    }
    if (code.empty()) continue;
    auto found = by_code.find(code);
    if (found == by_code.end()) {
      errors.Add(p + ".situation_code", "Situation inconnue : « " + code + " ».");
    } else if (!found->second.active) {
      errors.Add(p + ".situation_code",
                 "La situation « " + found->second.label + " » n'est plus proposée.");
    } else if (found->second.theme != *theme) {
      errors.Add(p + ".situation_code", "La situation « " + found->second.label +
                                            " » n'appartient pas au thème « " +
                                            std::string(BarrierThemeLabel(*theme)) + " ».");
    }
  }
}

}  // namespace

Result<PersonDiagnostics> ListDiagnostics(Store& store, const Clock& clock, const Actor& actor,
                                          std::int64_t person_id) {
  return Write(store, [&](UnitOfWork& uow) -> Result<PersonDiagnostics> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kView);
    if (!scope) return Fail(scope.error());
    PersonDiagnostics out;
    out.person_id = person_id;
    out.display_name = PersonDisplayName(*uow.Beneficiaries().FindPerson(person_id));
    out.health_hidden = !IsAllowed(actor, PersonAction::kViewHealth, *scope);
    out.can_edit = IsAllowed(actor, PersonAction::kEdit, *scope);
    out.versions = uow.Diagnostics().DiagnosticsOf(person_id);
    if (out.health_hidden) {
      for (auto& d : out.versions) HideHealth(d);
    }
    out.situations = uow.Diagnostics().Situations();
    RecordAudit(uow, clock, actor, "diagnostic.read", "person", std::to_string(person_id),
                {{"versions", out.versions.size()}});
    return out;
  });
}

Result<CreatedDiagnostic> CreateDiagnostic(Store& store, const Clock& clock, const Actor& actor,
                                           std::int64_t person_id, const DiagnosticDraft& draft) {
  return Write(store, [&](UnitOfWork& uow) -> Result<CreatedDiagnostic> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kEdit);
    if (!scope) return Fail(scope.error());
    const bool may_see_health = IsAllowed(actor, PersonAction::kViewHealth, *scope);
    Validation errors;
    Diagnostic d = ValidateDiagnosticDraft(draft, DateOf(clock.Now()), errors);
    CheckReferential(uow, draft, may_see_health, errors);
    if (!errors.Ok()) return Fail(errors.ToError("diagnostic.invalid"));
    if (!may_see_health) {
      // Health stays as the previous version recorded it: this actor cannot see it.
      auto versions = uow.Diagnostics().DiagnosticsOf(person_id);
      if (!versions.empty()) {
        for (const auto& item : versions.front().diagnostic.items) {
          if (IsHealth(item)) d.items.push_back(item);
        }
      }
    }
    std::optional<std::int64_t> agent;
    if (!actor.IsSystem()) agent = actor.agent_id;
    auto id =
        uow.Diagnostics().InsertDiagnostic(person_id, d, agent, actor.structure_id, clock.Now());
    RefreshParcoursState(uow, person_id, clock.Now());
    CreatedDiagnostic out;
    for (auto& v : uow.Diagnostics().DiagnosticsOf(person_id)) {
      if (v.id == id) out.diagnostic = std::move(v);
    }
    out.health_hidden = !may_see_health;
    if (out.health_hidden) HideHealth(out.diagnostic);
    RecordAudit(uow, clock, actor, "diagnostic.create", "diagnostic", std::to_string(id),
                {{"person_id", person_id}, {"items", d.items.size()}});
    return out;
  });
}

}  // namespace pacte::app
