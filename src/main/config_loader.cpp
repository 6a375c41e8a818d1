#include "main/config_loader.hpp"

#include <charconv>
#include <sstream>
#include <filesystem>

#include <toml++/toml.h>

#include "domain/deadlines/rule_settings.hpp"

namespace pacte::main {
namespace {

bool ParseListen(const std::string& value, app::Settings& s) {
  auto colon = value.rfind(':');
  if (colon == std::string::npos) return false;
  int port = 0;
  auto portText = value.substr(colon + 1);
  auto [ptr, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), port);
  if (ec != std::errc() || ptr != portText.data() + portText.size() || port < 0 || port > 65535) {
    return false;
  }
  s.listen_address = value.substr(0, colon);
  s.listen_port = static_cast<unsigned short>(port);
  return !s.listen_address.empty();
}

template <class T>
void ReadInt(const toml::table& t, const char* section, const char* key, T& out, Validation& v) {
  auto node = t[section][key];
  if (!node) return;
  if (auto value = node.value<long long>(); value && *value >= 0) {
    out = static_cast<T>(*value);
  } else {
    v.Add(std::string(section) + "." + key, "doit être un entier positif");
  }
}

void ReadString(const toml::table& t, const char* section, const char* key, std::string& out,
                Validation& v) {
  auto node = t[section][key];
  if (!node) return;
  if (auto value = node.value<std::string>()) {
    out = *value;
  } else {
    v.Add(std::string(section) + "." + key, "doit être une chaîne de caractères");
  }
}

// [[deadline_rules]]: rule, duration and (optional) effective_from, all strings.
void ReadDeadlineRules(const toml::table& t, app::Settings& s, Validation& v) {
  auto node = t["deadline_rules"];
  if (!node) return;
  const toml::array* list = node.as_array();
  if (!list) {
    v.Add("deadline_rules",
          "doit être une liste de tables [[deadline_rules]] (rule, duration, effective_from)");
    return;
  }
  bool complete = true;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string at = "deadline_rules[" + std::to_string(i) + "]";
    const toml::table* entry = (*list)[i].as_table();
    if (!entry) {
      v.Add(at, "doit être une table (rule, duration, effective_from)");
      complete = false;
      continue;
    }
    RuleSetting setting;
    for (const auto& [key, value] : *entry) {
      const std::string name(key.str());
      std::string* target = name == "rule"             ? &setting.rule
                            : name == "duration"       ? &setting.duration
                            : name == "effective_from" ? &setting.effective_from
                                                       : nullptr;
      if (!target) {
        v.Add(at + "." + name, "clé inconnue (rule, duration ou effective_from attendues)");
        complete = false;
      } else if (auto text = value.value<std::string>()) {
        *target = *text;
      } else if (auto date = value.as_date()) {
        std::ostringstream iso;
        iso << date->get();  // toml++ writes dates as YYYY-MM-DD
        *target = iso.str();
      } else {
        v.Add(at + "." + name, "doit être une chaîne de caractères");
        complete = false;
      }
    }
    if (!entry->contains("rule")) {
      v.Add(at + ".rule", "la règle (rule) est obligatoire");
      complete = false;
    }
    if (!entry->contains("duration")) {
      v.Add(at + ".duration", "la durée (duration) est obligatoire");
      complete = false;
    }
    s.deadline_rules.push_back(std::move(setting));
  }
  if (!complete) return;
  // The same checks as a change made in the application, with the key of each fault.
  if (auto rules = ApplyRuleSettings(DefaultDeadlineRules(), s.deadline_rules); !rules) {
    for (const auto& f : rules.error().fields) v.Add(f.field, f.message);
  }
}

void ReadFile(const toml::table& t, app::Settings& s, Validation& v) {
  ReadString(t, "database", "url", s.database, v);
  ReadInt(t, "database", "pool", s.database_pool, v);
  std::string listen;
  ReadString(t, "server", "listen", listen, v);
  if (!listen.empty() && !ParseListen(listen, s)) {
    v.Add("server.listen", "doit être de la forme hôte:port, par exemple 127.0.0.1:8080");
  }
  ReadInt(t, "server", "workers", s.workers, v);
  ReadInt(t, "server", "max_body_bytes", s.max_body_bytes, v);
  ReadString(t, "server", "public_url", s.public_url, v);
  if (auto secure = t["server"]["secure_cookies"].value<bool>()) s.secure_cookies = *secure;
  ReadString(t, "security", "secret_key", s.secret_key, v);
  ReadInt(t, "security", "lockout_failures", s.lockout_failures, v);
  ReadInt(t, "security", "password_min_length", s.password_min_length, v);
  ReadString(t, "security", "password_hash_cost", s.password_hash_cost, v);
  long long idle = s.session_idle.count();
  ReadInt(t, "security", "session_idle_minutes", idle, v);
  s.session_idle = std::chrono::minutes{idle};
  ReadInt(t, "audit", "retention_months", s.audit_retention_months, v);
  ReadInt(t, "retention", "parcours_months", s.retention_parcours_months, v);
  ReadInt(t, "offer", "prescription_expiry_days", s.prescription_expiry_days, v);
  ReadInt(t, "offer", "prescription_reminder_days", s.prescription_reminder_days, v);
  ReadString(t, "offer", "di_source", s.di_source, v);
  ReadString(t, "intake", "import_dir", s.import_dir, v);
  ReadInt(t, "intake", "max_upload_bytes", s.max_upload_bytes, v);
  ReadInt(t, "intake", "max_xlsx_uncompressed_bytes", s.max_xlsx_uncompressed_bytes, v);
  ReadInt(t, "intake", "import_batch", s.import_batch, v);
  ReadInt(t, "stats", "small_cell_threshold", s.small_cell_threshold, v);
  ReadInt(t, "stats", "cache_seconds", s.stats_cache_seconds, v);
  ReadString(t, "log", "level", s.log_level, v);
  ReadDeadlineRules(t, s, v);
}

