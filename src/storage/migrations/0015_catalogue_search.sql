-- Catalogue search (issue 4, package B): published actions listed by name without a ranking
-- term (no words, no barriers) walk this index and stop after one page instead of sorting
-- every published action.
CREATE INDEX actions_by_status_search_text ON actions (status, search_text, id);
