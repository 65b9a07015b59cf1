-- Benchmark peers: gold.membership_flow from the views of common.sql (run first), portable to DuckDB and
-- Spark SQL 3.5; same limits as common.sql. Each counted event is first moved to its reference unit (with
-- successor_code reorganisations only, the whole unit's events go to its reference unit); a transfer's
-- other end is the opposite transfer of the same member on the same day (after the move, any one of
-- them), and a unit whose subtree holds both ends does not count it.
SELECT t.unit_code, t.unit_name, t.unit_level, t.year, t.period, t.period_start, t.period_end,
       t.members_at_start, t.members_at_start_source,
       t.admissions AS admitted,
       COALESCE(f.transferred_in, 0) AS transferred_in,
       COALESCE(f.transferred_out, 0) AS transferred_out,
       COALESCE(f.died, 0) AS died,
       COALESCE(f.struck_off, 0) AS struck_off,
       COALESCE(f.expelled, 0) AS expelled,
       COALESCE(f.removed, 0) AS removed,
       t.members_at_start + t.admissions + COALESCE(f.transferred_in, 0) - COALESCE(f.transferred_out, 0)
           - COALESCE(f.died, 0) - COALESCE(f.struck_off, 0) - COALESCE(f.expelled, 0) - COALESCE(f.removed, 0)
           AS members_at_end,
       COALESCE(f.became_official, 0) AS became_official,
       CASE WHEN month(t.period_end) = 12 AND dayofmonth(t.period_end) = 31 THEN n.reported_members END
           AS reported_members_at_end,
       CASE WHEN month(t.period_end) = 12 AND dayofmonth(t.period_end) = 31 THEN n.reported_members END
           - (t.members_at_start + t.admissions + COALESCE(f.transferred_in, 0) - COALESCE(f.transferred_out, 0)
              - COALESCE(f.died, 0) - COALESCE(f.struck_off, 0) - COALESCE(f.expelled, 0) - COALESCE(f.removed, 0))
           AS balance_gap
FROM b_trend t
LEFT JOIN (
    SELECT a.ancestor_code AS unit_code, c.year, c.period,
           SUM(CASE WHEN c.event_type = 'TRANSFER_IN' THEN c.n END) AS transferred_in,
           SUM(CASE WHEN c.event_type = 'TRANSFER_OUT' THEN c.n END) AS transferred_out,
           SUM(CASE WHEN c.event_type = 'DIED' THEN c.n END) AS died,
           SUM(CASE WHEN c.event_type = 'STRUCK_OFF' THEN c.n END) AS struck_off,
           SUM(CASE WHEN c.event_type = 'EXPELLED' THEN c.n END) AS expelled,
           SUM(CASE WHEN c.event_type = 'REMOVED' THEN c.n END) AS removed,
           SUM(CASE WHEN c.event_type = 'OFFICIAL' THEN c.n END) AS became_official
    FROM (
        SELECT unit_code, counterpart, event_type, year, period, COUNT(*) AS n
        FROM (
            SELECT e.event_id, e.event_type, e.unit_code, e.year, e.period, MIN(o.unit_code) AS counterpart
            FROM (
                SELECT v.event_id, v.member_id, v.event_type, v.event_date, r.ref_code AS unit_code, p.year, p.period
                FROM events v
                JOIN b_periods p ON v.event_date >= p.period_start AND v.event_date <= p.period_end
                JOIN b_ref r ON r.unit_code = v.unit_code
                WHERE v.event_type IN ('TRANSFER_IN', 'TRANSFER_OUT', 'DIED', 'STRUCK_OFF', 'EXPELLED', 'REMOVED', 'OFFICIAL')
            ) e
            LEFT JOIN (
                SELECT v.member_id, v.event_type, v.event_date, r.ref_code AS unit_code, p.year, p.period
                FROM events v
                JOIN b_periods p ON v.event_date >= p.period_start AND v.event_date <= p.period_end
                JOIN b_ref r ON r.unit_code = v.unit_code
                WHERE v.event_type IN ('TRANSFER_IN', 'TRANSFER_OUT')
            ) o ON o.member_id = e.member_id AND o.event_date = e.event_date AND o.year = e.year AND o.period = e.period
               AND o.event_type <> e.event_type AND e.event_type IN ('TRANSFER_IN', 'TRANSFER_OUT')
            GROUP BY e.event_id, e.event_type, e.unit_code, e.year, e.period
        ) x
        GROUP BY unit_code, counterpart, event_type, year, period
    ) c
    JOIN b_anc a ON a.unit_code = c.unit_code
    LEFT JOIN b_anc inside ON inside.unit_code = c.counterpart AND inside.ancestor_code = a.ancestor_code
    WHERE inside.unit_code IS NULL
    GROUP BY a.ancestor_code, c.year, c.period
) f ON f.unit_code = t.unit_code AND f.year = t.year AND f.period = t.period
LEFT JOIN b_ms_input n ON n.unit_code = t.unit_code AND n.year = t.year + 1
