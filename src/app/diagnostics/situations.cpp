#include "app/diagnostics/situations.hpp"

#include "app/audit/record_audit.hpp"
#include "domain/common/text.hpp"

namespace pacte::app {
namespace {

constexpr std::size_t kLabelMax = 150;

Status Authorized(const Actor& actor) {
  if (CanManageSituations(actor)) return {};
  return Fail(Error::Forbidden(
      "Seuls les administrateurs et les coordinateurs modifient le référentiel des situations."));
}

// "Sans hébergement" → "sans_hebergement".
std::string CodeFromLabel(const std::string& label) {
  std::string out;
  for (char c : SearchKey(label)) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (word) {
      out += c;
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out.substr(0, 60);
}

bool IsValidCode(const std::string& code) {
  if (code.size() < 2 || code.size() > 60) return false;
  for (char c : code) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

std::string ValidLabel(const std::string& text, Validation& errors) {
  std::string label = Trim(text);
  if (label.empty()) errors.Add("label", "Indiquez le libellé de la situation.");
  if (label.size() > kLabelMax) {
    errors.Add("label",
               "Libellé trop long : " + std::to_string(kLabelMax) + " caractères au plus.");
  }
  return label;
}

}  // namespace

bool CanManageSituations(const Actor& actor) {
  return actor.Has(Role::kAdmin) || actor.Has(Role::kCoordinateur);
}

Result<std::vector<StoredSituation>> ListSituations(Store& store, const Actor& actor) {
  if (auto ok = Authorized(actor); !ok) return Fail(ok.error());
  return Read(store, [&](UnitOfWork& uow) -> Result<std::vector<StoredSituation>> {
    return uow.Diagnostics().Situations();
  });
}

Result<StoredSituation> CreateSituation(Store& store, const Clock& clock, const Actor& actor,
                                        const SituationDraft& draft) {
  if (auto ok = Authorized(actor); !ok) return Fail(ok.error());
  Validation errors;
  auto theme = ParseBarrierTheme(Trim(draft.theme));
  if (!theme) errors.Add("theme", "Choisissez un des dix thèmes.");
  std::string label = ValidLabel(draft.label, errors);
  std::string code = Trim(draft.code);
  if (code.empty()) code = CodeFromLabel(label);
  if (!label.empty() && !IsValidCode(code)) {
    errors.Add("code",
               "Code invalide : de 2 à 60 lettres minuscules sans accent, chiffres ou « _ ».");
  }
  if (!errors.Ok()) return Fail(errors.ToError("situation.invalid"));
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredSituation> {
    auto id = uow.Diagnostics().InsertSituation(*theme, code, label, clock.Now());
    if (!id) {
      Validation taken;
      taken.Add("code", id.error().message);
      return Fail(taken.ToError("situation.code_taken"));
    }
    RecordAudit(uow, clock, actor, "situation.create", "barrier_situation", std::to_string(*id),
                {{"theme", BarrierThemeCode(*theme)}, {"code", code}});
    return *uow.Diagnostics().FindSituation(*id);
  });
}

Result<StoredSituation> UpdateSituation(Store& store, const Clock& clock, const Actor& actor,
                                        std::int64_t id, std::int64_t expected_version,
                                        const std::string& label_text, bool active) {
  if (auto ok = Authorized(actor); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredSituation> {
    auto current = uow.Diagnostics().FindSituation(id);
    if (!current) {
      return Fail(Error::NotFound("situation.not_found", "Cette situation n'existe pas."));
    }
    Validation errors;
    std::string label = ValidLabel(label_text, errors);
    if (!errors.Ok()) return Fail(errors.ToError("situation.invalid"));
    if (auto saved =
            uow.Diagnostics().UpdateSituation(id, expected_version, label, active, clock.Now());
        !saved) {
      return Fail(saved.error());
    }
    RecordAudit(uow, clock, actor, "situation.update", "barrier_situation", std::to_string(id),
                {{"code", current->code}, {"active", active}});
    return *uow.Diagnostics().FindSituation(id);
  });
}

}  // namespace pacte::app
