-- Benchmark peers (issue 10): the shared views every gold table's query reads, in portable SQL that runs
-- unchanged on DuckDB and on Spark SQL 3.5. Statements are separated by a line holding only ';'.
--
-- Inputs: the raw CSVs of a drop as tables/views units, members, events, targets, membership_counts
-- (created per engine with explicit column types; see BenchSources). Placeholders, substituted as text
-- before the query runs (BenchSql):
--   ${as_of}    the as-of date as a DATE literal, e.g. DATE '2024-08-31'
--   ${periods}  the periods as VALUES rows (year, period, period_start, period_end), as GoldParams defines
--               them: YTD of every year from the first year, FULL_YEAR of every complete year
--   ${relation} what the shared relations are: VIEW on Spark (the naive baseline recomputes them in every
--               query, no caching; NaiveSparkPeer makes each a temporary view of the analysed query, as
--               Spark would re-analyse a SQL view's text at every reference) and TABLE on DuckDB (materialised once: DuckDB's planner takes minutes on
--               the fully inlined views, even on a tiny drop, so DuckDB runs them as a DuckDB user would)
--
-- What this reproduces: the gold tables on the REFERENCE structure (units valid at the as-of date) for a
-- clean drop whose reorganisations are whole-unit moves (successor_code in units.csv).
-- What it does not: validation and quarantine (the drop must be clean: every row would be accepted),
-- pseudonymisation (members are keyed by member_id), unit_lineage.csv (splits and partial transfers
-- restated by share are not handled: a drop with that file is refused by the runner), the HISTORICAL
-- structure. Rounding: measures are exact rationals rounded half-up with integer arithmetic, as the
-- product's decimals are; the product rounds some intermediate shares at 13-20 decimals, so a value
-- lying exactly on a rounding boundary after such a share could differ in the last digit.
--
-- Dialect limits kept to: no recursive CTE (the tree has at most 4 levels, so parent joins are unrolled;
-- checks.sql fails on a deeper tree), no engine-specific functions besides make_date, dayofyear, month,
-- dayofmonth, array_agg ... FILTER and array_sort, which both engines have; '/' on integers is a floating division
-- in both, so rounding is done as FLOOR((2N + D) / 2D) on integers, exact at these sizes.

-- The periods of the comparison.
CREATE OR REPLACE TEMPORARY ${relation} b_periods AS
SELECT * FROM (VALUES ${periods}) AS p(year, period, period_start, period_end)
;
CREATE OR REPLACE TEMPORARY ${relation} b_years AS
SELECT DISTINCT year FROM b_periods
;
-- Every unit and each unit at or above it, through parent_code as recorded (at most 4 levels).
CREATE OR REPLACE TEMPORARY ${relation} b_all_anc AS
SELECT u.unit_code, u.unit_code AS ancestor_code, 0 AS distance FROM units u
UNION ALL
SELECT u.unit_code, u.parent_code, 1 FROM units u WHERE u.parent_code IS NOT NULL
UNION ALL
SELECT u.unit_code, p1.parent_code, 2
FROM units u JOIN units p1 ON p1.unit_code = u.parent_code
WHERE p1.parent_code IS NOT NULL
UNION ALL
SELECT u.unit_code, p2.parent_code, 3
FROM units u JOIN units p1 ON p1.unit_code = u.parent_code JOIN units p2 ON p2.unit_code = p1.parent_code
WHERE p2.parent_code IS NOT NULL
;
-- One step of the lineage on the as-of date (Lineage.resolve with successor edges only): a unit closed
-- before the as-of date hands its facts to its successor, else to its parent; otherwise it keeps them.
-- With successor edges only, the answer does not depend on the fact's date.
CREATE OR REPLACE TEMPORARY ${relation} b_step AS
SELECT u.unit_code,
       CASE WHEN u.valid_to IS NOT NULL AND u.valid_to < ${as_of}
            THEN COALESCE(u.successor_code, u.parent_code, u.unit_code)
            ELSE u.unit_code END AS next_code
