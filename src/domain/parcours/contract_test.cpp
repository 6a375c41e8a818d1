// The contract life cycle: brouillon → signe → termine | resilie, as a transition table.

#include "domain/parcours/contract.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace pacte {
namespace {

using S = ContractStatus;

Date D(const char* iso) { return *ParseIsoDate(iso); }

struct Row {
  S from;
  S to;
  const char* expected;  // the new status code, or the error code
};

// Every pair of statuses, signature date known.
const Row kTransitions[] = {
    {S::kBrouillon, S::kBrouillon, "contract.same_status"},
    {S::kBrouillon, S::kSigne, "signe"},
    {S::kBrouillon, S::kTermine, "contract.invalid_transition"},
    {S::kBrouillon, S::kResilie, "contract.invalid_transition"},
    {S::kSigne, S::kBrouillon, "contract.invalid_transition"},
    {S::kSigne, S::kSigne, "contract.same_status"},
    {S::kSigne, S::kTermine, "termine"},
    {S::kSigne, S::kResilie, "resilie"},
    {S::kTermine, S::kBrouillon, "contract.final_status"},
    {S::kTermine, S::kSigne, "contract.final_status"},
    {S::kTermine, S::kTermine, "contract.same_status"},
    {S::kTermine, S::kResilie, "contract.final_status"},
    {S::kResilie, S::kBrouillon, "contract.final_status"},
    {S::kResilie, S::kSigne, "contract.final_status"},
    {S::kResilie, S::kTermine, "contract.final_status"},
    {S::kResilie, S::kResilie, "contract.same_status"},
};

TEST(ContractTransitions, Table) {
  for (const auto& row : kTransitions) {
    auto result = ChangeContractStatus(row.from, row.to, D("2025-02-01"));
    std::string got = result ? std::string(ContractStatusCode(*result)) : result.error().code;
    EXPECT_EQ(got, row.expected) << ContractStatusCode(row.from) << " → "
                                 << ContractStatusCode(row.to);
    if (!result) {
      EXPECT_EQ(result.error().kind, ErrorKind::kConflict);
      ASSERT_EQ(result.error().fields.size(), 1u);
      EXPECT_EQ(result.error().fields[0].field, "status");
    }
  }
}

TEST(ContractTransitions, NextStatusesMatchTheTable) {
  for (S from : AllContractStatuses()) {
    for (S to : AllContractStatuses()) {
      bool allowed = ChangeContractStatus(from, to, D("2025-02-01")).has_value();
      auto next = NextContractStatuses(from);
      bool listed = std::find(next.begin(), next.end(), to) != next.end();
      EXPECT_EQ(allowed, listed) << ContractStatusCode(from) << " → " << ContractStatusCode(to);
    }
  }
}

TEST(ContractTransitions, SigningNeedsASignatureDate) {
  auto result = ChangeContractStatus(S::kBrouillon, S::kSigne, std::nullopt);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::kInvalid);
  EXPECT_EQ(result.error().code, "contract.signature_date_required");
  EXPECT_EQ(result.error().message, "Indiquez la date de signature.");
  EXPECT_EQ(result.error().fields[0].field, "signed_on");
  EXPECT_TRUE(ChangeContractStatus(S::kSigne, S::kResilie, std::nullopt));
}

TEST(ContractTransitions, FrenchMessages) {
  EXPECT_EQ(ChangeContractStatus(S::kSigne, S::kSigne, D("2025-02-01")).error().message,
            "Le contrat est déjà au statut « Signé ».");
  EXPECT_EQ(ChangeContractStatus(S::kResilie, S::kSigne, D("2025-02-01")).error().message,
            "Un contrat au statut « Résilié » ne peut plus changer de statut : créez un nouveau "
            "contrat.");
  EXPECT_EQ(ChangeContractStatus(S::kBrouillon, S::kTermine, D("2025-02-01")).error().message,
            "Un brouillon doit être signé avant d'être terminé ou résilié.");
  EXPECT_EQ(ChangeContractStatus(S::kSigne, S::kBrouillon, D("2025-02-01")).error().message,
            "Un contrat signé ne peut pas redevenir un brouillon.");
}

TEST(ContractStatuses, FinalOnes) {
  EXPECT_FALSE(IsFinal(S::kBrouillon));
  EXPECT_FALSE(IsFinal(S::kSigne));
  EXPECT_TRUE(IsFinal(S::kTermine));
  EXPECT_TRUE(IsFinal(S::kResilie));
}

}  // namespace
}  // namespace pacte
