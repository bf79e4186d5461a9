-- H2 has no trigram index: the list's substring search (q) uses plain LIKE on the embedded default.
SELECT 1;
