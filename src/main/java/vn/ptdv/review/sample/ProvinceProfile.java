package vn.ptdv.review.sample;

import java.util.List;

/**
 * The sample province, calibrated on the seed article (Đà Nẵng, 1 Jan - 31 Aug 2024). Every figure of
 * the acceptance table in shared/domain.md follows from the numbers here by arithmetic alone:
 * <ul>
 *   <li>city admissions Jan-Aug 2024 = sum of admissionsYtd2024 = 1,381;</li>
 *   <li>city members at 1 Jan 2024 = sum of membersAtStart2024 = 61,380, and 100 × 1,381 / 61,380 =
 *       2.2499… → 2.25%;</li>
 *   <li>Jan-Aug 2023 = 850: +531 and 100 × 1,381 / 850 = 162.47… → 162.5%; 2020-2022 below 1,381;</li>
 *   <li>Hòa Vang 164 / 4,505 = 3.640…% and Đại học Đà Nẵng 88 / 1,350 = 6.518…% → 6.52%, both at or
 *       above their 2024 plan (155 and 80); every other unit below its plan;</li>
 *   <li>Hải Châu 132; Khối Các cơ quan 175 of a plan of 186 (94.1%), 175 / 5,890 = 2.97% of members.</li>
 * </ul>
 * Units 14 and 15 are not in the published list; their names are synthetic.
 */
public final class ProvinceProfile {
    private ProvinceProfile() {}

    public static final String CITY_CODE = "DANANG";
    public static final String CITY_NAME = "Đảng bộ thành phố Đà Nẵng";
    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2024;
    /** The congress term the sample's term_targets.csv is for (as named in reference.conf), and its nominal years. */
    public static final String TERM = "2020-2025";
    public static final int TERM_YEARS = 5;
    /** The as-of month and day the seed's figures are for (31 August). */
    public static final int SEED_MONTH = 8;
    public static final int SEED_DAY = 31;

    /** City admissions 1 Jan - 31 Aug, 2020..2024. */
    public static final int[] CITY_YTD = {1012, 874, 1106, 850, 1381};
    /** City admissions 1 Sep - 31 Dec, 2020..2024. */
    public static final int[] CITY_REST_OF_YEAR = {858, 781, 824, 892, 929};

    /** Yearly rates of members leaving or arriving, as shares of members at start of 2024. */
    public static final double DIED = 0.0110;
    public static final double STRUCK_OFF = 0.0035;
    public static final double EXPELLED = 0.0003;
    public static final double REMOVED = 0.0003;
    public static final double TRANSFER_OUT_OF_CITY = 0.0045;
    public static final double TRANSFER_INTO_CITY = 0.0030;
    /** Moves between grassroots organisations of the same peer unit (no change to the unit's total). */
    public static final double MOVE_WITHIN_UNIT = 0.0030;

    /**
     * A reorganisation in the sample: grassroots organisation number {@code grassroots} (1-based) of
     * {@code peerUnit} ends the day before {@code effectiveOn}; from that day it and its cells are part of
     * grassroots organisation number {@code toGrassroots} of {@code toPeerUnit} (an existing one: a merge;
     * a new number: the same organisation under a new code). Its cells get new codes under it
     * ({@code <grassroots>-1NN} for cell NN). Events and the roster use the new codes from that day on.
     * Both stay inside peer units whose seed figures they cannot change (see {@link #REORGANISATIONS}).
     */
    public record Reorganisation(String peerUnit, int grassroots, java.time.LocalDate effectiveOn, String toPeerUnit,
                                 int toGrassroots) {}