void ReadEnv(const std::function<const char*(const char*)>& env, app::Settings& s,
             Validation& v) {
  if (const char* db = env("PACTE_DATABASE"); db && *db) s.database = db;
  if (const char* listen = env("PACTE_LISTEN"); listen && *listen && !ParseListen(listen, s)) {
    v.Add("PACTE_LISTEN", "doit être de la forme hôte:port, par exemple 127.0.0.1:8080");
  }
  if (const char* key = env("PACTE_SECRET_KEY"); key && *key) s.secret_key = key;
  if (const char* secure = env("PACTE_SECURE_COOKIES"); secure && *secure) {
    s.secure_cookies = std::string(secure) == "1" || std::string(secure) == "true";
  }
  if (const char* cost = env("PACTE_PASSWORD_HASH_COST"); cost && *cost) {
    s.password_hash_cost = cost;
  }
  if (const char* workers = env("PACTE_WORKERS"); workers && *workers) {
    try {
      s.workers = static_cast<std::size_t>(std::stoul(workers));
    } catch (const std::exception&) {
      v.Add("PACTE_WORKERS", "doit être un entier positif");
    }
  }
  if (const char* level = env("PACTE_LOG_LEVEL"); level && *level) s.log_level = level;
}

void Check(const app::Settings& s, Validation& v) {
  if (s.database.empty()) v.Add("database.url", "la base de données n'est pas indiquée");
  if (s.workers == 0 || s.workers > 256) v.Add("server.workers", "doit être entre 1 et 256");
  if (s.database_pool == 0) v.Add("database.pool", "doit être au moins 1");
  if (s.secret_key.size() < 32) {
    v.Add("PACTE_SECRET_KEY",
          "la clé secrète doit compter au moins 32 caractères (variable PACTE_SECRET_KEY ou "
          "security.secret_key)");
  }
  if (s.password_hash_cost != "interactive" && s.password_hash_cost != "min") {
    v.Add("security.password_hash_cost", "doit valoir « interactive » ou « min »");
  }
  if (s.password_min_length < 12) {
    v.Add("security.password_min_length", "ne peut pas être inférieur à 12");
  }
  if (s.lockout_failures < 1) v.Add("security.lockout_failures", "doit être au moins 1");
  if (s.retention_parcours_months < 1) {
    v.Add("retention.parcours_months", "doit être au moins 1 (mois)");
  }
  if (s.prescription_expiry_days < 1) {
    v.Add("offer.prescription_expiry_days", "doit être au moins 1 (jour)");
  }
  if (s.prescription_reminder_days < 1 ||
      s.prescription_reminder_days >= s.prescription_expiry_days) {
    v.Add("offer.prescription_reminder_days",
          "doit être au moins 1 et inférieur au délai d'expiration des prescriptions");
  }
  if (s.import_dir.empty()) v.Add("intake.import_dir", "doit être non vide");
  if (s.max_upload_bytes < 1024) v.Add("intake.max_upload_bytes", "doit être au moins 1024 (octets)");
  if (s.max_xlsx_uncompressed_bytes < 1024 * 1024) {
    v.Add("intake.max_xlsx_uncompressed_bytes", "doit être au moins 1048576 (octets)");
  }
  if (s.small_cell_threshold < 2 || s.small_cell_threshold > 1000) {
    v.Add("stats.small_cell_threshold", "doit être compris entre 2 et 1000");
  }
  if (s.stats_cache_seconds < 0 || s.stats_cache_seconds > 86400) {
    v.Add("stats.cache_seconds", "doit être compris entre 0 et 86400 (secondes)");
  }
  if (s.import_batch < 1 || s.import_batch > 100000) {
    v.Add("intake.import_batch", "doit être compris entre 1 et 100000");
  }
  if (s.di_source.empty() || s.di_source.find("--") != std::string::npos) {
    v.Add("offer.di_source", "doit être non vide et ne pas contenir « -- »");
  }
  if (s.log_level != "debug" && s.log_level != "info" && s.log_level != "warn" &&
      s.log_level != "error") {
    v.Add("log.level", "doit valoir debug, info, warn ou error");
  }
}

}  // namespace

Result<app::Settings> LoadSettings(const std::string& path,
                                   const std::function<const char*(const char*)>& env) {
  app::Settings s;
  Validation v;
  if (!path.empty()) {
    if (!std::filesystem::exists(path)) {
      return Fail(Error::Invalid("config.missing", "Fichier de configuration introuvable : " + path,
                                 "config"));
    }
    try {
      toml::table t = toml::parse_file(path);
      ReadFile(t, s, v);
    } catch (const toml::parse_error& e) {
      return Fail(Error::Invalid(
          "config.syntax",
          "Fichier de configuration illisible (" + path + ", ligne " +
              std::to_string(e.source().begin.line) + ") : " + std::string(e.description()),
          "config"));
    }
  }
  ReadEnv(env, s, v);
  Check(s, v);
  if (!v.Ok()) return Fail(v.ToError("config.invalid"));
  return s;
}

}  // namespace pacte::main
