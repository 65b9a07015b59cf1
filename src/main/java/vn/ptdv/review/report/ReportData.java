package vn.ptdv.review.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the review pack shows, for one as-of date: a few dozen rows collected from the gold tables
 * (the builders are pure functions of this record, testable without Spark).
 *
 * @param asOf      the as-of date
 * @param versions  Delta version of each gold table read, by qualified name
 * @param city      gold.city_summary, YTD rows, one per year, ascending
 * @param trend     gold.admissions_trend, peer units (UNIT level), YTD rows of every year
 * @param attainment gold.target_attainment, the as-of year's YTD rows
 * @param peers     gold.peer_comparison, the as-of year's YTD rows
 * @param flows     gold.membership_flow: the city and peer units in the as-of year's YTD, then every
 *                  unit-year (FULL_YEAR, any level) whose balance_gap is not 0
 * @param breakdown gold.admissions_breakdown, the city in the as-of year's YTD
 * @param withoutAdmissions gold.units_without_admissions, the as-of year's YTD rows
 * @param funnel    gold.pipeline_funnel, the city and peer units in the as-of year's YTD (empty without candidates)
 * @param structure the unit structure the rows were read from
 * @param term      gold.city_summary's TERM_TO_DATE row (the congress term to the as-of date); empty when no term
 *                  was configured for the compute
 * @param termAttainment gold.target_attainment's TERM_TO_DATE rows: each peer unit against its term target
 */
public record ReportData(LocalDate asOf, Map<String, Long> versions, List<CityYear> city, List<UnitYear> trend,
        List<Attainment> attainment, List<Peer> peers, List<Flow> flows, List<Share> breakdown,
        List<InactiveUnit> withoutAdmissions, List<Funnel> funnel, vn.ptdv.review.domain.Structure structure,
        Optional<CityYear> term, List<Attainment> termAttainment) {

    /** Without a congress term. */
    public ReportData(LocalDate asOf, Map<String, Long> versions, List<CityYear> city, List<UnitYear> trend,
            List<Attainment> attainment, List<Peer> peers, List<Flow> flows, List<Share> breakdown,
            List<InactiveUnit> withoutAdmissions, List<Funnel> funnel, vn.ptdv.review.domain.Structure structure) {
        this(asOf, versions, city, trend, attainment, peers, flows, breakdown, withoutAdmissions, funnel, structure,
                Optional.empty(), List.of());
    }

    public ReportData {
        java.util.Objects.requireNonNull(term, "term (Optional.empty() without a congress term)");
        termAttainment = List.copyOf(termAttainment);
        flows = List.copyOf(flows);
        breakdown = List.copyOf(breakdown);
        withoutAdmissions = List.copyOf(withoutAdmissions);
        funnel = List.copyOf(funnel);
        versions = Map.copyOf(versions);
        city = List.copyOf(city);
        trend = List.copyOf(trend);
        attainment = List.copyOf(attainment);
        peers = List.copyOf(peers);
        if (city.isEmpty()) {
            throw new IllegalArgumentException("gold.city_summary has no YTD rows for as-of " + asOf + ": run compute first");
        }
    }

    /** The as-of year's city row (the headline). */
    public CityYear headline() {
        return city.get(city.size() - 1);
    }

    /** One year of gold.city_summary (period YTD). */
    public record CityYear(int year, LocalDate periodStart, LocalDate periodEnd, long admissions, Long membersAtStart,
            BigDecimal ratePct, Long prevYearAdmissions, Long changeVsPrevYear, BigDecimal ratioToPrevYearPct,
            List<Integer> yearsExceeded, int unitsTotal, int unitsMetTarget, List<String> unitsMetTargetNames) {
        public CityYear {
            yearsExceeded = List.copyOf(yearsExceeded);
            unitsMetTargetNames = List.copyOf(unitsMetTargetNames);
        }
    }

    /** One peer unit × year of gold.admissions_trend (period YTD). */
    public record UnitYear(String unitCode, String unitName, int year, long admissions, Long membersAtStart, BigDecimal ratePct) {}

    /** One peer unit of gold.target_attainment (the as-of year, YTD). */
    public record Attainment(String unitCode, String unitName, long admissions, Integer admissionsTarget, BigDecimal rateTargetPct,
            BigDecimal ratePct, BigDecimal attainmentPct, String status, Boolean targetMet, Long projectedYearEnd) {}

    /** One peer unit of gold.peer_comparison (the as-of year, YTD). */
    public record Peer(String unitCode, String unitName, String peerGroup, long admissions, BigDecimal ratePct, Integer rankOverall,
            Integer rankInGroup, Integer unitsInGroup, BigDecimal cityRatePct, BigDecimal diffFromCityPp, Integer quartile,
            Boolean targetMet) {}

    /** One unit × year × period of gold.membership_flow. */
    public record Flow(String unitCode, String unitName, String unitLevel, int year, String period, Long membersAtStart,
            long admitted, long transferredIn, long transferredOut, long died, long struckOff, long expelled, long removed,
            Long membersAtEnd, long becameOfficial, Long reportedMembersAtEnd, Long balanceGap) {
        /** Everyone who left: transferred out, died, struck off, expelled, removed. */
        public long left() {
            return transferredOut + died + struckOff + expelled + removed;
        }
    }

    /** One dimension × category of gold.admissions_breakdown. */
    public record Share(String dimension, String category, long admissions, BigDecimal sharePct) {}

    /** One row of gold.units_without_admissions. */
    public record InactiveUnit(String unitCode, String unitName, String unitLevel, String peerUnitCode, String peerUnitName,
            Long membersAtStart, int fullYearsWithoutAdmissions, Integer lastAdmissionYear, boolean dormant) {}

    /** One unit of gold.pipeline_funnel. */
    public record Funnel(String unitCode, String unitName, String unitLevel, long identified, long completedCourse, long applied,
            long admitted, BigDecimal admittedPctOfCourse, BigDecimal medianDaysCourseToAdmission, long probationDue,
            long onTime, long late, long left, long stillProbationary) {}
}
