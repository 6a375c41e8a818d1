#include "app/appointments/appointment_motives.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "domain/common/text.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte::app {
namespace {

constexpr std::size_t kCodeMax = 40;
constexpr std::size_t kLabelMax = 100;

bool IsCode(const std::string& code) {
  if (code.empty() || code.size() > kCodeMax) return false;
  for (char c : code) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

Status Allowed(const Actor& actor) {
  if (CanManageMotives(actor)) return {};
  return Fail(Error::Forbidden(
      "Seuls les administrateurs et les coordinateurs gèrent les motifs de rendez-vous."));
}

}  // namespace

bool CanManageMotives(const Actor& actor) {
  return actor.Has(Role::kAdmin) || actor.Has(Role::kCoordinateur);
}

Result<std::vector<AppointmentMotive>> ListMotives(Store& store, const Actor& actor) {
  (void)actor;  // a non-personal reference list: every agent reads it
  return Read(store, [&](UnitOfWork& uow) -> Result<std::vector<AppointmentMotive>> {
    return uow.Appointments().Motives();
  });
}

Result<AppointmentMotive> AddMotive(Store& store, const Clock& clock, const Actor& actor,
                                    const std::string& code, const std::string& label) {
  if (auto ok = Allowed(actor); !ok) return Fail(ok.error());
  Validation errors;
  std::string c = Trim(code);
  if (c.empty()) {
    errors.Add("code", "Indiquez le code du motif.");
  } else if (!IsCode(c)) {
    errors.Add("code",
               "Le code ne contient que des minuscules sans accent, des chiffres et « _ » "
               "(40 caractères au plus).");
  }
  auto l = RequiredText(label, kLabelMax, "label", "Indiquez le libellé du motif.", errors);
  if (!errors.Ok()) return Fail(errors.ToError("motive.invalid"));
  return Write(store, [&](UnitOfWork& uow) -> Result<AppointmentMotive> {
    auto id = uow.Appointments().InsertMotive(c, *l, clock.Now());
    if (!id) return Fail(id.error());
    RecordAudit(uow, clock, actor, "appointment_motive.create", "appointment_motive",
                std::to_string(*id), {{"code", c}});
    return *uow.Appointments().FindMotiveById(*id);
  });
}

Result<AppointmentMotive> UpdateMotive(Store& store, const Clock& clock, const Actor& actor,
                                       std::int64_t id, std::int64_t expected_version,
                                       const std::string& label, bool active) {
  if (auto ok = Allowed(actor); !ok) return Fail(ok.error());
  Validation errors;
  auto l = RequiredText(label, kLabelMax, "label", "Indiquez le libellé du motif.", errors);
  if (!errors.Ok()) return Fail(errors.ToError("motive.invalid"));
  return Write(store, [&](UnitOfWork& uow) -> Result<AppointmentMotive> {
    if (auto saved = uow.Appointments().UpdateMotive(id, expected_version, *l, active,
                                                     clock.Now());
        !saved) {
      return Fail(saved.error());
    }
    auto motive = *uow.Appointments().FindMotiveById(id);
    RecordAudit(uow, clock, actor, "appointment_motive.update", "appointment_motive",
                std::to_string(id), {{"code", motive.code}, {"active", active}});
    return motive;
  });
}

}  // namespace pacte::app
