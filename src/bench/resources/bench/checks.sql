-- Benchmark peers: conditions the portable SQL cannot handle; each query returns the offending rows,
-- and the runner fails when any does (run after common.sql).
-- A unit tree deeper than 4 levels (the closure of common.sql is unrolled 4 levels).
SELECT 'unit tree deeper than 4 levels at ' || u.unit_code AS problem
FROM units u JOIN units p1 ON p1.unit_code = u.parent_code JOIN units p2 ON p2.unit_code = p1.parent_code
JOIN units p3 ON p3.unit_code = p2.parent_code
WHERE p3.parent_code IS NOT NULL
;
-- A lineage chain longer than the 6 steps common.sql follows.
SELECT 'lineage chain longer than 6 steps from ' || unit_code AS problem
FROM b_ref_chain WHERE beyond_code IS NOT NULL AND beyond_code <> ref_code
