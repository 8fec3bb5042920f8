-- pg_trgm only sees Chinese characters when the database's LC_CTYPE classifies them as letters (C.UTF-8, zh_CN.UTF-8,
-- en_US.UTF-8 do; plain "C" does not, and then every Chinese name has no trigrams at all). This function computes the
-- same measure as pg_trgm's similarity() for a name without spaces — trigrams of '  ' || name || ' ', shared / all —
-- on characters, whatever the locale. The overlap report uses it only where pg_trgm cannot see Chinese.
CREATE FUNCTION organization_name_similarity(a TEXT, b TEXT) RETURNS REAL
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS
$$
WITH ta AS (SELECT DISTINCT substr(s, i, 3) AS g
              FROM (SELECT '  ' || lower(a) || ' ' AS s) x, generate_series(1, char_length(s) - 2) i),
     tb AS (SELECT DISTINCT substr(s, i, 3) AS g
              FROM (SELECT '  ' || lower(b) || ' ' AS s) x, generate_series(1, char_length(s) - 2) i)
SELECT CASE WHEN (SELECT count(*) FROM (SELECT g FROM ta UNION SELECT g FROM tb) u) = 0 THEN 0
            ELSE (SELECT count(*) FROM (SELECT g FROM ta INTERSECT SELECT g FROM tb) i)::real
                 / (SELECT count(*) FROM (SELECT g FROM ta UNION SELECT g FROM tb) u) END
$$;