FROM units u
;
-- The reference unit of every unit: the step followed 6 times (checks.sql fails if a 7th step moves).
CREATE OR REPLACE TEMPORARY ${relation} b_ref_chain AS
SELECT s1.unit_code,
       COALESCE(s6.next_code, s5.next_code, s4.next_code, s3.next_code, s2.next_code, s1.next_code) AS ref_code,
       s7.next_code AS beyond_code
FROM b_step s1
LEFT JOIN b_step s2 ON s2.unit_code = s1.next_code
LEFT JOIN b_step s3 ON s3.unit_code = s2.next_code
LEFT JOIN b_step s4 ON s4.unit_code = s3.next_code
LEFT JOIN b_step s5 ON s5.unit_code = s4.next_code
LEFT JOIN b_step s6 ON s6.unit_code = s5.next_code
LEFT JOIN b_step s7 ON s7.unit_code = s6.next_code
;
CREATE OR REPLACE TEMPORARY ${relation} b_ref AS
SELECT unit_code, ref_code FROM b_ref_chain
;
-- The reference tree: units valid on the as-of date and every unit above them.
CREATE OR REPLACE TEMPORARY ${relation} b_kept AS
SELECT DISTINCT a.ancestor_code AS unit_code
FROM units u JOIN b_all_anc a ON a.unit_code = u.unit_code
WHERE (u.valid_from IS NULL OR u.valid_from <= ${as_of}) AND (u.valid_to IS NULL OR u.valid_to >= ${as_of})
;
-- Each reference unit's valid_from: the earliest of every unit whose history it (or a unit below it)
-- carries; null (always) when one of them has no valid_from.
CREATE OR REPLACE TEMPORARY ${relation} b_carriers AS
SELECT r.unit_code, r.ref_code AS carrier FROM b_ref r
UNION
SELECT k.unit_code, k.unit_code FROM b_kept k
;
CREATE OR REPLACE TEMPORARY ${relation} b_ref_from AS
SELECT a.ancestor_code AS unit_code,
       CASE WHEN MAX(CASE WHEN u.valid_from IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MIN(u.valid_from) END AS ref_from
FROM units u
JOIN b_carriers c ON c.unit_code = u.unit_code
JOIN b_all_anc a ON a.unit_code = c.carrier
GROUP BY a.ancestor_code
;
CREATE OR REPLACE TEMPORARY ${relation} b_units AS
SELECT u.unit_code, u.unit_name, u.parent_code, u.unit_level, u.peer_group, f.ref_from AS valid_from, u.valid_to
FROM units u
JOIN b_kept k ON k.unit_code = u.unit_code
LEFT JOIN b_ref_from f ON f.unit_code = u.unit_code
;
-- Closure of the reference tree (its units' ancestors are all in it).
CREATE OR REPLACE TEMPORARY ${relation} b_anc AS
SELECT a.unit_code, a.ancestor_code, a.distance
FROM b_all_anc a JOIN b_kept k ON k.unit_code = a.unit_code
;
-- Unit-years whose membership the restatement changes (StructureView.changedUnitYears): for every unit
-- valid at the end of 31 Dec Y-1 that does not stay itself, the units on one of its two paths to the
-- root (as recorded, and from its reference unit) but not on both.
CREATE OR REPLACE TEMPORARY ${relation} b_moved AS
SELECT unit_code, ref_code FROM b_ref WHERE ref_code <> unit_code
;
CREATE OR REPLACE TEMPORARY ${relation} b_moved_paths AS
SELECT m.unit_code, b.ancestor_code AS code
FROM b_moved m JOIN b_all_anc b ON b.unit_code = m.unit_code
LEFT JOIN b_all_anc a ON a.unit_code = m.ref_code AND a.ancestor_code = b.ancestor_code
WHERE a.unit_code IS NULL
UNION
SELECT m.unit_code, a.ancestor_code AS code
FROM b_moved m JOIN b_all_anc a ON a.unit_code = m.ref_code
LEFT JOIN b_all_anc b ON b.unit_code = m.unit_code AND b.ancestor_code = a.ancestor_code
WHERE b.unit_code IS NULL
;
CREATE OR REPLACE TEMPORARY ${relation} b_changed AS
SELECT DISTINCT p.code AS unit_code, y.year
FROM b_years y
JOIN units u ON (u.valid_from IS NULL OR u.valid_from <= make_date(y.year - 1, 12, 31))
            AND (u.valid_to IS NULL OR u.valid_to >= make_date(y.year - 1, 12, 31))
JOIN b_moved_paths p ON p.unit_code = u.unit_code
;
-- Membership spells (MemberSpells): ADMITTED and TRANSFER_IN open a spell in their unit, the other
-- moves close it; on one day closing events come first, then event_id order. A spell runs to the next
-- move, or to the roster's left_on after the last one. A member whose moves start with a closing one,
-- or who has none, was there from admitted_on, in the unit of that first move (else the roster's).
CREATE OR REPLACE TEMPORARY ${relation} b_moves AS
SELECT e.member_id, e.unit_code, e.event_date,
       CASE WHEN e.event_type IN ('ADMITTED', 'TRANSFER_IN') THEN 1 ELSE 0 END AS opens,
       ROW_NUMBER() OVER (PARTITION BY e.member_id ORDER BY e.event_date,
           CASE WHEN e.event_type IN ('ADMITTED', 'TRANSFER_IN') THEN 1 ELSE 0 END, e.event_id) AS seq,
       LEAD(e.event_date) OVER (PARTITION BY e.member_id ORDER BY e.event_date,
           CASE WHEN e.event_type IN ('ADMITTED', 'TRANSFER_IN') THEN 1 ELSE 0 END, e.event_id) AS next_date
FROM events e
WHERE e.event_type IN ('ADMITTED', 'TRANSFER_IN', 'TRANSFER_OUT', 'STRUCK_OFF', 'EXPELLED', 'REMOVED', 'DIED')
;
CREATE OR REPLACE TEMPORARY ${relation} b_spells AS
SELECT unit_code, spell_from, spell_to FROM (
    SELECT v.unit_code, v.event_date AS spell_from,
           CASE WHEN v.next_date IS NULL THEN m.left_on ELSE v.next_date END AS spell_to
    FROM b_moves v JOIN members m ON m.member_id = v.member_id
    WHERE v.opens = 1
    UNION ALL
    SELECT COALESCE(f.unit_code, m.unit_code) AS unit_code, m.admitted_on AS spell_from,
           CASE WHEN f.member_id IS NULL THEN m.left_on ELSE f.event_date END AS spell_to
    FROM members m LEFT JOIN b_moves f ON f.member_id = m.member_id AND f.seq = 1
    WHERE f.member_id IS NULL OR f.opens = 0
) s
WHERE spell_from IS NOT NULL AND (spell_to IS NULL OR spell_from < spell_to)
;
-- Roster members at the start of 1 January (spells with from < 1 Jan <= to), per recorded unit, then on
-- the reference units, rolled up the tree.
CREATE OR REPLACE TEMPORARY ${relation} b_roster AS
SELECT a.ancestor_code AS unit_code, c.year, SUM(c.n) AS roster_members
FROM (
    SELECT s.unit_code, y.year, COUNT(*) AS n
    FROM b_spells s JOIN b_years y
      ON s.spell_from < make_date(y.year, 1, 1) AND (s.spell_to IS NULL OR s.spell_to >= make_date(y.year, 1, 1))
    GROUP BY s.unit_code, y.year
) c
JOIN b_ref r ON r.unit_code = c.unit_code
JOIN b_anc a ON a.unit_code = r.ref_code
GROUP BY a.ancestor_code, c.year
;
-- Reported totals, only for reference units and unit-years the restatement did not change.
CREATE OR REPLACE TEMPORARY ${relation} b_counts AS
SELECT c.unit_code, c.year, c.members_at_start
FROM membership_counts c
JOIN b_kept k ON k.unit_code = c.unit_code
LEFT JOIN b_changed x ON x.unit_code = c.unit_code AND x.year = c.year
WHERE x.unit_code IS NULL
;
-- members_at_start (MembersAtStart.resolve): the reported total, else the roster's count (0 = unknown),
-- else the sum over the children, recursively. Without recursion: a unit's value is the sum of the
-- known own values (reported, else roster) of the units d at or below it such that no unit from d's
-- parent up to the unit itself has a known own value (the nearest known strict ancestor of d is above
-- the unit); null when there is none.
CREATE OR REPLACE TEMPORARY ${relation} b_ms_input AS
SELECT u.unit_code, y.year, c.members_at_start AS reported_members,
       CASE WHEN r.roster_members > 0 THEN r.roster_members END AS roster_members,
       COALESCE(c.members_at_start, CASE WHEN r.roster_members > 0 THEN r.roster_members END) AS own_members
FROM b_units u
CROSS JOIN b_years y
LEFT JOIN b_roster r ON r.unit_code = u.unit_code AND r.year = y.year
LEFT JOIN b_counts c ON c.unit_code = u.unit_code AND c.year = y.year
;
-- For each unit-year with a known own value: how far up its nearest strict ancestor with one is (null = none).
CREATE OR REPLACE TEMPORARY ${relation} b_ms_known AS
SELECT d.unit_code, d.year, d.own_members,
       MIN(CASE WHEN a.distance > 0 AND k.own_members IS NOT NULL THEN a.distance END) AS nearest_known_above
FROM b_ms_input d
JOIN b_anc a ON a.unit_code = d.unit_code
JOIN b_ms_input k ON k.unit_code = a.ancestor_code AND k.year = d.year
WHERE d.own_members IS NOT NULL
GROUP BY d.unit_code, d.year, d.own_members
;
CREATE OR REPLACE TEMPORARY ${relation} b_ms AS
SELECT i.unit_code, i.year,
       COALESCE(i.own_members, ch.n) AS members_at_start,
       CASE WHEN i.reported_members IS NOT NULL THEN 'REPORTED' WHEN i.roster_members IS NOT NULL THEN 'ROSTER'
            WHEN ch.n IS NOT NULL THEN 'CHILDREN' END AS members_at_start_source
FROM b_ms_input i
LEFT JOIN (
    SELECT a.ancestor_code AS unit_code, k.year, SUM(k.own_members) AS n
    FROM b_ms_known k JOIN b_anc a ON a.unit_code = k.unit_code
    WHERE a.distance > 0 AND (k.nearest_known_above IS NULL OR k.nearest_known_above > a.distance)
    GROUP BY a.ancestor_code, k.year
) ch ON ch.unit_code = i.unit_code AND ch.year = i.year
;
-- Admissions: ADMITTED events per recorded unit and period, on the reference units, rolled up the tree.
CREATE OR REPLACE TEMPORARY ${relation} b_admissions AS
SELECT a.ancestor_code AS unit_code, c.year, c.period, SUM(c.n) AS admissions
FROM (
    SELECT e.unit_code, p.year, p.period, COUNT(*) AS n
    FROM events e JOIN b_periods p ON e.event_date >= p.period_start AND e.event_date <= p.period_end
    WHERE e.event_type = 'ADMITTED'
    GROUP BY e.unit_code, p.year, p.period
) c
JOIN b_ref r ON r.unit_code = c.unit_code
JOIN b_anc a ON a.unit_code = r.ref_code
GROUP BY a.ancestor_code, c.year, c.period
;
-- gold.admissions_trend before its rounding: every reference unit that existed during the period.
-- rate_x100 = admission rate × 100 and ratio_x10 = ratio × 10, rounded half-up, as integers.
CREATE OR REPLACE TEMPORARY ${relation} b_trend_base AS
SELECT u.unit_code, u.unit_name, u.unit_level, p.year, p.period, p.period_start, p.period_end,
       COALESCE(a.admissions, 0) AS admissions, m.members_at_start, m.members_at_start_source
FROM b_units u
CROSS JOIN b_periods p
LEFT JOIN b_admissions a ON a.unit_code = u.unit_code AND a.year = p.year AND a.period = p.period
LEFT JOIN b_ms m ON m.unit_code = u.unit_code AND m.year = p.year
WHERE (u.valid_from IS NULL OR u.valid_from <= p.period_end) AND (u.valid_to IS NULL OR u.valid_to >= p.period_start)
;
CREATE OR REPLACE TEMPORARY ${relation} b_trend AS
SELECT t.*,
       CASE WHEN t.members_at_start > 0
            THEN CAST(FLOOR((20000 * t.admissions + t.members_at_start) / (2 * t.members_at_start)) AS BIGINT) END AS rate_x100,
       CASE WHEN t.prev_year_admissions > 0
            THEN CAST(FLOOR((2000 * t.admissions + t.prev_year_admissions) / (2 * t.prev_year_admissions)) AS BIGINT) END AS ratio_x10
FROM (
    -- The same period of the previous year: the unit's row of year - 1, when it existed then.
    SELECT b.*,
           CASE WHEN LAG(b.year) OVER (PARTITION BY b.unit_code, b.period ORDER BY b.year) = b.year - 1
                THEN LAG(b.admissions) OVER (PARTITION BY b.unit_code, b.period ORDER BY b.year) END AS prev_year_admissions,
           RANK() OVER (PARTITION BY b.unit_code, b.period ORDER BY b.admissions DESC) AS rank_among_years
    FROM b_trend_base b
) t
;
-- Plans on the reference structure: count plans summed onto the reference unit, rate plans kept only
-- for unit-years the restatement did not change. plan_x10000 = the plan as a count × 10000 (a rate-only
-- plan counts as rate × members_at_start / 100).
CREATE OR REPLACE TEMPORARY ${relation} b_targets AS
SELECT COALESCE(c.unit_code, r.unit_code) AS unit_code, COALESCE(c.year, r.year) AS year,
       c.admissions_target, r.rate_target_pct
FROM (
    SELECT x.ref_code AS unit_code, t.year, SUM(t.admissions_target) AS admissions_target
    FROM targets t JOIN b_ref x ON x.unit_code = t.unit_code
    WHERE t.admissions_target IS NOT NULL
    GROUP BY x.ref_code, t.year
) c
FULL OUTER JOIN (
    SELECT t.unit_code, t.year, t.rate_target_pct
    FROM targets t LEFT JOIN b_changed x ON x.unit_code = t.unit_code AND x.year = t.year
    WHERE t.rate_target_pct IS NOT NULL AND x.unit_code IS NULL
) r ON r.unit_code = c.unit_code AND r.year = c.year
;
-- Seasonal share of a unit-year: Σ YTD / Σ FULL_YEAR admissions over the earlier years in range that
-- have both (the complete years before it), one row per unit-year of a peer unit; kept when both sums > 0.
CREATE OR REPLACE TEMPORARY ${relation} b_seasonal AS
SELECT unit_code, year, sum_ytd, sum_full FROM (
    SELECT unit_code, year,
           SUM(CASE WHEN has_both = 1 THEN ytd END) OVER (PARTITION BY unit_code ORDER BY year
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS sum_ytd,
           SUM(CASE WHEN has_both = 1 THEN full_year END) OVER (PARTITION BY unit_code ORDER BY year
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS sum_full
    FROM (
        SELECT unit_code, year,
               SUM(CASE WHEN period = 'YTD' THEN admissions END) AS ytd,
               SUM(CASE WHEN period = 'FULL_YEAR' THEN admissions END) AS full_year,
               CASE WHEN COUNT(CASE WHEN period = 'YTD' THEN 1 END) > 0
                     AND COUNT(CASE WHEN period = 'FULL_YEAR' THEN 1 END) > 0 THEN 1 ELSE 0 END AS has_both
        FROM b_trend WHERE unit_level = 'UNIT'
        GROUP BY unit_code, year
    ) y
) w
WHERE sum_ytd > 0 AND sum_full > 0
;
CREATE OR REPLACE TEMPORARY ${relation} b_attainment_base AS
SELECT t.unit_code, t.unit_name, t.year, t.period, t.admissions, t.members_at_start, t.rate_x100,
       g.admissions_target, g.rate_target_pct,
       CAST(g.rate_target_pct * 100 AS BIGINT) AS rate_target_x100,
       COALESCE(CAST(g.admissions_target AS BIGINT) * 10000,
                CAST(g.rate_target_pct * 100 AS BIGINT) * t.members_at_start) AS plan_x10000,
       s.sum_ytd, s.sum_full,
       dayofyear(t.period_end) AS elapsed_days,
       dayofyear(make_date(t.year, 12, 31)) AS year_days
FROM b_trend t
LEFT JOIN b_targets g ON g.unit_code = t.unit_code AND g.year = t.year
LEFT JOIN b_seasonal s ON s.unit_code = t.unit_code AND s.year = t.year
WHERE t.unit_level = 'UNIT'
;
CREATE OR REPLACE TEMPORARY ${relation} b_attainment_x AS
SELECT b.*,
       CASE WHEN b.admissions_target IS NOT NULL THEN b.admissions >= b.admissions_target
            WHEN b.rate_target_pct IS NOT NULL THEN b.rate_x100 >= b.rate_target_x100 END AS target_met,
       CASE WHEN b.admissions_target IS NOT NULL
            THEN CASE WHEN b.admissions_target > 0
                      THEN CAST(FLOOR((2000 * b.admissions + b.admissions_target) / (2 * b.admissions_target)) AS BIGINT) END
            WHEN b.rate_target_x100 > 0
            THEN CAST(FLOOR((2000 * b.rate_x100 + b.rate_target_x100) / (2 * b.rate_target_x100)) AS BIGINT) END
           AS attainment_x10,
       CAST(FLOOR((2000 * b.elapsed_days + b.year_days) / (2 * b.year_days)) AS BIGINT) AS elapsed_share_x10,
       CAST(FLOOR((20 * b.plan_x10000 * b.elapsed_days + 10000 * b.year_days) / (20000 * b.year_days)) AS BIGINT)
           AS expected_x10,
       CASE WHEN b.period = 'FULL_YEAR'
            THEN CAST(FLOOR((20 * b.plan_x10000 + 10000) / 20000) AS BIGINT)
            ELSE CAST(FLOOR((20 * b.plan_x10000 * b.sum_ytd + 10000 * b.sum_full) / (20000 * b.sum_full)) AS BIGINT) END
           AS seasonal_x10,
       CASE WHEN b.period = 'FULL_YEAR' THEN b.admissions
            WHEN b.sum_ytd > 0 THEN CAST(FLOOR((2 * b.admissions * b.sum_full + b.sum_ytd) / (2 * b.sum_ytd)) AS BIGINT)
            ELSE CAST(FLOOR((2 * b.admissions * b.year_days + b.elapsed_days) / (2 * b.elapsed_days)) AS BIGINT) END
           AS projected_year_end
FROM b_attainment_base b
;
CREATE OR REPLACE TEMPORARY ${relation} b_attainment AS
SELECT x.*,
       CASE WHEN x.target_met IS NULL THEN NULL
            WHEN x.target_met THEN 'MET'
            WHEN x.period = 'FULL_YEAR' THEN 'BEHIND'
            WHEN 10 * x.admissions >= COALESCE(x.seasonal_x10, x.expected_x10) THEN 'ON_TRACK'
            ELSE 'BEHIND' END AS status
FROM b_attainment_x x
;
-- Admissions in a period on their reference unit, with the member's characteristics (for the breakdown);
-- age = whole years on the admission date (silver's age_at_admission).
CREATE OR REPLACE TEMPORARY ${relation} b_admitted AS
SELECT r.ref_code AS unit_code, p.year, p.period, e.source_group,
       m.gender, m.ethnicity, m.religion, m.education, m.occupation,
       year(m.admitted_on) - year(m.birth_date)
           - CASE WHEN month(m.admitted_on) * 100 + dayofmonth(m.admitted_on) < month(m.birth_date) * 100 + dayofmonth(m.birth_date)
                  THEN 1 ELSE 0 END AS age
FROM events e
JOIN b_periods p ON e.event_date >= p.period_start AND e.event_date <= p.period_end
JOIN b_ref r ON r.unit_code = e.unit_code
LEFT JOIN members m ON m.member_id = e.member_id
WHERE e.event_type = 'ADMITTED'
