#include "domain/offer/prescription.hpp"

#include <gtest/gtest.h>

// Changes are written as {status, reason, detail, outcome, on} with the tail left out.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace pacte {
namespace {

using S = PrescriptionStatus;

const Date kToday = *ParseIsoDate("2026-11-27");

std::string FieldMessage(const Error& e, const std::string& field) {
  for (const auto& f : e.fields) {
    if (f.field == field) return f.message;
  }
  return "";
}

Result<ValidatedChange> Change(S from, PrescriptionChange c,
                               std::optional<Date> entered = std::nullopt) {
  return CheckTransition(from, c, entered, kToday);
}

TEST(PrescriptionCodes, RoundTripAndLabelsAreFrench) {
  for (auto s : AllPrescriptionStatuses()) {
    EXPECT_EQ(ParsePrescriptionStatus(PrescriptionStatusCode(s)), s);
  }
  for (auto r : AllRefusalReasons()) EXPECT_EQ(ParseRefusalReason(RefusalReasonCode(r)), r);
  for (auto o : AllExitOutcomes()) EXPECT_EQ(ParseExitOutcome(ExitOutcomeCode(o)), o);
  EXPECT_EQ(AllPrescriptionStatuses().size(), 6u);
  EXPECT_EQ(RefusalReasonLabel(RefusalReason::kPlusDePlace), "Plus de place");
  EXPECT_EQ(ExitOutcomeLabel(ExitOutcome::kEmploi), "Sortie vers l'emploi");
  EXPECT_FALSE(ParsePrescriptionStatus("relance"));
}

TEST(PrescriptionPlaces, OnlyAcceptedAndEnteredHoldAPlace) {
  EXPECT_TRUE(HoldsPlace(S::kAcceptee));
  EXPECT_TRUE(HoldsPlace(S::kEntree));
  for (auto s : {S::kEnAttente, S::kRefusee, S::kExpiree, S::kSortie}) EXPECT_FALSE(HoldsPlace(s));
  EXPECT_TRUE(IsFinal(S::kRefusee));
  EXPECT_TRUE(IsFinal(S::kExpiree));
  EXPECT_TRUE(IsFinal(S::kSortie));
  EXPECT_FALSE(IsFinal(S::kAcceptee));
}

TEST(PrescriptionDraft, ReadsHoursWithACommaAndRejectsNonsense) {
  Validation ok;
  auto f = ValidatePrescriptionDraft({" Bonjour ", "7,5", "12"}, ok);
  ASSERT_TRUE(ok.Ok());
  EXPECT_EQ(f.message, "Bonjour");
  EXPECT_DOUBLE_EQ(*f.weekly_hours, 7.5);
  EXPECT_EQ(*f.weeks, 12);
  Validation bad;
  ValidatePrescriptionDraft({std::string(2001, 'a'), "0", "0"}, bad);
  auto e = bad.ToError();
  EXPECT_EQ(FieldMessage(e, "message"), "Ce texte ne doit pas dépasser 2000 caractères.");
  EXPECT_EQ(FieldMessage(e, "weekly_hours"),
            "Indiquez un nombre d'heures par semaine supérieur à 0 et d'au plus 40.");
  EXPECT_EQ(FieldMessage(e, "weeks"), "Indiquez un nombre entier de semaines entre 1 et 104.");
  Validation words;
  ValidatePrescriptionDraft({"", "douze", "1.5"}, words);
  EXPECT_EQ(words.ToError().fields.size(), 2u);
  Validation empty;
  auto none = ValidatePrescriptionDraft({}, empty);
  EXPECT_TRUE(empty.Ok());
  EXPECT_FALSE(none.weekly_hours);
}

PrescribedSession Session(int places = 10) {
  return {5, 1, *ParseIsoDate("2026-12-01"), *ParseIsoDate("2027-02-26"), places, false};
}

TEST(Prescribable, RefusesDraftArchivedCancelledPastFullAndForeignSessions) {
  const PrescribedAction published{1, "publiee", std::nullopt};
  EXPECT_TRUE(CheckPrescribable(published, Session(), 0, kToday).has_value());
  EXPECT_TRUE(CheckPrescribable(published, std::nullopt, 99, kToday).has_value());
  auto draft = CheckPrescribable({1, "brouillon", {}}, std::nullopt, 0, kToday);
  EXPECT_EQ(draft.error().code, "prescription.action_draft");
  EXPECT_EQ(draft.error().fields.at(0).field, "action_id");
  auto archived = CheckPrescribable({1, "archivee", {}}, std::nullopt, 0, kToday);
  EXPECT_EQ(archived.error().message, "Cette action est archivée : elle ne peut plus être prescrite.");
  auto other = Session();
  other.action_id = 2;
  EXPECT_EQ(CheckPrescribable(published, other, 0, kToday).error().code,
            "prescription.session_other_action");
  auto cancelled = Session();
  cancelled.cancelled = true;
  EXPECT_EQ(CheckPrescribable(published, cancelled, 0, kToday).error().code,
            "prescription.session_cancelled");
  auto past = Session();
  past.ends_on = *ParseIsoDate("2026-11-26");
  auto past_error = CheckPrescribable(published, past, 0, kToday).error();
  EXPECT_EQ(past_error.message,
            "Cette session est terminée depuis le 26/11/2026 : choisissez une session à venir.");
  past.ends_on = kToday;  // ends today: still open
  EXPECT_TRUE(CheckPrescribable(published, past, 0, kToday).has_value());
  auto full = CheckPrescribable(published, Session(3), 3, kToday).error();
  EXPECT_EQ(full.code, "prescription.session_full");
  EXPECT_EQ(full.message, "Cette session est complète : ses 3 places sont toutes prises.");
  auto capacity = CheckPrescribable({1, "publiee", 2}, std::nullopt, 2, kToday).error();
  EXPECT_EQ(capacity.code, "prescription.action_full");
}

TEST(PlaceLeft, ConflictWhenEveryPlaceIsTaken) {
  EXPECT_TRUE(CheckPlaceLeft(2, 1, true).has_value());
  auto e = CheckPlaceLeft(2, 2, true).error();
  EXPECT_EQ(e.kind, ErrorKind::kConflict);
  EXPECT_EQ(e.code, "prescription.full");
  EXPECT_NE(e.message.find("les 2 places de cette session sont prises"), std::string::npos);
  EXPECT_NE(CheckPlaceLeft(1, 1, false).error().message.find("de cette action"),
            std::string::npos);
}

TEST(Transition, FollowsTheLifeCycle) {
  EXPECT_EQ(Change(S::kEnAttente, {"acceptee"})->to, S::kAcceptee);
  auto refused = Change(S::kEnAttente, {"refusee", "plus_de_place"});
  EXPECT_EQ(refused->reason, RefusalReason::kPlusDePlace);
  EXPECT_EQ(Change(S::kAcceptee, {"refusee", "refus_personne"})->to, S::kRefusee);
  auto entry = Change(S::kAcceptee, {"entree"});
  EXPECT_EQ(entry->on, kToday);
  auto exit = Change(S::kEntree, {"sortie", "", "", "emploi", "2026-11-20"},
                     *ParseIsoDate("2026-11-02"));
  EXPECT_EQ(exit->outcome, ExitOutcome::kEmploi);
  EXPECT_EQ(exit->on, *ParseIsoDate("2026-11-20"));
  EXPECT_EQ(Change(S::kEnAttente, {"expiree"})->to, S::kExpiree);
}

TEST(Transition, ImpossibleTransitionsSayWhy) {
  auto entry = Change(S::kEnAttente, {"entree"}).error();
  EXPECT_EQ(entry.kind, ErrorKind::kConflict);
  EXPECT_EQ(entry.code, "prescription.invalid_transition");
  EXPECT_EQ(entry.message,
            "L'entrée dans l'action ne peut être enregistrée qu'après l'acceptation de la "
            "prescription (statut actuel « En attente de réponse »).");
  EXPECT_EQ(Change(S::kRefusee, {"acceptee"}).error().message,
            "Cette prescription est close (statut « Refusée ») : son statut ne peut plus "
            "changer.");
  EXPECT_EQ(Change(S::kAcceptee, {"sortie", "", "", "abandon"}).error().message,
            "La sortie ne peut être enregistrée qu'après l'entrée dans l'action (statut actuel "
            "« Acceptée »).");
  EXPECT_EQ(Change(S::kAcceptee, {"acceptee"}).error().message,
            "La prescription a déjà le statut « Acceptée ».");
  EXPECT_EQ(Change(S::kEntree, {"refusee", "autre", "x"}).error().code,
            "prescription.invalid_transition");
  EXPECT_EQ(Change(S::kAcceptee, {"en_attente"}).error().code, "prescription.invalid_transition");
  EXPECT_EQ(Change(S::kAcceptee, {"expiree"}).error().code, "prescription.invalid_transition");
  auto unknown = Change(S::kEnAttente, {"validee"}).error();
  EXPECT_EQ(unknown.kind, ErrorKind::kInvalid);
  EXPECT_EQ(FieldMessage(unknown, "status"), "Statut de prescription inconnu.");
  EXPECT_EQ(FieldMessage(Change(S::kEnAttente, {""}).error(), "status"),
            "Indiquez le nouveau statut.");
}

TEST(Transition, RefusalNeedsAReasonAndExitAnOutcome) {
  EXPECT_EQ(FieldMessage(Change(S::kEnAttente, {"refusee"}).error(), "reason"),
            "Indiquez le motif du refus.");
  EXPECT_EQ(FieldMessage(Change(S::kEnAttente, {"refusee", "complet"}).error(), "reason"),
            "Motif de refus inconnu.");
  EXPECT_EQ(FieldMessage(Change(S::kEnAttente, {"refusee", "autre"}).error(), "reason_detail"),
            "Précisez le motif du refus.");
  auto other = Change(S::kEnAttente, {"refusee", "autre", " Horaires incompatibles "});
  EXPECT_EQ(other->reason_detail, "Horaires incompatibles");
  EXPECT_EQ(FieldMessage(Change(S::kEnAttente, {"acceptee", "autre"}).error(), "reason"),
            "Un motif de refus ne s'indique qu'avec un refus.");
  EXPECT_EQ(FieldMessage(Change(S::kEntree, {"sortie"}).error(), "outcome"),
            "Indiquez le motif de sortie.");
  EXPECT_EQ(FieldMessage(Change(S::kEntree, {"sortie", "", "", "fini"}).error(), "outcome"),
            "Motif de sortie inconnu.");
  EXPECT_EQ(FieldMessage(Change(S::kAcceptee, {"entree", "", "", "emploi"}).error(), "outcome"),
            "Un motif de sortie ne s'indique qu'avec une sortie.");
}

TEST(Transition, DatesAreNeitherFutureNorBeforeTheEntry) {
  EXPECT_EQ(FieldMessage(Change(S::kAcceptee, {"entree", "", "", "", "2026-11-28"}).error(), "on"),
            "La date ne peut pas être dans le futur.");
  EXPECT_EQ(FieldMessage(Change(S::kAcceptee, {"entree", "", "", "", "27/11/2026"}).error(), "on"),
            "Date invalide (format attendu AAAA-MM-JJ).");
  EXPECT_EQ(FieldMessage(Change(S::kEntree, {"sortie", "", "", "abandon", "2026-10-01"},
                                *ParseIsoDate("2026-10-05"))
                             .error(),
                         "on"),
            "La sortie ne peut pas précéder l'entrée (le 05/10/2026).");
}

TEST(Deadlines, ExpiryAndReminderCountDaysWithoutAnswer) {
  const Timestamp sent = *ParseIsoTimestamp("2026-11-01T10:00:00Z");
  EXPECT_FALSE(IsExpiryDue(sent, *ParseIsoTimestamp("2026-12-01T09:59:59Z"), 30));
  EXPECT_TRUE(IsExpiryDue(sent, *ParseIsoTimestamp("2026-12-01T10:00:00Z"), 30));
  EXPECT_FALSE(IsReminderDue(sent, std::nullopt, *ParseIsoTimestamp("2026-11-10T10:00:00Z"), 10));
  EXPECT_TRUE(IsReminderDue(sent, std::nullopt, *ParseIsoTimestamp("2026-11-11T10:00:00Z"), 10));
  EXPECT_FALSE(IsReminderDue(sent, *ParseIsoTimestamp("2026-11-11T10:00:00Z"),
                             *ParseIsoTimestamp("2026-11-20T10:00:00Z"), 10));
}

}  // namespace
}  // namespace pacte
