-- Typo-tolerant name search (domain/beneficiary/name_match.hpp): for each word of a person's
-- last name and birth name, the word and each of its one-letter deletions. A typed word
-- matches a name word within one typo exactly when their variant sets intersect, so the
-- search is one indexed IN lookup whatever the number of persons. Kept by the beneficiary
-- repository on every insert and update of a person (identity columns only).
CREATE TABLE person_name_variants (
  person_id BIGINT NOT NULL REFERENCES persons(id),
  variant TEXT NOT NULL
);
CREATE INDEX person_name_variants_by_variant ON person_name_variants (variant, person_id);
CREATE INDEX person_name_variants_by_person ON person_name_variants (person_id);
-- Lists sorted by D&D entry or orientation date, and the status filters.
CREATE INDEX person_parcours_by_dd_since ON person_parcours (dd_since);
CREATE INDEX person_parcours_by_oriented_on ON person_parcours (oriented_on);
