#include "domain/parcours/orientation.hpp"

#include "domain/parcours/field_checks.hpp"

namespace pacte {
namespace {

void CheckDecisionDate(const OrientationDraft& draft, const OrientationContext& context,
                       OrientationFields& out, Validation& errors) {
  auto date = RequiredDate(draft.decided_on, "decided_on", errors);
  if (!date) return;
  if (*date > context.today) {
    errors.Add("decided_on", "La date de décision ne peut pas être dans le futur.");
  } else if (context.current_decided_on && *date < *context.current_decided_on) {
    errors.Add("decided_on",
               "Une réorientation ne peut pas être antérieure à l'orientation en "
               "cours (du " +
                   FormatFrenchDate(*context.current_decided_on) + ").");
  }
  out.decided_on = *date;
}

void CheckParcours(const OrientationDraft& draft, OrientationFields& out, Validation& errors) {
  if (draft.parcours.empty()) {
    errors.Add("parcours", "Choisissez un parcours.");
  } else if (auto p = ParseParcours(draft.parcours)) {
    out.parcours = *p;
  } else {
    errors.Add("parcours", "Parcours inconnu : professionnel, socio-professionnel ou social.");
  }
}

void CheckDecisionMaker(const OrientationDraft& draft, OrientationFields& out, Validation& errors) {
  if (draft.decided_by.empty()) {
    errors.Add("decided_by", "Indiquez qui a décidé de l'orientation.");
  } else if (auto d = ParseDecisionMaker(draft.decided_by)) {
    out.decided_by = *d;
  } else {
    errors.Add("decided_by",
               "Décideur inconnu : président du conseil départemental, France "
               "Travail ou CAF.");
  }
}

}  // namespace

OrientationFields ValidateOrientation(const OrientationDraft& draft,
                                      const OrientationContext& context, Validation& errors) {
  OrientationFields out;
  CheckDecisionDate(draft, context, out, errors);
  CheckParcours(draft, out, errors);
  if (draft.structure_id <= 0) {
    errors.Add("structure_id", "Choisissez la structure référente.");
  }
  out.structure_id = draft.structure_id;
  CheckDecisionMaker(draft, out, errors);
  out.reason = OptionalText(draft.reason, kOrientationReasonMax, "reason", errors);
  out.criteria = ValidateOrientationCriteria(draft.criteria, errors);
  return out;
}

Status CheckNewOrientation(bool as_reorientation, bool has_current_orientation) {
  if (!as_reorientation && has_current_orientation) {
    return Fail(Error::Conflict("orientation.already_active",
                                "Cette personne a déjà une orientation en cours : enregistrez "
                                "une réorientation."));
  }
  if (as_reorientation && !has_current_orientation) {
    return Fail(Error::Invalid("orientation.nothing_to_reorient",
                               "Cette personne n'a pas encore d'orientation : enregistrez une "
                               "première orientation."));
  }
  return {};
}

}  // namespace pacte
