package vn.ptdv.review.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ptdv.review.report.ReportData.Attainment;
import vn.ptdv.review.report.ReportData.CityYear;
import vn.ptdv.review.report.ReportData.Flow;
import vn.ptdv.review.report.ReportData.Funnel;
import vn.ptdv.review.report.ReportData.InactiveUnit;
import vn.ptdv.review.report.ReportData.Share;
import vn.ptdv.review.report.ReportData.Peer;
import vn.ptdv.review.report.ReportData.UnitYear;

/**
 * A tiny review by hand: a city of three peer units, 2023 and 2024 to 31 Aug.
 * City 2024: 1,381 admissions of 61,380 members = 2.25%; 2023: 850 of 60,000 = 1.42%;
 * change +531, ratio 1,381 / 850 = 162.47% -> 162.5. HV: 164 of plan 150 = 109.3%, met;
 * DH: 88 of 80 = 110.0%, met; HC: 132 of 230 = 57.4%, not met. 2 of 3 met.
 * Flow 2024 to 31 Aug: city 61,380 + 1,381 + 50 - 40 - 30 - 5 - 1 = 62,735; HC 9,200 + 132 - 5 - 3 = 9,324;
 * HV 4,505 + 164 + 3 - 2 - 4 - 1 = 4,665; and a cell of HC whose 2023 did not balance (reported 40, events 41).
 */
