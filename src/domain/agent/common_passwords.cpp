#include "domain/agent/common_passwords.hpp"

namespace pacte {
namespace {

// Short entries are kept on purpose: the list also guards deployments that lower
// password_min_length.
constexpr std::string_view kCommon[] = {
    // International top lists.
    "123456", "123456789", "12345678", "12345", "1234567", "1234567890", "password",
    "password1", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssword",
    "qwerty", "qwerty123", "qwertyuiop", "qwerty123456", "qwertyuiop123", "111111",
    "11111111", "111111111111", "000000", "00000000", "000000000000", "123123",
    "123123123", "123123123123", "123321", "654321", "666666", "7777777", "888888",
    "987654321", "1q2w3e4r", "1q2w3e4r5t", "1q2w3e4r5t6y", "1qaz2wsx", "1qaz2wsx3edc",
    "zaq12wsx", "abc123", "abcd1234", "abcdef", "abcdefgh", "abcdefghijkl", "abc123456789",
    "123456789abc", "123456789012", "1234567890123", "12345678910", "iloveyou",
    "iloveyou1234", "princess", "sunshine", "football", "baseball", "dragon", "monkey",
    "letmein", "letmeinplease", "welcome", "welcome123", "welcome12345", "admin",
    "admin123", "admin12345", "administrator", "administrateur", "root", "toor",
    "master", "superman", "batman", "trustno1", "shadow", "michael", "jennifer",
    "charlie", "michelle", "jordan23", "hello123", "freedom", "whatever", "starwars",
    "pokemon", "computer", "internet", "changeme", "changeme123", "default", "secret",
    "secret123", "test1234", "testtest", "guest", "login", "passpass", "passwordpassword",
    "qazwsxedc", "qazwsxedcrfv", "asdfghjkl", "asdfghjkl123", "zxcvbnm", "zxcvbnm123",
    "mustang", "access", "flower", "hottie", "loveme", "ninja", "azerty1234567",
    "q1w2e3r4t5y6", "aaaaaaaaaaaa", "azazazazazaz", "summer2024", "winter2024",
    "spring2025", "autumn2025", "password2024", "password2025", "password2026",
    // French top lists.
    "azerty", "azerty1", "azerty12", "azerty123", "azerty1234", "azerty123456",
    "azertyuiop", "azertyuiop1", "azertyuiop12", "azertyuiop123", "azertyuiopqsdf",
    "azertyuiopqsdfghjklm", "aqwzsxedc", "wxcvbn", "wxcvbn123", "qsdfghjklm",
    "motdepasse", "motdepasse1", "motdepasse12", "motdepasse123", "motdepasse1234",
    "motdepasse2024", "motdepasse2025", "motdepasse2026", "mot2passe", "mdp123456",
    "monmotdepasse", "monmotdepasse1", "nouveaumotdepasse", "soleil", "soleil123",
    "soleil123456", "bonjour", "bonjour123", "bonjour123456", "bonjour2024",
    "jetaime", "jetaime123", "jetaimejetaime", "doudou", "doudou123", "chouchou",
    "chocolat", "chocolat123", "loulou", "nicolas", "julien", "camille", "marseille",
    "marseille13", "marseille1312", "paris75", "parisienne", "allezlom", "allezparis",
    "psg123456789", "olympique", "football123", "france", "france2024", "vivelafrance",
    "licorne", "papillon", "princesse", "coucou", "coucou123", "coucoucoucou",
    "tintin", "bienvenue", "bienvenue123", "bienvenue2024", "bienvenue2025",
    "bienvenue2026", "departement", "departement92", "conseildepartemental", "rsa123456789",
    "insertion", "insertion123", "pacte123", "pacte12345678", "pacteinsertion",
    "changemoi", "changezmoi", "aupif", "secret2024", "hautsdeseine", "hautsdeseine92",
    "nanterre92", "123soleil", "1234azerty", "0123456789", "9876543210", "01234567890",
    "jesuislemeilleur", "toutvabien", "cestmoi", "moimeme", "vacances", "vacances2024",
    "janvier2025", "septembre2025", "octobre2025", "novembre2025", "decembre2025",
};

}  // namespace

std::span<const std::string_view> CommonPasswords() { return kCommon; }

}  // namespace pacte