    /**
     * Phường Thạch Thang merged into Thuận Phước (both Hải Châu) on 1 Jan 2024: Hải Châu's totals are
     * unchanged. The Công ty Xây dựng công trình giao thông organisation moved from Khối Doanh nghiệp
     * (85 admissions Jan-Aug 2024 against a plan of 150) to the Khu Công nghệ cao committee (40 against
     * 70) on 1 Jan 2023: a few admissions a year change peer unit, both stay far below plan, so the
     * seed's figures (city, Hải Châu, Hòa Vang, Khối Các cơ quan, Đại học Đà Nẵng, 2 of 15) hold on both
     * structures. Only unit codes change: no random draw is added or moved.
     */
    public static final List<Reorganisation> REORGANISATIONS = List.of(
            new Reorganisation("HAICHAU", 2, java.time.LocalDate.of(2024, 1, 1), "HAICHAU", 1),
            new Reorganisation("KHOIDN", 5, java.time.LocalDate.of(2023, 1, 1), "KHUCNC", 4));

    static final String WARD = "Đảng bộ phường ";
    static final String COMMUNE = "Đảng bộ xã ";

    public static final List<PeerUnitProfile> UNITS = List.of(
            new PeerUnitProfile("HAICHAU", "Quận ủy Hải Châu", "URBAN_DISTRICT", 9200, 132, 230, null,
                    wards("Thuận Phước", "Thạch Thang", "Hải Châu I", "Hải Châu II", "Phước Ninh", "Hòa Thuận Tây",
                            "Hòa Thuận Đông", "Nam Dương", "Bình Hiên", "Bình Thuận", "Hòa Cường Bắc", "Hòa Cường Nam",
                            "Thanh Bình"), "Chi bộ tổ dân phố"),
            new PeerUnitProfile("THANHKHE", "Quận ủy Thanh Khê", "URBAN_DISTRICT", 8000, 140, 240, null,
                    wards("Tam Thuận", "Thanh Khê Tây", "Thanh Khê Đông", "Xuân Hà", "Tân Chính", "Chính Gián",
                            "Vĩnh Trung", "Thạc Gián", "An Khê", "Hòa Khê"), "Chi bộ tổ dân phố"),
            new PeerUnitProfile("SONTRA", "Quận ủy Sơn Trà", "URBAN_DISTRICT", 6100, 110, 190, null,
                    wards("Thọ Quang", "Nại Hiên Đông", "Mân Thái", "An Hải Bắc", "Phước Mỹ", "An Hải Tây", "An Hải Đông"),
                    "Chi bộ tổ dân phố"),
            new PeerUnitProfile("NGUHANHSON", "Quận ủy Ngũ Hành Sơn", "URBAN_DISTRICT", 3900, 70, 120, null,
                    wards("Mỹ An", "Khuê Mỹ", "Hòa Quý", "Hòa Hải"), "Chi bộ tổ dân phố"),
            new PeerUnitProfile("LIENCHIEU", "Quận ủy Liên Chiểu", "URBAN_DISTRICT", 5200, 95, 160, null,
                    wards("Hòa Hiệp Bắc", "Hòa Hiệp Nam", "Hòa Khánh Bắc", "Hòa Khánh Nam", "Hòa Minh"), "Chi bộ tổ dân phố"),
            new PeerUnitProfile("CAMLE", "Quận ủy Cẩm Lệ", "URBAN_DISTRICT", 4300, 80, 140, null,
                    wards("Khuê Trung", "Hòa Phát", "Hòa An", "Hòa Thọ Tây", "Hòa Thọ Đông", "Hòa Xuân"), "Chi bộ tổ dân phố"),
            new PeerUnitProfile("HOAVANG", "Huyện ủy Hòa Vang", "RURAL_DISTRICT", 4505, 164, 155, 3.0,
                    communes("Hòa Bắc", "Hòa Ninh", "Hòa Sơn", "Hòa Liên", "Hòa Nhơn", "Hòa Phú", "Hòa Phong",
                            "Hòa Khương", "Hòa Tiến", "Hòa Châu", "Hòa Phước"), "Chi bộ thôn"),
            new PeerUnitProfile("KHOICQ", "Đảng ủy khối Các cơ quan thành phố", "SECTOR", 5890, 175, 186, 4.0,
                    List.of("Đảng bộ Văn phòng Ủy ban nhân dân thành phố", "Đảng bộ Sở Tài chính", "Đảng bộ Sở Giáo dục và Đào tạo",
                            "Đảng bộ Sở Kế hoạch và Đầu tư", "Đảng bộ Sở Xây dựng", "Đảng bộ Sở Nội vụ", "Đảng bộ Sở Tư pháp",
                            "Đảng bộ Sở Văn hóa và Thể thao"), "Chi bộ phòng"),
            new PeerUnitProfile("KHOIDN", "Đảng ủy khối Doanh nghiệp thành phố", "SECTOR", 4100, 85, 150, null,
                    List.of("Đảng bộ Công ty Cấp nước Đà Nẵng", "Đảng bộ Công ty Môi trường đô thị", "Đảng bộ Cảng Đà Nẵng",
                            "Đảng bộ Công ty Điện lực Đà Nẵng", "Đảng bộ Công ty Xây dựng công trình giao thông"), "Chi bộ xí nghiệp"),
            new PeerUnitProfile("QUANSU", "Đảng ủy Quân sự thành phố", "SECTOR", 2400, 60, 100, null,
                    List.of("Đảng bộ Cơ quan Bộ Chỉ huy Quân sự", "Đảng bộ Trung đoàn bộ binh", "Đảng bộ Ban Chỉ huy Quân sự các quận"),
                    "Chi bộ đại đội"),
            new PeerUnitProfile("CONGAN", "Đảng ủy Công an thành phố", "SECTOR", 3200, 75, 120, null,
                    List.of("Đảng bộ Phòng Cảnh sát giao thông", "Đảng bộ Phòng Cảnh sát hình sự", "Đảng bộ Công an các quận",
                            "Đảng bộ Phòng Tham mưu"), "Chi bộ đội"),
            new PeerUnitProfile("BIENPHONG", "Đảng ủy Bộ đội Biên phòng thành phố", "SECTOR", 1100, 25, 45, null,
                    List.of("Đảng bộ Cơ quan Bộ Chỉ huy Biên phòng", "Đảng bộ các Đồn Biên phòng"), "Chi bộ đồn"),
            new PeerUnitProfile("DHDN", "Đảng ủy Đại học Đà Nẵng", "SECTOR", 1350, 88, 80, null,
                    List.of("Đảng bộ Trường Đại học Bách khoa", "Đảng bộ Trường Đại học Kinh tế", "Đảng bộ Trường Đại học Sư phạm",
                            "Đảng bộ Trường Đại học Ngoại ngữ", "Đảng bộ Trường Đại học Sư phạm Kỹ thuật"), "Chi bộ sinh viên"),
            new PeerUnitProfile("YTE", "Đảng bộ Sở Y tế (tên giả lập)", "SECTOR", 1200, 42, null, 4.0,
                    List.of("Đảng bộ Bệnh viện Đà Nẵng", "Đảng bộ Bệnh viện Phụ sản - Nhi", "Đảng bộ Trung tâm Kiểm soát bệnh tật"),
                    "Chi bộ khoa"),
            new PeerUnitProfile("KHUCNC", "Đảng ủy Khu Công nghệ cao và các Khu công nghiệp (tên giả lập)", "SECTOR", 935, 40, 70, null,
                    List.of("Đảng bộ Ban Quản lý Khu Công nghệ cao", "Chi bộ cơ sở Công ty linh kiện điện tử", "Chi bộ cơ sở Công ty cơ khí chính xác"),
                    "Chi bộ phân xưởng"));

    private static List<String> wards(String... names) {
        return java.util.Arrays.stream(names).map(n -> WARD + n).toList();
    }

    private static List<String> communes(String... names) {
        return java.util.Arrays.stream(names).map(n -> COMMUNE + n).toList();
    }
}
