#pragma once
// Everything configurable, with the defaults of a real deployment. Loaded by main/ from a TOML
// file then environment variables (PACTE_*), validated with French messages.

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "domain/deadlines/rule_settings.hpp"

namespace pacte::app {

struct Settings {
  // [database]
  std::string database = "var/pacte.db";  // PACTE_DATABASE: SQLite path or postgresql:// URL
  std::size_t database_pool = 8;

  // [server]
  std::string listen_address = "127.0.0.1";  // PACTE_LISTEN = "host:port"
  unsigned short listen_port = 8080;
  std::size_t workers = 8;                    // request handlers off the I/O loop
  std::size_t max_body_bytes = 1024 * 1024;   // 413 above
  std::chrono::seconds request_timeout{30};
  bool secure_cookies = false;                // PACTE_SECURE_COOKIES=1 behind TLS
  std::string public_url = "http://127.0.0.1:8080";

  // [security]
  std::string secret_key;  // PACTE_SECRET_KEY: 32+ chars, encrypts TOTP secrets
  std::chrono::minutes session_idle{30};
  std::chrono::hours session_absolute{12};
  int lockout_failures = 5;
  std::chrono::minutes lockout_window{15};
  std::size_t password_min_length = 12;
  // "interactive" (production) or "min" (tests only: fast hashes)
  std::string password_hash_cost = "interactive";
  std::chrono::hours password_reset_validity{24};

  // [audit]
  int audit_retention_months = 12;

  // [retention]
  // Months without contact after the exit before a person is anonymised (CNIL: 24).
  int retention_parcours_months = 24;
  // [[deadline_rules]]: changes to the default deadline durations, each with its effective
  // date (rule, duration, effective_from), applied in order on top of DefaultDeadlineRules();
  // the rows of table deadline_rules come on top of these. Validated at start.
  std::vector<RuleSetting> deadline_rules;

  // [offer]
  // Days without an answer before a pending prescription expires, and before its operator is
  // reminded (codes.md §5: 30 and 10).
  int prescription_expiry_days = 30;
  int prescription_reminder_days = 10;
  // data·inclusion `source` of the actions and structures pacte publishes (`<source>--<id>`).
  std::string di_source = "pacte-92";

  // [intake]
  // Where uploaded import files are kept until their job has run (created on demand). An
  // import job runs on the server that received its file, so the folder need not be shared.
  std::string import_dir = "var/imports";
  // Request size accepted by the upload routes (POST /api/v1/imports, /imports pages); the
  // CLI has no such limit (files are streamed).
  std::size_t max_upload_bytes = 256ULL * 1024 * 1024;
  // Largest uncompressed size of the parts of an XLSX file (zip bombs are refused above).
  std::size_t max_xlsx_uncompressed_bytes = 512ULL * 1024 * 1024;
  // Households or rows applied per transaction (each one all or nothing in its savepoint).
  int import_batch = 500;

  // [stats]
  // Counts below this are hidden from signatory institutions, statistics readers and open
  // data, with secondary suppression so they cannot be recomputed from margins (INSEE/DREES
  // practice: 11).
  int small_cell_threshold = 11;
  // Seconds a computed dashboard stays cached per server before it is computed again (the
  // page says when its figures were computed); 0 computes on every request.
  int stats_cache_seconds = 300;
  // [log]
  std::string log_level = "info";
};

}  // namespace pacte::app
