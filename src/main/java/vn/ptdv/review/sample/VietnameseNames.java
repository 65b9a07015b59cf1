package vn.ptdv.review.sample;

import java.util.SplittableRandom;

/** Realistic Vietnamese full names, with diacritics, drawn from common family, middle and given names. */
final class VietnameseNames {
    private VietnameseNames() {}

    // Roughly in order of frequency; the first few are drawn more often.
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Vũ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đoàn", "Lương", "Mai"};
    private static final String[] MIDDLE_F = {"Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Phương", "Bảo"};
    private static final String[] MIDDLE_M = {"Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Công", "Tấn", "Xuân"};
    private static final String[] GIVEN_F = {"An", "Anh", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền",
            "Hoa", "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quỳnh",
            "Tâm", "Thảo", "Thủy", "Trang", "Trinh", "Uyên", "Vân", "Vy", "Yến"};
    private static final String[] GIVEN_M = {"An", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Hải", "Hiếu", "Hòa",
            "Hoàng", "Hùng", "Huy", "Khánh", "Khoa", "Lâm", "Long", "Minh", "Nam", "Nghĩa", "Phúc", "Quân", "Quang", "Sơn",
            "Tài", "Thắng", "Thành", "Trung", "Tú", "Tuấn", "Việt", "Vinh"};

    static String fullName(SplittableRandom rng, boolean female) {
        String family = FAMILY[skewed(rng, FAMILY.length)];
        String middle = female ? MIDDLE_F[rng.nextInt(MIDDLE_F.length)] : MIDDLE_M[rng.nextInt(MIDDLE_M.length)];
        String given = female ? GIVEN_F[rng.nextInt(GIVEN_F.length)] : GIVEN_M[rng.nextInt(GIVEN_M.length)];
        return family + " " + middle + " " + given;
    }

    /** An index in [0, n) that favours small values, like the frequency of family names. */
    private static int skewed(SplittableRandom rng, int n) {
        double u = rng.nextDouble();
        return Math.min(n - 1, (int) (n * u * u));
    }
}
