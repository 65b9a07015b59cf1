-- Benchmark peers: gold.units_without_admissions from the views of common.sql (run first), portable to
-- DuckDB and Spark SQL 3.5; same limits as common.sql. ${dormant_years} is review.compute.dormant-years'
-- default (the sample's gold tables are computed with it).
-- The run of empty years counts complete years back from the last complete year of the period (the year
-- for FULL_YEAR, the year before for YTD), within the years in range the unit existed.
SELECT unit_code, unit_name, unit_level, peer_unit_code, peer_unit_name, year, period, members_at_start,
       full_years_without_admissions, last_admission_year,
       full_years_without_admissions >= ${dormant_years} AS dormant
FROM (
    SELECT e.unit_code, e.unit_name, e.unit_level, p.peer_unit_code, p.peer_unit_name, e.year, e.period,
           e.members_at_start,
           CASE WHEN MIN(f.year) IS NULL THEN 0
                ELSE e.last_complete - COALESCE(MAX(CASE WHEN f.admissions > 0 THEN f.year END), MIN(f.year) - 1) END
               AS full_years_without_admissions,
           MAX(CASE WHEN f.admissions > 0 THEN f.year END) AS last_admission_year
    FROM (
        SELECT t.unit_code, t.unit_name, t.unit_level, t.year, t.period, t.members_at_start,
               CASE WHEN t.period = 'FULL_YEAR' THEN t.year ELSE t.year - 1 END AS last_complete
        FROM b_trend t
        WHERE t.unit_level IN ('GRASSROOTS', 'CELL') AND t.admissions = 0
    ) e
    LEFT JOIN b_trend f ON f.unit_code = e.unit_code AND f.period = 'FULL_YEAR' AND f.year <= e.last_complete
    LEFT JOIN (
        SELECT a.unit_code, a.ancestor_code AS peer_unit_code, u.unit_name AS peer_unit_name
        FROM b_anc a JOIN b_units u ON u.unit_code = a.ancestor_code
        WHERE u.unit_level = 'UNIT'
    ) p ON p.unit_code = e.unit_code
    GROUP BY e.unit_code, e.unit_name, e.unit_level, p.peer_unit_code, p.peer_unit_name, e.year, e.period,
             e.members_at_start, e.last_complete
) r
