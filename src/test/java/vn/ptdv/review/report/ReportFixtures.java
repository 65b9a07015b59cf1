package vn.ptdv.review.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ptdv.review.report.ReportData.Attainment;
import vn.ptdv.review.report.ReportData.CityYear;
import vn.ptdv.review.report.ReportData.Peer;
import vn.ptdv.review.report.ReportData.UnitYear;

/**
 * A tiny review by hand: a city of three peer units, 2023 and 2024 to 31 Aug.
 * City 2024: 1,381 admissions of 61,380 members = 2.25%; 2023: 850 of 60,000 = 1.42%;
 * change +531, ratio 1,381 / 850 = 162.47% -> 162.5. HV: 164 of plan 150 = 109.3%, met;
 * DH: 88 of 80 = 110.0%, met; HC: 132 of 230 = 57.4%, not met. 2 of 3 met.
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
        return new ReportData(asOf, Map.of("gold.city_summary", 7L, "gold.peer_comparison", 5L), city, trend, attainment, peers);
    }
}
