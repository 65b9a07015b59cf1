-- Benchmark peers: one gold table from the views of common.sql (run first), portable to DuckDB and
-- Spark SQL 3.5. Same limits as common.sql: reference structure, clean drop, successor_code reorganisations
-- only (no unit_lineage.csv, no quarantine, no pseudonymisation). Rates and ratios come as x100 / x10
-- integers rounded half-up and are divided here, so they are doubles; the canonical output compares them
-- to 9 significant digits.
SELECT unit_code, unit_name, unit_level, year, period, period_start, period_end, admissions,
       members_at_start, members_at_start_source,
       rate_x100 / 100 AS admission_rate_pct,
       prev_year_admissions,
       admissions - prev_year_admissions AS change_vs_prev_year,
       ratio_x10 / 10 AS ratio_to_prev_year_pct,
       rank_among_years
FROM b_trend
