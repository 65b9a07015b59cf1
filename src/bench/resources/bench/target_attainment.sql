-- Benchmark peers: one gold table from the views of common.sql (run first), portable to DuckDB and
-- Spark SQL 3.5. Same limits as common.sql: reference structure, clean drop, successor_code reorganisations
-- only (no unit_lineage.csv, no quarantine, no pseudonymisation). Rates and ratios come as x100 / x10
-- integers rounded half-up and are divided here, so they are doubles; the canonical output compares them
-- to 9 significant digits.
SELECT unit_code, unit_name, year, period, admissions, admissions_target, rate_target_pct,
       rate_x100 / 100 AS admission_rate_pct,
       attainment_x10 / 10 AS attainment_pct,
       elapsed_share_x10 / 10 AS elapsed_share_pct,
       expected_x10 / 10 AS expected_by_now,
       seasonal_x10 / 10 AS expected_by_now_seasonal,
       status, target_met, projected_year_end
FROM b_attainment
