-- Benchmark peers: gold.admissions_breakdown from the views of common.sql (run first), portable to DuckDB
-- and Spark SQL 3.5; same limits as common.sql (text is trimmed, codes upper-cased, as silver does; silver's
-- Unicode NFC normalisation is not reproduced). Each admission in a period, moved to its reference unit, in
-- one category of every dimension (UNKNOWN where the value is missing), rolled up to the city and the peer
-- units; share_pct = 100 × admissions / the dimension's total, 2 decimals half-up.
SELECT r.unit_code, r.unit_name, r.unit_level, r.year, r.period, r.dimension, r.category, r.admissions,
       CAST(FLOOR((20000 * r.admissions + r.total) / (2 * r.total)) AS BIGINT) / 100 AS share_pct
FROM (
    SELECT g.*, SUM(g.admissions) OVER (PARTITION BY g.unit_code, g.year, g.period, g.dimension) AS total
    FROM (
        SELECT a.ancestor_code AS unit_code, u.unit_name, u.unit_level, c.year, c.period, c.dimension, c.category,
               SUM(c.n) AS admissions
        FROM (
            SELECT unit_code, year, period, dimension, category, COUNT(*) AS n
            FROM (
                SELECT x.unit_code, x.year, x.period, 'GENDER' AS dimension,
                       COALESCE(NULLIF(UPPER(TRIM(x.gender)), ''), 'UNKNOWN') AS category FROM b_admitted x
                UNION ALL
                SELECT x.unit_code, x.year, x.period, 'ETHNICITY',
                       CASE WHEN x.ethnicity IS NULL OR TRIM(x.ethnicity) = '' THEN 'UNKNOWN'
                            WHEN LOWER(TRIM(x.ethnicity)) = 'kinh' THEN 'KINH' ELSE 'MINORITY' END FROM b_admitted x
                UNION ALL
                SELECT x.unit_code, x.year, x.period, 'RELIGION',
                       CASE WHEN x.religion IS NULL OR TRIM(x.religion) = '' THEN 'UNKNOWN'
                            WHEN LOWER(TRIM(x.religion)) = 'không' THEN 'NONE' ELSE 'RELIGIOUS' END FROM b_admitted x
                UNION ALL
                SELECT x.unit_code, x.year, x.period, 'AGE_BAND',
                       CASE WHEN x.age IS NULL THEN 'UNKNOWN' WHEN x.age < 18 THEN 'UNDER_18' WHEN x.age <= 30 THEN '18_30'
                            WHEN x.age <= 45 THEN '31_45' ELSE 'OVER_45' END FROM b_admitted x
                UNION ALL
                SELECT x.unit_code, x.year, x.period, 'EDUCATION', COALESCE(NULLIF(TRIM(x.education), ''), 'UNKNOWN') FROM b_admitted x
                UNION ALL
                SELECT x.unit_code, x.year, x.period, 'OCCUPATION', COALESCE(NULLIF(TRIM(x.occupation), ''), 'UNKNOWN') FROM b_admitted x
                UNION ALL
                SELECT x.unit_code, x.year, x.period, 'SOURCE_GROUP',
                       COALESCE(NULLIF(UPPER(TRIM(x.source_group)), ''), 'UNKNOWN') FROM b_admitted x
            ) e
            GROUP BY unit_code, year, period, dimension, category
        ) c
        JOIN b_anc a ON a.unit_code = c.unit_code
        JOIN b_units u ON u.unit_code = a.ancestor_code AND u.unit_level IN ('CITY', 'UNIT')
        GROUP BY a.ancestor_code, u.unit_name, u.unit_level, c.year, c.period, c.dimension, c.category
    ) g
) r
