-- Benchmark peers: one gold table from the views of common.sql (run first), portable to DuckDB and
-- Spark SQL 3.5. Same limits as common.sql: reference structure, clean drop, successor_code reorganisations
-- only (no unit_lineage.csv, no quarantine, no pseudonymisation). Rates and ratios come as x100 / x10
-- integers rounded half-up and are divided here, so they are doubles; the canonical output compares them
-- to 9 significant digits.
-- Ranks by the published (2-decimal) rate, competition ranking; units without a rate get no rank.
SELECT t.unit_code, t.unit_name, u.peer_group, t.year, t.period, t.admissions,
       t.rate_x100 / 100 AS admission_rate_pct,
       CASE WHEN t.rate_x100 IS NOT NULL
            THEN RANK() OVER (PARTITION BY t.year, t.period ORDER BY t.rate_x100 DESC NULLS LAST) END AS rank_overall,
       CASE WHEN t.rate_x100 IS NOT NULL
            THEN RANK() OVER (PARTITION BY t.year, t.period, u.peer_group ORDER BY t.rate_x100 DESC NULLS LAST) END AS rank_in_group,
       COUNT(*) OVER (PARTITION BY t.year, t.period, u.peer_group) AS units_in_group,
       c.rate_x100 / 100 AS city_rate_pct,
       (t.rate_x100 - c.rate_x100) / 100 AS diff_from_city_pp,
       CASE WHEN t.rate_x100 IS NOT NULL
            THEN CEIL(4 * RANK() OVER (PARTITION BY t.year, t.period ORDER BY t.rate_x100 DESC NULLS LAST)
                      / COUNT(*) OVER (PARTITION BY t.year, t.period)) END AS quartile,
       a.target_met
FROM b_trend t
JOIN b_units u ON u.unit_code = t.unit_code
LEFT JOIN (SELECT year, period, rate_x100 FROM b_trend WHERE unit_level = 'CITY') c
  ON c.year = t.year AND c.period = t.period
LEFT JOIN b_attainment a ON a.unit_code = t.unit_code AND a.year = t.year AND a.period = t.period
WHERE t.unit_level = 'UNIT'
