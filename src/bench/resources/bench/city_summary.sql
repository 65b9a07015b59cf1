-- Benchmark peers: one gold table from the views of common.sql (run first), portable to DuckDB and
-- Spark SQL 3.5. Same limits as common.sql: reference structure, clean drop, successor_code reorganisations
-- only (no unit_lineage.csv, no quarantine, no pseudonymisation). Rates and ratios come as x100 / x10
-- integers rounded half-up and are divided here, so they are doubles; the canonical output compares them
-- to 9 significant digits.
-- years_exceeded and units_met_target_names are arrays; an empty array may come back as null (DuckDB's
-- array_agg over no rows): the canonical output writes both as an empty cell.
SELECT c.unit_code, c.year, c.period, c.period_start, c.period_end, c.admissions, c.members_at_start,
       c.rate_x100 / 100 AS admission_rate_pct,
       c.prev_year_admissions,
       c.admissions - c.prev_year_admissions AS change_vs_prev_year,
       c.ratio_x10 / 10 AS ratio_to_prev_year_pct,
       x.years_exceeded,
       COALESCE(g.units_total, 0) AS units_total,
       COALESCE(g.units_met_target, 0) AS units_met_target,
       g.units_met_target_names
FROM b_trend c
LEFT JOIN (
    SELECT c1.year, c1.period, array_sort(array_agg(c2.year)) AS years_exceeded
    FROM b_trend c1 JOIN b_trend c2
      ON c2.unit_level = 'CITY' AND c2.period = c1.period AND c2.year <> c1.year AND c2.admissions < c1.admissions
    WHERE c1.unit_level = 'CITY'
    GROUP BY c1.year, c1.period
) x ON x.year = c.year AND x.period = c.period
LEFT JOIN (
    SELECT year, period, COUNT(*) AS units_total,
           SUM(CASE WHEN target_met THEN 1 ELSE 0 END) AS units_met_target,
           array_sort(array_agg(unit_name) FILTER (WHERE target_met)) AS units_met_target_names
    FROM b_attainment
    GROUP BY year, period
) g ON g.year = c.year AND g.period = c.period
WHERE c.unit_level = 'CITY'