final class ReportFixtures {
    private ReportFixtures() {}

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static ReportData tiny() {
        LocalDate asOf = LocalDate.of(2024, 8, 31);
        List<CityYear> city = List.of(
                new CityYear(2023, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31), 850, 60000L, d("1.42"), null, null, null,
                        List.of(), 3, 0, List.of()),
                new CityYear(2024, LocalDate.of(2024, 1, 1), asOf, 1381, 61380L, d("2.25"), 850L, 531L, d("162.5"), List.of(2023), 3, 2,
                        List.of("Huyện ủy Hòa Vang", "Đảng ủy Đại học Đà Nẵng")));
        List<UnitYear> trend = List.of(
                new UnitYear("01", "Quận ủy Hải Châu", 2023, 100, 9100L, d("1.10")),
                new UnitYear("01", "Quận ủy Hải Châu", 2024, 132, 9200L, d("1.43")),
                new UnitYear("07", "Huyện ủy Hòa Vang", 2023, 120, 4400L, d("2.73")),
                new UnitYear("07", "Huyện ủy Hòa Vang", 2024, 164, 4505L, d("3.64")),
                new UnitYear("13", "Đảng ủy Đại học Đà Nẵng", 2023, 60, 1300L, d("4.62")),
                new UnitYear("13", "Đảng ủy Đại học Đà Nẵng", 2024, 88, 1350L, d("6.52")));
        List<Attainment> attainment = List.of(
                new Attainment("01", "Quận ủy Hải Châu", 132, 230, null, d("1.43"), d("57.4"), "BEHIND", false, 210L),
                new Attainment("07", "Huyện ủy Hòa Vang", 164, 150, null, d("3.64"), d("109.3"), "MET", true, 240L),
                new Attainment("13", "Đảng ủy Đại học Đà Nẵng", 88, 80, d("5.00"), d("6.52"), d("110.0"), "MET", true, 130L));
        List<Peer> peers = List.of(
                new Peer("01", "Quận ủy Hải Châu", "URBAN_DISTRICT", 132, d("1.43"), 3, 1, 1, d("2.25"), d("-0.82"), 4, false),
                new Peer("07", "Huyện ủy Hòa Vang", "RURAL_DISTRICT", 164, d("3.64"), 2, 1, 1, d("2.25"), d("1.39"), 3, true),
                new Peer("13", "Đảng ủy Đại học Đà Nẵng", "SECTOR", 88, d("6.52"), 1, 1, 1, d("2.25"), d("4.27"), 2, true));
        List<Flow> flows = List.of(
                new Flow("07", "Huyện ủy Hòa Vang", "UNIT", 2024, "YTD", 4505L, 164, 3, 2, 4, 1, 0, 0, 4665L, 120, null, null),
                new Flow("01-03-002", "Chi bộ 2", "CELL", 2023, "FULL_YEAR", 40L, 1, 0, 0, 0, 0, 0, 0, 41L, 0, 40L, -1L),
                new Flow("01", "Quận ủy Hải Châu", "UNIT", 2024, "YTD", 9200L, 132, 0, 5, 3, 0, 0, 0, 9324L, 100, null, null),
                new Flow("DN", "Thành phố", "CITY", 2024, "YTD", 61380L, 1381, 50, 40, 30, 5, 1, 0, 62735L, 900, null, null));
        List<Share> breakdown = List.of(
                new Share("AGE_BAND", "31_45", 481, d("34.83")), new Share("GENDER", "F", 681, d("49.31")),
                new Share("AGE_BAND", "18_30", 900, d("65.17")), new Share("GENDER", "M", 700, d("50.69")));
        List<InactiveUnit> inactive = List.of(
                new InactiveUnit("07-01-001", "Chi bộ thôn A", "CELL", "07", "Huyện ủy Hòa Vang", 30L, 0, 2023, false),
                new InactiveUnit("01-01", "Đảng bộ phường B", "GRASSROOTS", "01", "Quận ủy Hải Châu", 120L, 2, 2021, true),
                new InactiveUnit("01-02-003", "Chi bộ 3", "CELL", "01", "Quận ủy Hải Châu", 25L, 3, null, true));
        List<Funnel> funnel = List.of(
                new Funnel("07", "Huyện ủy Hòa Vang", "UNIT", 250, 180, 170, 164, d("91.1"), d("75.0"), 150, 140, 5, 2, 3),
                new Funnel("DN", "Thành phố", "CITY", 2200, 1500, 1400, 1381, d("92.1"), d("88.5"), 1200, 1100, 60, 15, 25));
        return new ReportData(asOf, Map.of("gold.city_summary", 7L, "gold.peer_comparison", 5L), city, trend, attainment, peers,
                flows, breakdown, inactive, funnel, vn.ptdv.review.domain.Structure.REFERENCE);
    }

    /**
     * The tiny review with a congress term, 20 Oct 2020 to 31 Aug 2024: the city 7,245 admissions of 58,761
     * members at the term's start = 12.33%; the previous term at the same point 6,000: +1,245, 120.75% ->
     * 120.8. HC 900 of its term target 1,150 = 78.3%, behind; HV 820 of 750 = 109.3%, met; DH rate-only:
     * 400 of 1,300 members = 30.77% against 5.00% a year × 5 years = 25.00%: met. 2 of 3 met.
     */
    static ReportData withTerm() {
        ReportData t = tiny();
        CityYear term = new CityYear(2024, LocalDate.of(2020, 10, 20), t.asOf(), 7245, 58761L, d("12.33"), 6000L, 1245L, d("120.8"),
                List.of(), 3, 2, List.of("Huyện ủy Hòa Vang", "Đảng ủy Đại học Đà Nẵng"));
        List<Attainment> termAttainment = List.of(
                new Attainment("13", "Đảng ủy Đại học Đà Nẵng", 400, null, d("5.00"), d("30.77"), d("123.1"), "MET", true, 520L),
                new Attainment("01", "Quận ủy Hải Châu", 900, 1150, null, d("9.78"), d("78.3"), "BEHIND", false, 1138L),
                new Attainment("07", "Huyện ủy Hòa Vang", 820, 750, null, d("19.52"), d("109.3"), "MET", true, 1038L));
        return new ReportData(t.asOf(), t.versions(), t.city(), t.trend(), t.attainment(), t.peers(), t.flows(), t.breakdown(),
                t.withoutAdmissions(), t.funnel(), t.structure(), java.util.Optional.of(term), termAttainment);
    }
}
