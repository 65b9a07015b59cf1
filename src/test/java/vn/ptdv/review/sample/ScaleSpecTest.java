package vn.ptdv.review.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScaleSpecTest {
    private static PeerUnitProfile unit(String code) {
        return ProvinceProfile.UNITS.stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void nationalScalesEveryCountOfAPeerUnitByTheFactorRoundedPerUnit() {
        // Hải Châu: 9,200 members × 2.64 = 24,288; 132 admissions × 2.64 = 348.48 -> 348; plan 230 × 2.64 = 607.2 -> 607.
        PeerUnitProfile haiChau = ScaleSpec.NATIONAL.scaled(unit("HAICHAU"), 0);
        assertThat(haiChau.code()).isEqualTo("P01-HAICHAU");
        assertThat(haiChau.name()).isEqualTo("Quận ủy Hải Châu (tỉnh giả lập 01)");
        assertThat(haiChau.peerGroup()).isEqualTo("URBAN_DISTRICT");
        assertThat(haiChau.membersAtStart2024()).isEqualTo(24_288);
        assertThat(haiChau.admissionsYtd2024()).isEqualTo(348);
        assertThat(haiChau.target2024()).isEqualTo(607);
        assertThat(haiChau.grassroots().get(0)).isEqualTo("Đảng bộ phường Thuận Phước (tỉnh giả lập 01)");
    }

    @Test
    void aRatePlanIsNotScaled() {
        // Hòa Vang in province 12: plan 155 × 2.64 = 409.2 -> 409; its 3.0% rate plan is a share of members: it stays 3.0.
        PeerUnitProfile hoaVang = ScaleSpec.NATIONAL.scaled(unit("HOAVANG"), 11);
        assertThat(hoaVang.code()).isEqualTo("P12-HOAVANG");
        assertThat(hoaVang.target2024()).isEqualTo(409);
        assertThat(hoaVang.rateTarget2024()).isEqualTo(3.0);
    }

    @Test
    void x10IsTenTimesNationalAfterRounding() {
        // 132 × 2.64 = 348.48 -> 348, × 10 = 3,480 (not 132 × 26.4 = 3,484.8 -> 3,485): exactly ten national units.
        assertThat(ScaleSpec.X10.scale(132)).isEqualTo(3_480);
        // 9,200 × 2.64 = 24,288, × 10 = 242,880.
        assertThat(ScaleSpec.X10.scaled(unit("HAICHAU"), 0).membersAtStart2024()).isEqualTo(242_880);
    }

    @Test
    void theProvinceKeepsItsCountsAndCodes() {
        assertThat(ScaleSpec.PROVINCE.scale(1_381)).isEqualTo(1_381);
        assertThat(ScaleSpec.PROVINCE.peerUnits(0)).isEqualTo(ProvinceProfile.UNITS);
        assertThat(ScaleSpec.PROVINCE.reorganisations(0)).isEqualTo(ProvinceProfile.REORGANISATIONS);
        assertThat(ScaleSpec.PROVINCE.rootCode()).isEqualTo("DANANG");
    }

    @Test
    void x10HasTheSameOrganisationsAsNational() {
        // National Hải Châu: 24,288 / 33 = 736 cells exactly, 736 / 3 = 245.3 -> 246 organisations (more than its 13 named).
        // x10: 242,880 / 330 = 736 cells, the same 246 organisations.
        PeerUnitProfile national = ScaleSpec.NATIONAL.scaled(unit("HAICHAU"), 0);
        PeerUnitProfile x10 = ScaleSpec.X10.scaled(unit("HAICHAU"), 0);
        assertThat(ScaleSpec.NATIONAL.cellCount(national.membersAtStart2024())).isEqualTo(736);
        assertThat(ScaleSpec.NATIONAL.grassrootsCount(national)).isEqualTo(246);
        assertThat(ScaleSpec.X10.cellCount(x10.membersAtStart2024())).isEqualTo(736);
        assertThat(ScaleSpec.X10.grassrootsCount(x10)).isEqualTo(246);
    }

    @Test
    void aMoveToAnotherPeerUnitCreatesAnOrganisationAfterItsLastOne() {
        // National Khu CNC: 935 × 2.64 = 2,468.4 -> 2,468 members, / 33 = 74.8 -> 75 cells, / 3 -> 25 organisations,
        // so the moved organisation becomes number 26 there (the profile's number 4 is an ordinary one at this size).
        // The merge inside Hải Châu keeps its target, organisation 1.
        assertThat(ScaleSpec.NATIONAL.reorganisations(1)).containsExactly(
                new ProvinceProfile.Reorganisation("P02-HAICHAU", 2, LocalDate.of(2024, 1, 1), "P02-HAICHAU", 1),
                new ProvinceProfile.Reorganisation("P02-KHOIDN", 5, LocalDate.of(2023, 1, 1), "P02-KHUCNC", 26));
    }
}
