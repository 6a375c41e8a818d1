#pragma once
// Port: catalogue search (filters on actions, action_codes, action_sessions and free places
// counted from prescriptions). Only published actions are ever returned.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/paging.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

// A commune as the search needs it: its eligibility zones and its centroid.
struct CommunePlace {
  std::string insee_code;
  std::string name;
  std::string departement_code;
  std::optional<std::int64_t> territory_id;
  std::optional<double> lat;
  std::optional<double> lon;
};

// Validated filters; every filter given must hold (AND). Empty/nullopt means "any".
struct ActionSearchQuery {
  std::vector<std::string> words;          // SearchKey words, each contained in search_text
  std::optional<std::string> objective;    // objective code
  std::optional<std::string> thematique;   // a thematique code ("mobilite--…")
  std::optional<std::string> thematique_category;  // or a whole category ("mobilite")
  // Barrier themes: an action qualifies when it addresses at least one, through a barrier
  // row or a thematique of one of the theme's categories (`barrier_categories[i]` belongs to
  // `barriers[i]`).
  std::vector<std::string> barriers;
  std::vector<std::vector<std::string>> barrier_categories;
  // Eligibility: a zone row for the commune, its territory, its département, or france, or
  // no zone row at all (the whole département).
  std::optional<CommunePlace> commune;
  // With `commune` (which has a centroid): the action's place (its coordinates, else its
  // commune's centroid) lies within radius_km of the commune's centroid.
  std::optional<double> radius_km;
  std::optional<std::string> public_code;  // the public or tous-publics
  std::optional<std::string> mode;         // en-presentiel | a-distance
  // The action's weekly hours, or when it has none those of one of its running sessions.
  std::optional<double> weekly_hours_min;
  std::optional<double> weekly_hours_max;
  // Sessions: at least one non-cancelled session starting in [from, to] (either bound may be
  // absent); with has_places, one that still has a free place.
  bool has_places = false;
  std::optional<Date> from;
  std::optional<Date> to;
  Date today{};  // free places are counted over sessions not yet ended on this day
};

struct ActionSearchItem {
  std::int64_t id = 0;
  std::string di_id;
  std::string name;
  std::string description_excerpt;  // the first 300 characters
  long long description_length = 0;
  std::optional<std::string> objective;
  std::optional<int> action_type;
  std::int64_t structure_id = 0;
  std::string structure_name;
  std::optional<std::string> commune_code;
  std::optional<std::string> commune_name;
  std::optional<double> latitude;   // the action's, else its commune's centroid
  std::optional<double> longitude;
  std::optional<double> weekly_hours;
  // Free places summed over the non-cancelled sessions not yet ended; without such a session
  // the capacity minus the places taken without session; nullopt when neither is known.
  std::optional<std::int64_t> free_places;
  int open_sessions = 0;  // non-cancelled sessions not yet ended
  // The first non-cancelled session starting today or later with a free place.
  std::optional<std::int64_t> next_session_id;
  int relevance = 0;      // query words in the name + barrier themes addressed
  // For the quality badge and the display.
  bool has_address = false;
  bool has_phone = false;
  bool has_email = false;
  bool has_mobilisation_link = false;  // lien_mobilisation
  std::string date_maj;
  std::string frais;
  bool has_frais_precisions = false;
  std::vector<std::string> thematiques;
  std::vector<std::string> publics;
  std::vector<std::string> modes_accueil;
  std::vector<std::string> modes_mobilisation;
  std::vector<std::string> mobilisable_par;
  std::vector<std::string> barriers;
};

// Number of matching actions placed in a commune (commune_code, name; "" for actions
// without a place, typically remote ones).
struct CommuneResultCount {
  std::string commune_code;
  std::string commune_name;
  std::int64_t actions = 0;
};

// What "Trouver une action" pre-fills from a person: the barrier themes rated fort or moyen
// in their latest diagnostic and their commune.
struct PersonNeeds {
  std::vector<std::string> barriers;  // theme codes, sorted
  std::optional<std::string> commune_code;
};

class ActionSearchRepository {
 public:
  virtual ~ActionSearchRepository() = default;
  virtual std::optional<CommunePlace> FindCommune(const std::string& insee_code) = 0;
  // One page sorted by relevance (descending), then name (search key), then id.
  virtual PageOf<ActionSearchItem> Search(const ActionSearchQuery& query,
                                          const PageRequest& page) = 0;
  // Every matching action counted per commune of its place, by commune name.
  virtual std::vector<CommuneResultCount> CountByCommune(const ActionSearchQuery& query) = 0;
  // nullopt when the person does not exist.
  virtual std::optional<PersonNeeds> NeedsOf(std::int64_t person_id) = 0;
};

}  // namespace pacte::app
